interface Box {
  type: string;
  /** Offset of the payload (after the header). */
  start: number;
  end: number;
}

function* boxes(data: Buffer, start: number, end: number): Generator<Box> {
  let offset = start;
  while (offset + 8 <= end) {
    let size = data.readUInt32BE(offset);
    const type = data.toString('latin1', offset + 4, offset + 8);
    let header = 8;
    if (size === 1) {
      if (offset + 16 > end) return;
      size = Number(data.readBigUInt64BE(offset + 8));
      header = 16;
    } else if (size === 0) {
      size = end - offset;
    }
    if (size < header || offset + size > end) return;
    yield { type, start: offset + header, end: offset + size };
    offset += size;
  }
}

const find = (data: Buffer, parent: { start: number; end: number }, type: string, skip = 0) => {
  for (const box of boxes(data, parent.start + skip, parent.end)) if (box.type === type) return box;
  return undefined;
};

const readUint = (data: Buffer, offset: number, size: number): number =>
  size === 0
    ? 0
    : size === 2
      ? data.readUInt16BE(offset)
      : size === 4
        ? data.readUInt32BE(offset)
        : Number(data.readBigUInt64BE(offset));

/**
 * The EXIF block (from its TIFF header on) of a HEIF/HEIC file, found through the item tables
 * (`iinf` names the Exif item, `iloc` says where its bytes are, with base offsets and `idat`
 * storage as libheif writes them). exifr reads Apple's layout but not every writer's, so HEIC
 * EXIF goes through here first. `null` when the file has none or is malformed.
 */
export function heifExifBlock(data: Buffer): Buffer | null {
  try {
    const meta = find(data, { start: 0, end: data.length }, 'meta');
    if (!meta) return null;
    // `meta` is a full box: 4 bytes of version and flags before its children.
    const iinf = find(data, meta, 'iinf', 4);
    const iloc = find(data, meta, 'iloc', 4);
    if (!iinf || !iloc) return null;

    const iinfVersion = data[iinf.start];
    const entryCountSize = iinfVersion === 0 ? 2 : 4;
    let exifItem: number | null = null;
    for (const infe of boxes(data, iinf.start + 4 + entryCountSize, iinf.end)) {
      if (infe.type !== 'infe') continue;
      const version = data[infe.start];
      if (version < 2) continue;
      const idSize = version === 3 ? 4 : 2;
      const itemId = readUint(data, infe.start + 4, idSize);
      const itemType = data.toString(
        'latin1',
        infe.start + 4 + idSize + 2,
        infe.start + 4 + idSize + 6,
      );
      if (itemType === 'Exif') {
        exifItem = itemId;
        break;
      }
    }
    if (exifItem === null) return null;

    const version = data[iloc.start];
    let p = iloc.start + 4;
    const offsetSize = data[p] >> 4;
    const lengthSize = data[p] & 15;
    const baseOffsetSize = data[p + 1] >> 4;
    const indexSize = version === 1 || version === 2 ? data[p + 1] & 15 : 0;
    p += 2;
    const idSize = version === 2 ? 4 : 2;
    const itemCount = readUint(data, p, idSize);
    p += idSize;
    for (let i = 0; i < itemCount; i++) {
      const itemId = readUint(data, p, idSize);
      p += idSize;
      let constructionMethod = 0;
      if (version === 1 || version === 2) {
        constructionMethod = data.readUInt16BE(p) & 15;
        p += 2;
      }
      p += 2; // data_reference_index
      const baseOffset = readUint(data, p, baseOffsetSize);
      p += baseOffsetSize;
      const extentCount = data.readUInt16BE(p);
      p += 2;
      const extents: { offset: number; length: number }[] = [];
      for (let e = 0; e < extentCount; e++) {
        p += indexSize;
        const offset = readUint(data, p, offsetSize);
        p += offsetSize;
        const length = readUint(data, p, lengthSize);
        p += lengthSize;
        extents.push({ offset, length });
      }
      if (itemId !== exifItem || extents.length === 0) continue;
      let origin = 0;
      if (constructionMethod === 1) {
        const idat = find(data, meta, 'idat', 4);
        if (!idat) return null;
        origin = idat.start;
      } else if (constructionMethod !== 0) {
        return null;
      }
      const chunks = extents.map(({ offset, length }) => {
        const from = origin + baseOffset + offset;
        return data.subarray(from, length === 0 ? data.length : from + length);
      });
      const item = Buffer.concat(chunks);
      // The item starts with the offset of the TIFF header after these 4 bytes.
      let tiff = 4 + item.readUInt32BE(0);
      if (item.toString('latin1', tiff, tiff + 6) === 'Exif\0\0') tiff += 6;
      const block = item.subarray(tiff);
      const byteOrder = block.toString('latin1', 0, 2);
      return byteOrder === 'II' || byteOrder === 'MM' ? block : null;
    }
    return null;
  } catch {
    return null;
  }
}
