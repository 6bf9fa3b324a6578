import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CaseAttachment,
  CaseAttachmentList,
  PublicPhotoUploadResponse,
} from '@simpul/contracts';
import type { Observable } from 'rxjs';

/**
 * A case's photos and documents. Files are fetched as blobs through HttpClient (the access token
 * travels in a header, which an `<img src>` cannot send) and shown from object URLs.
 */
@Injectable({ providedIn: 'root' })
export class AttachmentsService {
  private readonly http = inject(HttpClient);

  list(caseId: string): Observable<CaseAttachmentList> {
    return this.http.get<CaseAttachmentList>(this.listUrl(caseId));
  }

  /** Upload events, for a progress bar; the last one carries the stored attachment. */
  upload(caseId: string, file: File, caption: string): Observable<HttpEvent<CaseAttachment>> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (caption.trim()) form.append('caption', caption.trim());
    return this.http.post<CaseAttachment>(this.listUrl(caseId), form, {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** One rendition's bytes; `url` is one of the attachment's `urls`. */
  file(url: string): Observable<Blob> {
    return this.http.get(url, { responseType: 'blob' });
  }

  remove(attachment: CaseAttachment): Observable<void> {
    return this.http.delete<void>(`${this.listUrl(attachment.caseId)}/${attachment.id}`);
  }

  /** The photo's GPS becomes the case location (confidence `gps`). */
  useLocation(attachment: CaseAttachment): Observable<void> {
    return this.http.post<void>(
      `${this.listUrl(attachment.caseId)}/${attachment.id}/use-location`,
      {},
    );
  }

  /**
   * Marks a photo public (it may then be published as evidence with a hoax clarification) or
   * takes the mark back.
   */
  setPublic(attachment: CaseAttachment, value: boolean): Observable<CaseAttachment> {
    return this.http.put<CaseAttachment>(
      `${this.listUrl(attachment.caseId)}/${attachment.id}/public`,
      { public: value },
    );
  }

  /** The reporter's photo on a location link (no sign-in). */
  publicPhoto(token: string, file: File, withPin: boolean): Observable<PublicPhotoUploadResponse> {
    const form = new FormData();
    form.append('file', file, file.name);
    form.append('withPin', String(withPin));
    return this.http.post<PublicPhotoUploadResponse>(
      `/api/public/location-requests/${encodeURIComponent(token)}/photos`,
      form,
    );
  }

  private listUrl(caseId: string): string {
    return `/api/cases/${encodeURIComponent(caseId)}/attachments`;
  }
}
