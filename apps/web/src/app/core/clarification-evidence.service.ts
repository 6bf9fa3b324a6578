import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LinkedCaseEvidence } from '@simpul/contracts';
import type { Observable } from 'rxjs';

/**
 * Linked cases' field evidence on a clarification draft (issue #15). Photos come through
 * HttpClient as blobs: the access token is a header, not a cookie, so an `<img src>` of an API
 * path would be refused.
 */
@Injectable({ providedIn: 'root' })
export class ClarificationEvidenceService {
  private readonly http = inject(HttpClient);

  evidence(draftId: string): Observable<LinkedCaseEvidence[]> {
    return this.http.get<LinkedCaseEvidence[]>(
      `/api/clarifications/${encodeURIComponent(draftId)}/evidence`,
    );
  }

  /** A photo by the API path the evidence named (a case attachment or a draft's public photo). */
  photo(path: string): Observable<Blob> {
    return this.http.get(path, { responseType: 'blob' });
  }
}
