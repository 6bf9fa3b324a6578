import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  LaporConflict,
  LaporConflictResolution,
  LaporFollowUp,
  LaporImportResult,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders, newIdempotencyKey } from './idempotency';

/**
 * SP4N-LAPOR!: importing a file of reports, the conflicts between LAPOR and Simpul, and "Salin ke
 * LAPOR" (the latest follow-up as text to paste, and the record of posting it).
 */
@Injectable({ providedIn: 'root' })
export class LaporService {
  private readonly http = inject(HttpClient);

  /** A CSV or JSON file exported from LAPOR; a dry run says what the import would do. */
  importFile(file: File, dryRun: boolean): Observable<LaporImportResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<LaporImportResult>('/api/lapor/import', form, {
      params: new HttpParams().set('dryRun', String(dryRun)),
    });
  }

  conflicts(caseId: string): Observable<LaporConflict[]> {
    return this.http.get<LaporConflict[]>(`/api/cases/${caseId}/lapor-conflicts`);
  }

  resolve(conflictId: string, resolution: LaporConflictResolution): Observable<LaporConflict> {
    return this.http.post<LaporConflict>(
      `/api/lapor/conflicts/${conflictId}/resolve`,
      { resolution },
      idempotencyHeaders(newIdempotencyKey()),
    );
  }

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
