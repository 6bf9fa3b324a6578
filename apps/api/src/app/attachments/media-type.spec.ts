import { detectMediaType } from './media-type';

const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + 4 * compatible.length;
  const box = Buffer.alloc(size + 8);
  box.writeUInt32BE(size, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(major, 8, 'latin1');
  compatible.forEach((brand, i) => box.write(brand, 16 + 4 * i, 'latin1'));
  return box;
};

describe('detectMediaType (by content, never by name)', () => {
  it('recognises the accepted types from their magic bytes', () => {
    expect(detectMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(detectMediaType(Buffer.from('89504e470d0a1a0a0000000d', 'hex'))).toBe('image/png');
    expect(detectMediaType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toBe(
      'image/webp',
    );
    expect(detectMediaType(Buffer.from('%PDF-1.7\n%\xe2\xe3', 'latin1'))).toBe('application/pdf');
    expect(detectMediaType(ftyp('heic', 'mif1', 'heic'))).toBe('image/heic');
    expect(detectMediaType(ftyp('mif1', 'mif1', 'heic'))).toBe('image/heic');
  });

  it('refuses executables, web pages, archives, AVIF and video', () => {
    expect(detectMediaType(Buffer.from('MZ\x90\x00\x03\x00', 'latin1'))).toBeNull();
    expect(detectMediaType(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(detectMediaType(Buffer.from('PK\x03\x04\x14\x00', 'latin1'))).toBeNull();
    expect(detectMediaType(ftyp('avif', 'mif1', 'avif'))).toBeNull();
    expect(detectMediaType(ftyp('isom', 'isom', 'mp41'))).toBeNull();
    expect(detectMediaType(Buffer.alloc(0))).toBeNull();
    expect(detectMediaType(Buffer.from(' %PDF-1.4'))).toBeNull();
  });
});
