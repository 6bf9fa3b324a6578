import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseDetail,
  OfficerWorkload,
  SetCaseLocationRequest,
  SetCaseTagsRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/**
 * The officer's work on a case beside its text and status: pinning the location, tags and the
 * officers assigned. Every call answers the case as it is now; 409 STALE_VERSION carries it too.
 */
@Injectable({ providedIn: 'root' })
export class CaseWorkspaceService {
  private readonly http = inject(HttpClient);

  setLocation(caseId: string, request: SetCaseLocationRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(`${caseUrl(caseId)}/location`, request);
  }

  setTags(caseId: string, request: SetCaseTagsRequest): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(`${caseUrl(caseId)}/tags`, request);
  }

  assign(caseId: string, userId: string): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(`${caseUrl(caseId)}/assignees`, { userId });
  }

  unassign(caseId: string, userId: string): Observable<CaseDetail> {
    return this.http.delete<CaseDetail>(
      `${caseUrl(caseId)}/assignees/${encodeURIComponent(userId)}`,
    );
  }

  /** Officers of the acting agency with their open assigned cases. */
  workload(): Observable<OfficerWorkload[]> {
    return this.http.get<OfficerWorkload[]>('/api/cases/workload');
  }
}

function caseUrl(id: string): string {
  return `/api/cases/${encodeURIComponent(id)}`;
}
