import { Injectable } from '@nestjs/common';
import exifr from 'exifr';
import decodeHeic from 'heic-decode';
import sharp, { type Metadata, type Sharp } from 'sharp';
import type { AttachmentKind, AttachmentMediaType } from '@simpul/contracts';
import { heifExifBlock } from './heif-exif';

/** Longest side of the `view` rendition: sharp on a phone screen, small on a slow connection. */
const VIEW_MAX_SIDE = 2560;
const THUMBNAIL_SIDE = 320;
/** 60 megapixels: a large phone photo is 48; anything bigger is a decompression bomb. */
const MAX_PIXELS = 60_000_000;
/**
 * Longest side accepted (WebP's own limit). The area bound alone let a 1 × 60,000,000 PNG through,
 * whose resize took a minute of the thread pool that argon2 sign-ins share.
 */
export const MAX_IMAGE_SIDE = 16_383;
/**
 * Images decoded and resized at once. sharp and argon2 share libuv's pool (4 threads): two image
 * jobs leave room for sign-ins however many uploads arrive together; the rest wait their turn.
 */
const IMAGE_WORK_CONCURRENCY = 2;
/** EXIF has no time zone unless OffsetTimeOriginal says so; photos here are taken in WIB. */
const DEFAULT_EXIF_OFFSET = '+07:00';

export interface Rendition {
  data: Buffer;
  mediaType: string;
}

export interface ProcessedFile {
  kind: AttachmentKind;
  width: number | null;
  height: number | null;
  gps: { lat: number; lng: number } | null;
  takenAt: Date | null;
  /** Shown to every reader: images re-encoded without metadata; a PDF as it is. */
  view: Rendition;
  thumbnail: Rendition | null;
}

/** The content matched a type's magic bytes but cannot be decoded as that type. */
export class UnreadableFileError extends Error {
  constructor(cause: unknown) {
    super(`Unreadable file: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UnreadableFileError';
  }
}

/** The header declares more pixels, on a side or in all, than are ever decoded. */
export class ImageTooLargeError extends UnreadableFileError {
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    super(`image of ${width}×${height} pixels`);
    this.name = 'ImageTooLargeError';
  }
}

/**
 * Turns an upload into what is stored: reads GPS and time from EXIF, then makes the renditions
 * that leave the owning agencies. Every image rendition is rotated by its EXIF orientation first
 * and re-encoded by sharp without metadata (sharp keeps none unless asked), so no EXIF, GPS
 * included, survives outside the original. HEIC is decoded by heic-decode (libheif in WASM)
 * because sharp's prebuilt libvips has no HEVC decoder, then encoded as JPEG.
 */
/** Whether an image of this size may be decoded: each side bounded, and the area. */
export function acceptableImageSize(width: number, height: number): boolean {
  return (
    width > 0 &&
    height > 0 &&
    width <= MAX_IMAGE_SIDE &&
    height <= MAX_IMAGE_SIDE &&
    width * height <= MAX_PIXELS
  );
}

/** A counting semaphore: at most `limit` tasks run, the others wait in arrival order. */
export class WorkLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running++;
    }
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next task; only when none waits is it freed.
      if (next) next();
      else this.running--;
    }
  }
}

@Injectable()
export class AttachmentProcessor {
  private readonly imageWork = new WorkLimiter(IMAGE_WORK_CONCURRENCY);

  async process(data: Buffer, mediaType: AttachmentMediaType): Promise<ProcessedFile> {
    if (mediaType === 'application/pdf') return this.document(data);
    // Refused from the header alone, before any pixel is decoded or any slot is taken.
    await assertHeaderSize(data, mediaType);
    return this.imageWork.run(() => this.image(data, mediaType));
  }

  private async image(data: Buffer, mediaType: AttachmentMediaType): Promise<ProcessedFile> {
    const exif = await readExif(data, mediaType);
    const image = await this.decode(data, mediaType);
    const { width, height } = await image
      .clone()
      .metadata()
      .then(orientedSize, (error: unknown) => Promise.reject(new UnreadableFileError(error)));
    if (!acceptableImageSize(width, height)) {
      throw new UnreadableFileError(`image of ${width}×${height} pixels`);
    }
    try {
      const resized = image
        .clone()
        .resize(VIEW_MAX_SIDE, VIEW_MAX_SIDE, { fit: 'inside', withoutEnlargement: true });
      const view: Rendition =
        mediaType === 'image/png'
          ? { data: await resized.png().toBuffer(), mediaType: 'image/png' }
          : mediaType === 'image/webp'
            ? { data: await resized.webp({ quality: 85 }).toBuffer(), mediaType: 'image/webp' }
            : {
                data: await resized.jpeg({ quality: 85, mozjpeg: true }).toBuffer(),
                mediaType: 'image/jpeg',
              };
      const thumbnail: Rendition = {
        data: await image
          .clone()
          .resize(THUMBNAIL_SIDE, THUMBNAIL_SIDE, { fit: 'inside', withoutEnlargement: true })
          .webp({ quality: 75 })
          .toBuffer(),
        mediaType: 'image/webp',
      };
      return { kind: 'image', width, height, ...exif, view, thumbnail };
    } catch (error) {
      throw new UnreadableFileError(error);
    }
  }

  private document(data: Buffer): ProcessedFile {
    // A PDF carries no EXIF; it is served as a download, never rendered by the browser inline.
    return {
      kind: 'document',
      width: null,
      height: null,
      gps: null,
      takenAt: null,
      view: { data, mediaType: 'application/pdf' },
      thumbnail: null,
    };
  }

  /** A sharp pipeline on the decoded pixels, already turned upright. */
  private async decode(data: Buffer, mediaType: AttachmentMediaType): Promise<Sharp> {
    try {
      if (mediaType === 'image/heic') {
        const images = await decodeHeic.all({ buffer: data });
        try {
          const primary = images[0];
          if (!primary || !acceptableImageSize(primary.width, primary.height)) {
            throw new Error('no decodable image of acceptable size');
          }
          // libheif applies the HEIF rotation and mirroring boxes while decoding.
          const pixels = await primary.decode();
          return sharp(
            Buffer.from(pixels.data.buffer, pixels.data.byteOffset, pixels.data.byteLength),
            {
              raw: { width: pixels.width, height: pixels.height, channels: 4 },
            },
          ).removeAlpha();
        } finally {
          images.dispose();
        }
      }
      // Decoding errors surface when the renditions are made, and are mapped there too.
      return sharp(data, { failOn: 'error', limitInputPixels: MAX_PIXELS }).rotate();
    } catch (error) {
      throw new UnreadableFileError(error);
    }
  }
}

/**
 * Reads the size in the file's header (sharp decodes no pixels for this) and refuses an image
 * too large on either side. HEIC is left to its decoder, which also reads the size first.
 */
async function assertHeaderSize(data: Buffer, mediaType: AttachmentMediaType): Promise<void> {
  if (mediaType === 'image/heic') return;
  let metadata: Metadata;
  try {
    metadata = await sharp(data, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new UnreadableFileError(error);
  }
  const { width, height } = orientedSize(metadata);
  if (!acceptableImageSize(width, height)) {
    throw new ImageTooLargeError(width, height);
  }
}

function orientedSize(metadata: Metadata): { width: number; height: number } {
  const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
  const height = metadata.autoOrient?.height ?? metadata.height ?? 0;
  return { width, height };
}

/** GPS and the time the photo was taken; never fails an upload (EXIF is often broken). */
async function readExif(
  data: Buffer,
  mediaType: AttachmentMediaType,
): Promise<{ gps: { lat: number; lng: number } | null; takenAt: Date | null }> {
  if (mediaType === 'image/webp') return { gps: null, takenAt: null };
  const source = mediaType === 'image/heic' ? (heifExifBlock(data) ?? data) : data;
  try {
    const tags: Record<string, unknown> | undefined = await exifr.parse(source, {
      tiff: true,
      exif: true,
      gps: true,
      reviveValues: false,
      translateValues: false,
      pick: [
        'DateTimeOriginal',
        'OffsetTimeOriginal',
        'GPSLatitude',
        'GPSLatitudeRef',
        'GPSLongitude',
        'GPSLongitudeRef',
      ],
    });
    return { gps: gpsOf(tags), takenAt: takenAtOf(tags) };
  } catch {
    return { gps: null, takenAt: null };
  }
}

function degrees(value: unknown, ref: unknown, negative: string): number | null {
  if (!Array.isArray(value) || value.length !== 3 || !value.every((n) => Number.isFinite(n))) {
    return null;
  }
  const [d, m, s] = value as number[];
  const magnitude = d + m / 60 + s / 3600;
  return ref === negative ? -magnitude : magnitude;
}

function gpsOf(tags: Record<string, unknown> | undefined): { lat: number; lng: number } | null {
  if (!tags) return null;
  const lat = degrees(tags['GPSLatitude'], tags['GPSLatitudeRef'], 'S');
  const lng = degrees(tags['GPSLongitude'], tags['GPSLongitudeRef'], 'W');
  if (lat === null || lng === null) return null;
  // (0, 0) is what a camera without a fix writes, not a place in the Gulf of Guinea.
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || (lat === 0 && lng === 0)) return null;
  return { lat: Math.round(lat * 1e7) / 1e7, lng: Math.round(lng * 1e7) / 1e7 };
}

function takenAtOf(tags: Record<string, unknown> | undefined): Date | null {
  const raw = tags?.['DateTimeOriginal'];
  if (typeof raw !== 'string') return null;
  const match = /^(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(raw.trim());
  if (!match) return null;
  const offset = tags?.['OffsetTimeOriginal'];
  const zone =
    typeof offset === 'string' && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : DEFAULT_EXIF_OFFSET;
  const [, y, mo, d, h, mi, s] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`);
  return Number.isNaN(date.getTime()) || date.getFullYear() < 1990 ? null : date;
}
