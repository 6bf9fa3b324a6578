import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ArbitrationDecisionRequest,
  ArbitrationQueue,
  DispositionRequest,
  DispositionResult,
  HandoffDeclineRequest,
  HandoffList,
  HandoffProposeRequest,
  HandoffQueue,
  HandoffView,
  HandoffWithdrawRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { idempotencyHeaders, newIdempotencyKey } from './idempotency';

const caseUrl = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;
const handoffUrl = (caseId: string, handoffId: string, step: string) =>
  `${caseUrl(caseId)}/handoffs/${encodeURIComponent(handoffId)}/${step}`;

/** Handoffs (pelimpahan), disposition and arbitration; every write is safe to retry. */
@Injectable({ providedIn: 'root' })
export class HandoffsService {
  private readonly http = inject(HttpClient);

  list(caseId: string): Observable<HandoffList> {
    return this.http.get<HandoffList>(`${caseUrl(caseId)}/handoffs`);
  }

  propose(caseId: string, body: HandoffProposeRequest): Observable<HandoffView> {
    return this.http.post<HandoffView>(
      `${caseUrl(caseId)}/handoffs`,
      body,
      idempotencyHeaders(newIdempotencyKey()),
    );
  }

  withdraw(
    caseId: string,
    handoffId: string,
    body: HandoffWithdrawRequest,
  ): Observable<HandoffView> {
    return this.http.post<HandoffView>(
      handoffUrl(caseId, handoffId, 'withdraw'),
      body,
      idempotencyHeaders(newIdempotencyKey()),
    );
  }

  accept(caseId: string, handoffId: string): Observable<HandoffView> {
    return this.http.post<HandoffView>(
      handoffUrl(caseId, handoffId, 'accept'),
      {},
      idempotencyHeaders(newIdempotencyKey()),
    );
  }

  decline(caseId: string, handoffId: string, body: HandoffDeclineRequest): Observable<HandoffView> {
    return this.http.post<HandoffView>(
      handoffUrl(caseId, handoffId, 'decline'),
      body,
      idempotencyHeaders(newIdempotencyKey()),
    );
  }

  dispose(caseId: string, body: DispositionRequest): Observable<DispositionResult> {
    return this.http.post<DispositionResult>(
      `${caseUrl(caseId)}/disposition`,
      body,
      idempotencyHeaders(newIdempotencyKey()),
    );
  }

  queue(direction: 'incoming' | 'outgoing'): Observable<HandoffQueue> {
    return this.http.get<HandoffQueue>(`/api/handoffs/${direction}`);
  }

  arbitrations(): Observable<ArbitrationQueue> {
    return this.http.get<ArbitrationQueue>('/api/arbitrations');
  }

  decide(handoffId: string, body: ArbitrationDecisionRequest): Observable<HandoffView> {
    return this.http.post<HandoffView>(
      `/api/arbitrations/${encodeURIComponent(handoffId)}/decide`,
      body,
      idempotencyHeaders(newIdempotencyKey()),
    );
  }
}
