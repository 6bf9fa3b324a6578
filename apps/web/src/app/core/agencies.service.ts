import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AgencyDetail,
  AgencySummary,
  CreateAgencyRequest,
  UpdateAgencyRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class AgenciesService {
  private readonly http = inject(HttpClient);

  list(): Observable<AgencySummary[]> {
    return this.http.get<AgencySummary[]>('/api/agencies');
  }

  get(id: string): Observable<AgencyDetail> {
    return this.http.get<AgencyDetail>(`/api/agencies/${encodeURIComponent(id)}`);
  }

  create(request: CreateAgencyRequest): Observable<AgencyDetail> {
    return this.http.post<AgencyDetail>('/api/agencies', request);
  }

  update(id: string, request: UpdateAgencyRequest): Observable<AgencyDetail> {
    return this.http.patch<AgencyDetail>(`/api/agencies/${encodeURIComponent(id)}`, request);
  }
}
