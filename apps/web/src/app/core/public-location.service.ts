import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { LocationAnswerRequest, PublicLocationRequest } from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** The reporter's side of "ask the reporter for the location": no sign-in, the link's token decides. */
@Injectable({ providedIn: 'root' })
export class PublicLocationService {
  private readonly http = inject(HttpClient);

  /** 404 INVALID_LINK when the link is unknown or expired. */
  view(token: string): Observable<PublicLocationRequest> {
    return this.http.get<PublicLocationRequest>(this.requestUrl(token));
  }

  /** 400 for a point outside Indonesia, 409 ALREADY_ANSWERED for a link already used. */
  answer(token: string, answer: LocationAnswerRequest): Observable<void> {
    return this.http.post<void>(this.requestUrl(token), answer);
  }

  private requestUrl(token: string): string {
    return `/api/public/location-requests/${encodeURIComponent(token)}`;
  }
}
