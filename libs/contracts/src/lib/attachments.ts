/** The file types a case accepts, recognised by their content (magic bytes), never by name. */
export const ATTACHMENT_MEDIA_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
] as const;
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

export type AttachmentKind = 'image' | 'document';

/** `staff` uploaded it on the case page; `reporter` sent it through a public link. */
export type AttachmentSource = 'staff' | 'reporter';

/**
 * Which bytes to fetch: `original` (as uploaded, metadata included; only the owning agencies,
 * i.e. lead and collaborators), `view` (images re-encoded without metadata, HEIC as JPEG; a PDF
 * as is) and `thumbnail` (images only, 320 px WebP without metadata).
 */
export type AttachmentRendition = 'original' | 'view' | 'thumbnail';

export interface CaseAttachment {
  /** Stable: comments reference attachments by this id, and deleting is soft. */
  id: string;
  caseId: string;
  kind: AttachmentKind;
  /** The type found in the content (an iPhone photo is `image/heic` whatever its name says). */
  mediaType: AttachmentMediaType;
  fileName: string;
  byteSize: number;
  caption: string | null;
  width: number | null;
  height: number | null;
  /**
   * Position and time read from the photo's EXIF at upload. Shown only to the owning agencies,
   * like the original file; `null` for everyone else and for photos without GPS.
   */
  gps: { lat: number; lng: number } | null;
  takenAt: string | null;
  source: AttachmentSource;
  uploaderName: string | null;
  uploaderAgency: { id: string; shortName: string } | null;
  createdAt: string;
  /** API paths (under `/api`) of the renditions the reader may fetch; `null` when not allowed. */
  urls: { view: string; thumbnail: string | null; original: string | null };
  /** The uploader and the lead agency's working staff may delete. */
  canDelete: boolean;
  /** The photo has GPS and the reader may set the case location from it. */
  canUseLocation: boolean;
  /**
   * Marked public: it may appear, without its metadata, as evidence on a clarification's public
   * outputs (never a photo of a case that ever held a rahasia report).
   */
  public: boolean;
  /** The reader may change the mark: a photo, a case it may change, a case never rahasia. */
  canMarkPublic: boolean;
}

/** `PUT /api/cases/:id/attachments/:attachmentId/public`. */
export interface MarkAttachmentPublicRequest {
  public: boolean;
}

export interface CaseAttachmentList {
  items: CaseAttachment[];
  /** Largest accepted file, bytes (`ATTACHMENT_MAX_BYTES`). */
  maxBytes: number;
  /** Whether the reader may upload to this case. */
  canUpload: boolean;
}

/** The multipart form of `POST /api/cases/:id/attachments` besides the `file` part. */
export interface UploadAttachmentFields {
  caption?: string;
}

/** The multipart form of the reporter's photo on a location request, besides `file`. */
export interface PublicPhotoFields {
  /**
   * `true` when the reporter also drops a pin (sent after the photo): the pin is the answer and
   * the photo's GPS is kept only as a hint. Otherwise a photo with GPS answers the request.
   */
  withPin?: 'true' | 'false';
}

export interface PublicPhotoUploadResponse {
  attachmentId: string;
  /** The photo carried a GPS position (inside Indonesia). */
  gpsFound: boolean;
  /** The position became the case location, which answers the one-time link. */
  locationSet: boolean;
}
