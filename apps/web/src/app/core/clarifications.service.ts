import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ApprovalChainView,
  ClarificationAck,
  ClarificationCreated,
  ClarificationDraftView,
  ClarificationListItem,
  ClarificationSimilar,
  CreateClarificationRequest,
  DecideClarificationRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

const url = (id: string) => `/api/clarifications/${encodeURIComponent(id)}`;

/** Hoax clarification drafts (issue #15): REST side; the text is co-edited over the socket. */
@Injectable({ providedIn: 'root' })
export class ClarificationsService {
  private readonly http = inject(HttpClient);

  list(): Observable<ClarificationListItem[]> {
    return this.http.get<ClarificationListItem[]>('/api/clarifications');
  }

  similar(q: string): Observable<ClarificationSimilar[]> {
    return this.http.get<ClarificationSimilar[]>('/api/clarifications/similar', {
      params: new HttpParams().set('q', q),
    });
  }

  create(body: CreateClarificationRequest): Observable<ClarificationCreated> {
    return this.http.post<ClarificationCreated>('/api/clarifications', body);
  }

  view(id: string): Observable<ClarificationDraftView> {
    return this.http.get<ClarificationDraftView>(url(id));
  }

  invite(id: string, agencyId: string): Observable<ClarificationAck> {
    return this.http.post<ClarificationAck>(`${url(id)}/agencies`, { agencyId });
  }

  answer(id: string, accept: boolean): Observable<ClarificationAck> {
    return this.http.put<ClarificationAck>(`${url(id)}/invitation`, { accept });
  }

  approval(id: string): Observable<ApprovalChainView> {
    return this.http.get<ApprovalChainView>(`${url(id)}/approval`);
  }

  decide(id: string, body: DecideClarificationRequest): Observable<ApprovalChainView> {
    return this.http.post<ApprovalChainView>(`${url(id)}/approval`, body);
  }
}

/** Hours and minutes left on a 24-hour clock (negative when passed). */
export function clockLeft(
  deadlineAt: string,
  now: number,
): { hours: number; minutes: number; passed: boolean } {
  const ms = new Date(deadlineAt).getTime() - now;
  const abs = Math.abs(ms);
  return {
    hours: Math.floor(abs / 3_600_000),
    minutes: Math.floor((abs % 3_600_000) / 60_000),
    passed: ms < 0,
  };
}
