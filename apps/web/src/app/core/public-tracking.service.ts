import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  TRACKING_TOKEN_HEADER,
  type PublicTrackingView,
  type TrackingDisputeRequest,
  type TrackingRatingRequest,
  type TrackingReplyRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** What opens a report's tracking page: its case number and the secret code from the link. */
export interface TrackingCredentials {
  caseNumber: string;
  token: string;
}

/**
 * The reporter's tracking page: no sign-in; the secret code travels in a header, never in a URL
 * (the link keeps it in the fragment, which browsers do not send). Every action answers the
 * updated page.
 */
@Injectable({ providedIn: 'root' })
export class PublicTrackingService {
  private readonly http = inject(HttpClient);

  /** 404 INVALID_TRACKING_LINK for an unknown case number or a wrong code alike. */
  view(credentials: TrackingCredentials): Observable<PublicTrackingView> {
    return this.http.get<PublicTrackingView>(this.url(credentials), this.options(credentials));
  }

  reply(
    credentials: TrackingCredentials,
    request: TrackingReplyRequest,
  ): Observable<PublicTrackingView> {
    return this.http.post<PublicTrackingView>(
      this.url(credentials, 'replies'),
      request,
      this.options(credentials),
    );
  }

  confirm(credentials: TrackingCredentials): Observable<PublicTrackingView> {
    return this.http.post<PublicTrackingView>(
      this.url(credentials, 'confirm'),
      {},
      this.options(credentials),
    );
  }

  dispute(
    credentials: TrackingCredentials,
    request: TrackingDisputeRequest,
  ): Observable<PublicTrackingView> {
    return this.http.post<PublicTrackingView>(
      this.url(credentials, 'dispute'),
      request,
      this.options(credentials),
    );
  }

  rate(
    credentials: TrackingCredentials,
    request: TrackingRatingRequest,
  ): Observable<PublicTrackingView> {
    return this.http.put<PublicTrackingView>(
      this.url(credentials, 'rating'),
      request,
      this.options(credentials),
    );
  }

  private url({ caseNumber }: TrackingCredentials, action?: string): string {
    const base = `/api/public/tracking/${encodeURIComponent(caseNumber)}`;
    return action ? `${base}/${action}` : base;
  }

  private options({ token }: TrackingCredentials): { headers: HttpHeaders } {
    return { headers: new HttpHeaders({ [TRACKING_TOKEN_HEADER]: token }) };
  }
}

/** The code in a tracking link's fragment (`#t=<code>`), or null. */
export function tokenFromFragment(fragment: string | null | undefined): string | null {
  if (!fragment) return null;
  const match = /(?:^|&)t=([^&]+)/.exec(fragment);
  return match ? decodeURIComponent(match[1]) : null;
}
