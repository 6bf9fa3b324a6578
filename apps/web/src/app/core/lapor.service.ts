import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LaporFollowUp } from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders, newIdempotencyKey } from './idempotency';

/** "Salin ke LAPOR": the case's latest follow-up as text to paste, and the record of posting it. */
@Injectable({ providedIn: 'root' })
export class LaporService {
  private readonly http = inject(HttpClient);

  followUp(caseId: string): Observable<LaporFollowUp> {
    return this.http.get<LaporFollowUp>(`/api/cases/${caseId}/lapor-follow-up`);
  }

  markPosted(caseId: string, followUpSeq: number): Observable<LaporFollowUp> {
    return this.http.post<LaporFollowUp>(
      `/api/cases/${caseId}/lapor-follow-up/posted`,
      { followUpSeq },
      idempotencyHeaders(newIdempotencyKey()),
    );
  }
}
