import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseCollaborationView,
  InviteCollaboratorRequest,
  SplitCaseRequest,
  SplitCaseResponse,
  UpdateTaskStatusRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders } from './idempotency';

/** Co-ownership of a case: collaborators with tasks, their answers, ending participants, splits. */
@Injectable({ providedIn: 'root' })
export class CollaborationService {
  private readonly http = inject(HttpClient);
  private readonly url = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

  view(caseId: string): Observable<CaseCollaborationView> {
    return this.http.get<CaseCollaborationView>(`${this.url(caseId)}/collaboration`);
  }

  invite(caseId: string, request: InviteCollaboratorRequest, key?: string) {
    return this.http.post<CaseCollaborationView>(
      `${this.url(caseId)}/collaborators`,
      request,
      idempotencyHeaders(key),
    );
  }

  accept(caseId: string): Observable<CaseCollaborationView> {
    return this.http.post<CaseCollaborationView>(`${this.url(caseId)}/collaboration/accept`, {});
  }

  decline(caseId: string, reason: string): Observable<void> {
    return this.http.post<void>(`${this.url(caseId)}/collaboration/decline`, { reason });
  }

  updateTask(caseId: string, request: UpdateTaskStatusRequest): Observable<CaseCollaborationView> {
    return this.http.post<CaseCollaborationView>(`${this.url(caseId)}/collaboration/task`, request);
  }

  end(caseId: string, agencyId: string, reason: string): Observable<void> {
    return this.http.post<void>(
      `${this.url(caseId)}/participants/${encodeURIComponent(agencyId)}/end`,
      { reason },
    );
  }

  split(caseId: string, request: SplitCaseRequest, key?: string): Observable<SplitCaseResponse> {
    return this.http.post<SplitCaseResponse>(
      `${this.url(caseId)}/split`,
      request,
      idempotencyHeaders(key),
    );
  }
}
