import { planSync, type LaporSnapshot, type SyncInput, type SyncValues } from './lapor-sync';

const imported: SyncValues = {
  title: 'Jalan berlubang',
  description: 'Kronologi',
  locationText: 'Kepanjen',
  anonymous: false,
};

const plan = (overrides: Partial<SyncInput>) =>
  planSync({
    current: imported,
    snapshot: imported as LaporSnapshot,
    incoming: imported,
    openConflicts: new Map(),
    skip: new Set(),
    ...overrides,
  });

describe('planSync (three-way merge of one report)', () => {
  it('changes nothing when LAPOR did not change, even over Simpul edits', () => {
    const result = plan({ current: { ...imported, title: 'Judul dari Simpul' } });
    expect(result).toEqual({ apply: {}, conflicts: [], snapshot: imported });
  });

  it('takes the LAPOR value for a field nobody edited in Simpul', () => {
    const result = plan({ incoming: { ...imported, locationText: 'Kepanjen, depan pasar' } });
    expect(result.apply).toEqual({ locationText: 'Kepanjen, depan pasar' });
    expect(result.conflicts).toEqual([]);
    expect(result.snapshot.locationText).toBe('Kepanjen, depan pasar');
  });

  it('records a conflict for a field edited in Simpul and changed in LAPOR, and keeps Simpul', () => {
    const result = plan({
      current: { ...imported, title: 'Judul dari Simpul' },
      incoming: { ...imported, title: 'Judul baru di LAPOR', locationText: 'Lokasi baru' },
    });
    expect(result.apply).toEqual({ locationText: 'Lokasi baru' });
    expect(result.conflicts).toEqual([
      { field: 'title', simpulValue: 'Judul dari Simpul', laporValue: 'Judul baru di LAPOR' },
    ]);
    // The snapshot holds what LAPOR has now, so the same file again changes nothing.
    expect(result.snapshot.title).toBe('Judul baru di LAPOR');
  });

  it('does not record the same open conflict twice, but does record a newer LAPOR value', () => {
    const input = {
      current: { ...imported, title: 'Simpul' },
      snapshot: { ...imported, title: 'LAPOR 1' } as LaporSnapshot,
    };
    expect(plan({ ...input, incoming: { ...imported, title: 'LAPOR 1' } }).conflicts).toHaveLength(
      0,
    );
    expect(
      plan({
        ...input,
        snapshot: imported as LaporSnapshot,
        incoming: { ...imported, title: 'LAPOR 1' },
        openConflicts: new Map([['title', 'LAPOR 1']]),
      }).conflicts,
    ).toHaveLength(0);
    expect(
      plan({
        ...input,
        incoming: { ...imported, title: 'LAPOR 2' },
        openConflicts: new Map([['title', 'LAPOR 1']]),
      }).conflicts,
    ).toEqual([{ field: 'title', simpulValue: 'Simpul', laporValue: 'LAPOR 2' }]);
  });

  it('needs nothing when Simpul already has the new LAPOR value', () => {
    const result = plan({
      current: { ...imported, title: 'Sama' },
      incoming: { ...imported, title: 'Sama' },
    });
    expect(result.apply).toEqual({});
    expect(result.conflicts).toEqual([]);
  });

  it('fills only empty fields of a report that was never imported, and flags the rest', () => {
    const result = plan({
      snapshot: null,
      current: { ...imported, locationText: null, title: 'Diketik petugas' },
      incoming: imported,
    });
    expect(result.apply).toEqual({ locationText: 'Kepanjen' });
    expect(result.conflicts.map((c) => c.field)).toEqual(['title']);
  });

  it('leaves alone fields the source does not carry and fields it must skip', () => {
    const result = plan({
      current: { ...imported, reporterNik: null },
      incoming: { title: 'Baru', reporterNik: '3507111111800001' },
      skip: new Set(['reporterNik']),
    });
    expect(result.apply).toEqual({ title: 'Baru' });
    expect(result.snapshot.reporterNik).toBeUndefined();
    expect(result.snapshot.locationText).toBe('Kepanjen');
  });

  it('treats empty text and no value alike', () => {
    const result = plan({
      current: { ...imported, locationText: '' },
      snapshot: { ...imported, locationText: null },
      incoming: { ...imported, locationText: 'Baru' },
    });
    expect(result.apply).toEqual({ locationText: 'Baru' });
  });
});
