import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { IssuedOpen311Key, Open311KeyView } from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** The acting agency's Open311 API keys (for apps that submit complaints by GeoReport v2). */
@Injectable({ providedIn: 'root' })
export class Open311KeysService {
  private readonly http = inject(HttpClient);

  list(): Observable<Open311KeyView[]> {
    return this.http.get<Open311KeyView[]>('/api/open311/keys');
  }

  /** The key is in this answer only: it is stored as a hash. */
  issue(label: string): Observable<IssuedOpen311Key> {
    return this.http.post<IssuedOpen311Key>('/api/open311/keys', { label });
  }

  revoke(id: string): Observable<void> {
    return this.http.delete<void>(`/api/open311/keys/${id}`);
  }
}
