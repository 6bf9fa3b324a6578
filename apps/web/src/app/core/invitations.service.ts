import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { AcceptInvitationResponse, MembershipInvitation } from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** The signed-in person's own invitations to agencies (nothing is granted until accepted). */
@Injectable({ providedIn: 'root' })
export class InvitationsService {
  private readonly http = inject(HttpClient);

  mine(): Observable<MembershipInvitation[]> {
    return this.http.get<MembershipInvitation[]>('/api/invitations');
  }

  accept(id: string): Observable<AcceptInvitationResponse> {
    return this.http.post<AcceptInvitationResponse>(`${this.url(id)}/accept`, {});
  }

  decline(id: string): Observable<void> {
    return this.http.post<void>(`${this.url(id)}/decline`, {});
  }

  private url(id: string): string {
    return `/api/invitations/${encodeURIComponent(id)}`;
  }
}
