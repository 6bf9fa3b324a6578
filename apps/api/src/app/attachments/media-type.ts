import type { AttachmentMediaType } from '@simpul/contracts';

const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx']);

const startsWith = (data: Buffer, bytes: number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((byte, i) => data[offset + i] === byte);

const ascii = (data: Buffer, start: number, end: number) =>
  data.length >= end ? data.toString('latin1', start, end) : '';

/** The brands of an ISO-BMFF file (HEIF/AVIF/MP4): the `ftyp` box's major and compatible brands. */
function ftypBrands(data: Buffer): string[] {
  if (ascii(data, 4, 8) !== 'ftyp') return [];
  const size = data.readUInt32BE(0);
  if (size < 16 || size > Math.min(data.length, 4096)) return [];
  const brands = [ascii(data, 8, 12)];
  for (let offset = 16; offset + 4 <= size; offset += 4)
    brands.push(ascii(data, offset, offset + 4));
  return brands;
}

/**
 * The type of a file from its first bytes, or `null` when it is none of the accepted types. The
 * name and the declared type of an upload are never trusted: an `.exe` or a web page renamed
 * `foto.jpg`, or a zip declared `image/png`, is refused here.
 */
export function detectMediaType(data: Buffer): AttachmentMediaType | null {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (ascii(data, 0, 4) === 'RIFF' && ascii(data, 8, 12) === 'WEBP') return 'image/webp';
  if (ascii(data, 0, 5) === '%PDF-') return 'application/pdf';
  // HEIF with HEVC: iPhone photos. AVIF (HEIF with AV1) and video brands are not accepted.
  if (ftypBrands(data).some((brand) => HEIC_BRANDS.has(brand))) return 'image/heic';
  return null;
}

export const FILE_EXTENSIONS: Record<AttachmentMediaType, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
};
