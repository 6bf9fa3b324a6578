import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { ClarificationChainView, PutClarificationChainRequest } from '@simpul/contracts';
import type { Observable } from 'rxjs';

const url = (agencyId: string) => `/api/clarifications/chains/${encodeURIComponent(agencyId)}`;

/** An agency's approval chain for the hoax clarifications it opens (issue #15 item 3). */
@Injectable({ providedIn: 'root' })
export class ClarificationChainService {
  private readonly http = inject(HttpClient);

  get(agencyId: string): Observable<ClarificationChainView> {
    return this.http.get<ClarificationChainView>(url(agencyId));
  }

  replace(
    agencyId: string,
    body: PutClarificationChainRequest,
  ): Observable<ClarificationChainView> {
    return this.http.put<ClarificationChainView>(url(agencyId), body);
  }
}
