import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  IDEMPOTENCY_KEY_HEADER,
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

/** A random key for one composed message, kept across retries of the same send. */
export function newIdempotencyKey(): string {
  const cryptoApi = globalThis.crypto;
  // randomUUID needs a secure context; an office intranet on plain HTTP still has getRandomValues.
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

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

  list(caseId: string): Observable<CommentView[]> {
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
    return this.http.post<CreateCommentResponse>(this.commentsUrl(caseId), request, {
      headers: new HttpHeaders({ [IDEMPOTENCY_KEY_HEADER]: idempotencyKey }),
    });
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
