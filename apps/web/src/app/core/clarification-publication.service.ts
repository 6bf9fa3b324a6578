import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ClarificationDelivery,
  ClarificationPublicationView,
  LogClarificationDeliveryRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

const url = (id: string) => `/api/clarifications/${encodeURIComponent(id)}`;

/** Publishing a clarification and its outputs (issue #15 item 4). */
@Injectable({ providedIn: 'root' })
export class ClarificationPublicationService {
  private readonly http = inject(HttpClient);

  outputs(id: string): Observable<ClarificationPublicationView> {
    return this.http.get<ClarificationPublicationView>(`${url(id)}/outputs`);
  }

  publish(id: string): Observable<ClarificationPublicationView> {
    return this.http.post<ClarificationPublicationView>(`${url(id)}/publish`, {});
  }

  note(
    id: string,
    kind: 'correction' | 'retraction',
    text: string,
  ): Observable<ClarificationPublicationView> {
    return this.http.post<ClarificationPublicationView>(`${url(id)}/${kind}`, { text });
  }

  deliveries(id: string): Observable<ClarificationDelivery[]> {
    return this.http.get<ClarificationDelivery[]>(`${url(id)}/deliveries`);
  }

  logDelivery(
    id: string,
    body: LogClarificationDeliveryRequest,
  ): Observable<ClarificationDelivery[]> {
    return this.http.post<ClarificationDelivery[]>(`${url(id)}/deliveries`, body);
  }
}
