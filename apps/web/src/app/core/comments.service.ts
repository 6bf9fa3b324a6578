import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type CaseDetail,
  type CommentRevision,
  type CommentView,
  type CreateCommentRequest,
  type CreateCommentResponse,
  type EditCommentRequest,
  type InviteObserverRequest,
  type OfficerWorkload,
} from '@simpul/contracts';
import { map, type Observable } from 'rxjs';
import { apiErrorBody, httpStatus } from './api-error';
import { EarlyReads } from './early-reads';
import { idempotencyHeaders } from './idempotency';

/** The comment as it is now, when an edit was refused because someone changed it first (409). */
export function currentCommentFromConflict(error: unknown): CommentView | null {
  const body = apiErrorBody(error);
  if (!body || httpStatus(error) !== 409) return null;
  const current = body.details?.['current'];
  if (typeof current !== 'object' || current === null) return null;
  const candidate = current as Partial<CommentView>;
  return typeof candidate.id === 'string' && typeof candidate.version === 'number'
    ? (candidate as CommentView)
    : null;
}

/** The case's thread: internal notes between agencies and public replies to the reporter. */
@Injectable({ providedIn: 'root' })
export class CommentsService {
  private readonly http = inject(HttpClient);
  private readonly earlyReads = inject(EarlyReads);

  /**
   * Starts reading a case's thread while the case itself loads, so the discussion does not wait
   * for the case, its page and then its own round trip (issue #14 item 6); the thread's next
   * `list` of that case takes the answer.
   */
  prefetch(caseId: string): void {
    this.earlyReads.start(this.commentsUrl(caseId), this.fetch(caseId));
  }

  list(caseId: string): Observable<CommentView[]> {
    return this.earlyReads.take(this.commentsUrl(caseId), () => this.fetch(caseId));
  }

  private fetch(caseId: string): Observable<CommentView[]> {
    return this.http
      .get<CommentView[] | { items: CommentView[] }>(this.commentsUrl(caseId))
      .pipe(map((answer) => (Array.isArray(answer) ? answer : answer.items)));
  }

  /** A retry with the same key returns the first result instead of a second comment. */
  create(
    caseId: string,
    request: CreateCommentRequest,
    idempotencyKey: string,
  ): Observable<CreateCommentResponse> {
    return this.http.post<CreateCommentResponse>(
      this.commentsUrl(caseId),
      request,
      idempotencyHeaders(idempotencyKey),
    );
  }

  /** 409 when `version` is stale; the error carries the current comment. */
  edit(caseId: string, commentId: string, request: EditCommentRequest): Observable<CommentView> {
    return this.http
      .patch<CreateCommentResponse>(this.commentUrl(caseId, commentId), request)
      .pipe(map((response) => response.comment));
  }

  /** Soft delete: the thread keeps a "dihapus" placeholder. */
  remove(caseId: string, commentId: string): Observable<CommentView> {
    return this.http.delete<CommentView>(this.commentUrl(caseId, commentId));
  }

  revisions(caseId: string, commentId: string): Observable<CommentRevision[]> {
    return this.http.get<CommentRevision[]>(`${this.commentUrl(caseId, commentId)}/revisions`);
  }

  /** An agency mentioned in a comment joins only when someone invites it explicitly. */
  inviteObserver(caseId: string, request: InviteObserverRequest): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(
      `/api/cases/${encodeURIComponent(caseId)}/observers`,
      request,
    );
  }

  /** People of the acting agency, offered as @mentions (the officers' workload list). */
  colleagues(): Observable<OfficerWorkload[]> {
    return this.http.get<OfficerWorkload[]>('/api/cases/workload');
  }

  private commentsUrl(caseId: string): string {
    return `/api/cases/${encodeURIComponent(caseId)}/comments`;
  }

  private commentUrl(caseId: string, commentId: string): string {
    return `${this.commentsUrl(caseId)}/${encodeURIComponent(commentId)}`;
  }
}
