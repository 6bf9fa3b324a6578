import { parseCsv } from '@simpul/place-finder';
import { DPU_BM_JATIM, eastJavaAgencies, loadEastJavaRegencies } from './east-java';

describe('East Java reference data', () => {
  it('reads the 38 regencies and cities of Jawa Timur from idn-area-data', async () => {
    const regencies = await loadEastJavaRegencies();
    expect(regencies).toHaveLength(38);
    expect(regencies.filter((r) => r.isCity)).toHaveLength(9);
    expect(regencies.find((r) => r.code === '35.78')).toEqual({
      code: '35.78',
      name: 'Kota Surabaya',
      isCity: true,
    });
  });

  it('builds unique agency codes whose parents and regency codes exist', async () => {
    const regencies = await loadEastJavaRegencies();
    const agencies = eastJavaAgencies(regencies);
    const codes = agencies.map((a) => a.code);
    expect(new Set(codes).size).toBe(codes.length);
    const known = new Set(regencies.map((r) => r.code));
    for (const agency of agencies) {
      if (agency.parentCode)
        expect(codes.indexOf(agency.parentCode)).toBeLessThan(codes.indexOf(agency.code));
      for (const code of agency.regencyCodes) expect(known.has(code)).toBe(true);
    }
    expect(agencies.filter((a) => a.parentCode === DPU_BM_JATIM)).toHaveLength(11);
  });

  it('keeps a bare quote inside a name as a character', () => {
    expect(parseCsv('code,name\n1,Soka"an\n2,Ma"arif\n')).toEqual([
      { code: '1', name: 'Soka"an' },
      { code: '2', name: 'Ma"arif' },
    ]);
  });

  it('parses quoted CSV fields', () => {
    expect(parseCsv('code,name\n1,"Desa ""Baru"", Timur"\r\n2,Plain\n')).toEqual([
      { code: '1', name: 'Desa "Baru", Timur' },
      { code: '2', name: 'Plain' },
    ]);
  });
});
