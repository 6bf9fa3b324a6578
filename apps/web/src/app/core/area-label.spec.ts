import { areaLabel } from './area-label';

describe('areaLabel', () => {
  it('names the area as officers say it, not by its codes', () => {
    expect(
      areaLabel({
        villageCode: '35.07.25.2004',
        areaNames: { regency: 'Kabupaten Malang', district: 'Lawang', village: 'Mulyoarjo' },
      }),
    ).toBe('Kab. Malang · Kec. Lawang · Desa Mulyoarjo');
    expect(
      areaLabel({
        villageCode: '35.73.01.1001',
        areaNames: { regency: 'Kota Malang', district: 'Klojen', village: 'Klojen' },
      }),
    ).toBe('Kota Malang · Kec. Klojen · Kel. Klojen');
    expect(
      areaLabel({
        villageCode: null,
        areaNames: { regency: 'Kabupaten Malang', district: null, village: null },
      }),
    ).toBe('Kab. Malang');
  });

  it('gives nothing when no name is known, so the codes show instead', () => {
    expect(areaLabel({ villageCode: null })).toBeNull();
    expect(
      areaLabel({ villageCode: null, areaNames: { regency: null, district: null, village: null } }),
    ).toBeNull();
  });
});
