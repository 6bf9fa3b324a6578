import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseDetail,
  DuplicateCandidatesRequest,
  DuplicateCandidatesResponse,
  MergeCaseRequest,
  MergeRequestCreate,
  MergeRequestDecline,
  MergeRequestList,
  MergeRequestView,
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

  /**
   * Asks the duplicate's lead agency to merge it into `caseId` (another agency leads it); sending
   * it again answers the pending request.
   */
  requestMerge(caseId: string, request: MergeRequestCreate): Observable<MergeRequestView> {
    return this.http.post<MergeRequestView>(
      `/api/cases/${encodeURIComponent(caseId)}/merge-requests`,
      request,
    );
  }

  /** Merge requests on a case, either side, pending first. */
  mergeRequests(caseId: string): Observable<MergeRequestList> {
    return this.http.get<MergeRequestList>(
      `/api/cases/${encodeURIComponent(caseId)}/merge-requests`,
    );
  }

  /** The duplicate's lead accepts: the merge is carried out (safe to retry). */
  acceptMergeRequest(caseId: string, requestId: string): Observable<MergeRequestView> {
    return this.http.post<MergeRequestView>(
      `/api/cases/${encodeURIComponent(caseId)}/merge-requests/${encodeURIComponent(requestId)}/accept`,
      {},
    );
  }

  /** The duplicate's lead declines: nothing moves. */
  declineMergeRequest(
    caseId: string,
    requestId: string,
    body: MergeRequestDecline,
  ): Observable<MergeRequestView> {
    return this.http.post<MergeRequestView>(
      `/api/cases/${encodeURIComponent(caseId)}/merge-requests/${encodeURIComponent(requestId)}/decline`,
      body,
    );
  }
}
