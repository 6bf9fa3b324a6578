import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ReporterMessageLog,
  ReporterMessagePreview,
  ReporterMessageRequest,
  ReporterMessageResult,
  ReporterMessageView,
  TrackingLinkResponse,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/** Messages to one report's reporter and its tracking link; the server's policy decides who may. */
@Injectable({ providedIn: 'root' })
export class ReporterMessagesService {
  private readonly http = inject(HttpClient);

  log(caseId: string, reportId: string): Observable<ReporterMessageLog> {
    return this.http.get<ReporterMessageLog>(this.url(caseId, reportId));
  }

  /** The text as it will go out; nothing is issued or logged. */
  preview(
    caseId: string,
    reportId: string,
    request: ReporterMessageRequest,
  ): Observable<ReporterMessagePreview> {
    return this.http.post<ReporterMessagePreview>(`${this.url(caseId, reportId)}/preview`, request);
  }

  /** Issues the links the message carries, logs it, and sends email when SMTP is configured. */
  send(
    caseId: string,
    reportId: string,
    request: ReporterMessageRequest,
  ): Observable<ReporterMessageResult> {
    return this.http.post<ReporterMessageResult>(this.url(caseId, reportId), request);
  }

  /** The officer says a prepared WhatsApp or SMS message went out. */
  markSent(caseId: string, reportId: string, messageId: string): Observable<ReporterMessageView> {
    return this.http.post<ReporterMessageView>(
      `${this.url(caseId, reportId)}/${encodeURIComponent(messageId)}/sent`,
      {},
    );
  }

  /** A new tracking link (the old one stops working); the code is shown this once. */
  issueTrackingLink(caseId: string, reportId: string): Observable<TrackingLinkResponse> {
    return this.http.post<TrackingLinkResponse>(
      `/api/cases/${encodeURIComponent(caseId)}/reports/${encodeURIComponent(reportId)}/tracking-link`,
      {},
    );
  }

  private url(caseId: string, reportId: string): string {
    return `/api/cases/${encodeURIComponent(caseId)}/reports/${encodeURIComponent(reportId)}/messages`;
  }
}
