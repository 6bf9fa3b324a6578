import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseDetail,
  CaseSummary,
  RevealedIdentity,
  UpdateCaseRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** Cases the acting agency may see; the server's access policy decides. */
@Injectable({ providedIn: 'root' })
export class CasesService {
  private readonly http = inject(HttpClient);

  list(): Observable<CaseSummary[]> {
    return this.http.get<CaseSummary[]>('/api/cases');
  }

  get(id: string): Observable<CaseDetail> {
    return this.http.get<CaseDetail>(this.caseUrl(id));
  }

  update(id: string, request: UpdateCaseRequest): Observable<CaseDetail> {
    return this.http.patch<CaseDetail>(this.caseUrl(id), request);
  }

  /** An audited act: the server records who revealed which reporter, and when. */
  revealIdentity(caseId: string, reportId: string): Observable<RevealedIdentity> {
    return this.http.post<RevealedIdentity>(
      `${this.caseUrl(caseId)}/reports/${encodeURIComponent(reportId)}/reveal-identity`,
      {},
    );
  }

  private caseUrl(id: string): string {
    return `/api/cases/${encodeURIComponent(id)}`;
  }
}
