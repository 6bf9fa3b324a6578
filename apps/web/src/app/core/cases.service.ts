import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  InboxAgencyOption,
  InboxMapPage,
  InboxMapQuery,
  CaseDetail,
  CaseEvent,
  CaseTransitionRequest,
  CreateCaseRequest,
  InboxCount,
  InboxPage,
  InboxQuery,
  LocationRequestResponse,
  RevealedIdentity,
  UpdateCaseRequest,
  LinkTrackingIdRequest,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';
import { apiErrorBody } from './api-error';
import { EarlyReads } from './early-reads';
import { idempotencyHeaders } from './idempotency';

/**
 * The case as it is now, when a change was refused because someone else changed it first
 * (409 STALE_VERSION carries it in `details.current`).
 */
export function currentCaseFromConflict(error: unknown): CaseDetail | null {
  const body = apiErrorBody(error);
  if (body?.code !== 'STALE_VERSION') return null;
  const current = body.details?.['current'];
  if (typeof current !== 'object' || current === null) return null;
  const candidate = current as Partial<CaseDetail>;
  return typeof candidate.id === 'string' && typeof candidate.version === 'number'
    ? (candidate as CaseDetail)
    : null;
}

/** Cases the acting agency may see; the server's access policy decides. */
@Injectable({ providedIn: 'root' })
export class CasesService {
  private readonly http = inject(HttpClient);
  private readonly earlyReads = inject(EarlyReads);

  /** One page of the filtered inbox; pass the previous page's `nextCursor` for the next one. */
  inbox(query: InboxQuery): Observable<InboxPage> {
    const params = this.inboxParams(query);
    return this.earlyReads.take(`/api/cases/inbox?${params.toString()}`, () =>
      this.http.get<InboxPage>('/api/cases/inbox', { params }),
    );
  }

  /** Starts reading an inbox page before the inbox is on screen; its first `inbox` takes it. */
  prefetchInbox(query: InboxQuery): void {
    const params = this.inboxParams(query);
    this.earlyReads.start(
      `/api/cases/inbox?${params.toString()}`,
      this.http.get<InboxPage>('/api/cases/inbox', { params }),
    );
  }

  /** How many cases match the filters, exact up to 10,000 (a page says only "more than 1,000", a search "more than 2,000"). */
  inboxCount(query: InboxQuery): Observable<InboxCount> {
    return this.http.get<InboxCount>('/api/cases/inbox/count', { params: this.inboxParams(query) });
  }

  /** The agencies that take part in cases the acting agency can see (the inbox's agency filter). */
  inboxAgencies(): Observable<InboxAgencyOption[]> {
    return this.http.get<InboxAgencyOption[]>('/api/cases/inbox/agencies');
  }

  /** The inbox's matches on a map window, counted per grid cell by the server. */
  inboxMap(query: InboxMapQuery): Observable<InboxMapPage> {
    return this.http.get<InboxMapPage>('/api/cases/map', { params: this.inboxParams(query) });
  }

  private inboxParams(query: InboxQuery): HttpParams {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(name, value);
    }
    return params;
  }

  /** Manual intake; the acting agency becomes the lead. */
  create(request: CreateCaseRequest, idempotencyKey?: string): Observable<CaseDetail> {
    return this.http.post<CaseDetail>('/api/cases', request, idempotencyHeaders(idempotencyKey));
  }

  get(id: string): Observable<CaseDetail> {
    return this.earlyReads.take(this.caseUrl(id), () =>
      this.http.get<CaseDetail>(this.caseUrl(id)),
    );
  }

  /** Starts reading a case before its page is on screen; the page's first `get` takes it. */
  prefetch(id: string): void {
    this.earlyReads.start(this.caseUrl(id), this.http.get<CaseDetail>(this.caseUrl(id)));
  }

  update(id: string, request: UpdateCaseRequest): Observable<CaseDetail> {
    return this.http.patch<CaseDetail>(this.caseUrl(id), request);
  }

  /** One step of the status machine; 409 STALE_VERSION carries the current case in `details`. */
  transition(
    id: string,
    request: CaseTransitionRequest,
    idempotencyKey?: string,
  ): Observable<CaseDetail> {
    return this.http.post<CaseDetail>(
      `${this.caseUrl(id)}/transitions`,
      request,
      idempotencyHeaders(idempotencyKey),
    );
  }

  /** The report is in SP4N-LAPOR! too: its Tracking ID (unique; 409 when taken). */
  linkTrackingId(
    caseId: string,
    reportId: string,
    request: LinkTrackingIdRequest,
  ): Observable<CaseDetail> {
    return this.http.put<CaseDetail>(
      `${this.caseUrl(caseId)}/reports/${reportId}/tracking-id`,
      request,
    );
  }

  /** The timeline, oldest first. */
  events(id: string): Observable<CaseEvent[]> {
    return this.http.get<CaseEvent[]>(`${this.caseUrl(id)}/events`);
  }

  /** An audited act: the server records who revealed which reporter, and when. */
  revealIdentity(caseId: string, reportId: string): Observable<RevealedIdentity> {
    return this.http.post<RevealedIdentity>(
      `${this.caseUrl(caseId)}/reports/${encodeURIComponent(reportId)}/reveal-identity`,
      {},
    );
  }

  /**
   * Asks the reporter for the location: a one-time link to send them. A case still open goes on
   * hold (needs_information) until they answer. `note` replaces the default message text.
   */
  requestLocation(id: string, note?: string): Observable<LocationRequestResponse> {
    return this.http.post<LocationRequestResponse>(
      `${this.caseUrl(id)}/location-requests`,
      note ? { note } : {},
    );
  }

  private caseUrl(id: string): string {
    return `/api/cases/${encodeURIComponent(id)}`;
  }
}
