import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseDetail,
  DuplicateCandidatesRequest,
  DuplicateCandidatesResponse,
  MergeCaseRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** Duplicate suggestions and merging; the server answers only with cases the actor may see. */
@Injectable({ providedIn: 'root' })
export class DuplicatesService {
  private readonly http = inject(HttpClient);

  /** Look-alikes of a complaint still being typed in. */
  candidates(request: DuplicateCandidatesRequest): Observable<DuplicateCandidatesResponse> {
    return this.http.post<DuplicateCandidatesResponse>('/api/cases/duplicate-candidates', request);
  }

  /** Look-alikes of a stored case, each saying whether the actor may merge it into this one. */
  forCase(caseId: string): Observable<DuplicateCandidatesResponse> {
    return this.http.get<DuplicateCandidatesResponse>(
      `/api/cases/${encodeURIComponent(caseId)}/duplicates`,
    );
  }

  /** Merges the duplicate into `caseId`; answers the surviving case (409 STALE_VERSION if stale). */
  merge(caseId: string, request: MergeCaseRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`/api/cases/${encodeURIComponent(caseId)}/merge`, request);
  }
}
