import { ApiException } from '../common/api-exception';
import type { PostServiceRequestDto } from './dto/open311.dto';
import { intakePoint, requestTitle, toCreateCase } from './open311-intake';

const base: PostServiceRequestDto = { service_code: 'jalan_rusak' };

function refusedField(body: PostServiceRequestDto): string {
  try {
    intakePoint(body);
  } catch (error) {
    expect(error).toBeInstanceOf(ApiException);
    return ((error as ApiException).getResponse() as { fields: { field: string }[] }).fields[0]
      .field;
  }
  throw new Error('expected a refusal');
}

describe('intakePoint', () => {
  it('takes lat + long as a point, and address text alone as no point', () => {
    expect(intakePoint({ ...base, lat: -7.98, long: 112.63 })).toEqual({ lat: -7.98, lng: 112.63 });
    expect(intakePoint({ ...base, address_string: 'Jl. Ijen, Malang' })).toBeNull();
  });

  it('needs one form of location and both coordinates, inside Indonesia', () => {
    expect(refusedField(base)).toBe('address_string');
    expect(refusedField({ ...base, lat: -7.9 })).toBe('long');
    expect(refusedField({ ...base, long: 112.6 })).toBe('lat');
    expect(refusedField({ ...base, lat: 0, long: 0 })).toBe('lat');
  });
});

describe('requestTitle', () => {
  it('uses a short description as it is, with whitespace collapsed', () => {
    expect(requestTitle('  Jalan   berlubang di Karanglo ', 'Jalan rusak')).toBe(
      'Jalan berlubang di Karanglo',
    );
  });

  it('cuts a long description at a word within 80 characters', () => {
    const title = requestTitle(`${'kata '.repeat(40)}akhir`, 'Jalan rusak');
    expect(title.length).toBeLessThanOrEqual(80);
    expect(title).toMatch(/kata…$/);
  });

  it('falls back to the service name without a usable description', () => {
    expect(requestTitle(undefined, 'Pohon tumbang')).toBe('Pohon tumbang');
    expect(requestTitle('ok', 'Pohon tumbang')).toBe('Pohon tumbang');
  });
});

describe('toCreateCase', () => {
  it('makes a named, public pengaduan through the open311 channel', () => {
    expect(
      toCreateCase({
        ...base,
        address_string: 'Jl. Ijen',
        description: 'Aspal mengelupas',
        first_name: 'Siti',
        last_name: 'Aminah',
        phone: '0812345678',
        email: 'siti@contoh.id',
      }),
    ).toEqual({
      title: 'Aspal mengelupas',
      description: 'Aspal mengelupas',
      classification: 'pengaduan',
      channel: 'open311',
      category: 'jalan_rusak',
      locationText: 'Jl. Ijen',
      reporter: {
        name: 'Siti Aminah',
        contact: '0812345678 / siti@contoh.id',
        anonymous: false,
        confidential: false,
      },
    });
  });

  it('describes a request without text by its service and leaves unknown reporters empty', () => {
    const dto = toCreateCase({ ...base, lat: -7.9, long: 112.6 });
    expect(dto.description).toBe('Jalan rusak / berlubang');
    expect(dto.reporter).toEqual({
      name: undefined,
      contact: undefined,
      anonymous: false,
      confidential: false,
    });
  });
});
