import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClarificationCommentsView,
  ClarificationCommentThread,
  ClarificationVersionDiff,
  ClarificationVersionsView,
  ClarificationVersionView,
  CreateClarificationCommentRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders } from './idempotency';

const url = (id: string) => `/api/clarifications/${encodeURIComponent(id)}`;

/** Comments anchored to a draft's text, its named versions and their diff (#15 item 2). */
@Injectable({ providedIn: 'root' })
export class ClarificationReviewService {
  private readonly http = inject(HttpClient);

  comments(id: string): Observable<ClarificationCommentsView> {
    return this.http.get<ClarificationCommentsView>(`${url(id)}/comments`);
  }

  /** A new thread (`anchor`) or a reply (`parentId`); `key` makes a retry safe. */
  comment(
    id: string,
    body: CreateClarificationCommentRequest,
    key: string,
  ): Observable<ClarificationCommentThread> {
    return this.http.post<ClarificationCommentThread>(
      `${url(id)}/comments`,
      body,
      idempotencyHeaders(key),
    );
  }

  resolve(id: string, threadId: string): Observable<ClarificationCommentThread> {
    return this.http.put<ClarificationCommentThread>(
      `${url(id)}/comments/${encodeURIComponent(threadId)}/resolved`,
      {},
    );
  }

  versions(id: string): Observable<ClarificationVersionsView> {
    return this.http.get<ClarificationVersionsView>(`${url(id)}/versions`);
  }

  saveVersion(id: string, name: string, key: string): Observable<ClarificationVersionView> {
    return this.http.post<ClarificationVersionView>(
      `${url(id)}/versions`,
      { name },
      idempotencyHeaders(key),
    );
  }

  /** From a version to another, or to the text now (`to` = 'now'). */
  diff(id: string, from: string, to: string): Observable<ClarificationVersionDiff> {
    return this.http.get<ClarificationVersionDiff>(`${url(id)}/versions/diff`, {
      params: new HttpParams().set('from', from).set('to', to),
    });
  }
}
