import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AuditPage } from '@simpul/contracts';
import type { Observable } from 'rxjs';

export const AUDIT_PAGE_SIZE = 50;

@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly http = inject(HttpClient);

  /** Newest first; pass the previous page's `nextCursor` as `before` for older entries. */
  page(before: string | null): Observable<AuditPage> {
    let params = new HttpParams().set('limit', AUDIT_PAGE_SIZE);
    if (before) params = params.set('before', before);
    return this.http.get<AuditPage>('/api/audit', { params });
  }
}
