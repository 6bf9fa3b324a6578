import { FACT_EVENT_TYPES, factsChangedBy, latestFactChanges } from './case-fact-changes';

describe('case fact changes (which events change which editable fields)', () => {
  it('reads the fields of a correction, a LAPOR update and a LAPOR value taken over', () => {
    expect(factsChangedBy('case.updated', { title: 'Baru', priority: 'urgent' })).toEqual([
      'title',
      'priority',
    ]);
    // A LAPOR update names its own keys too; only the case's editable facts count.
    expect(
      factsChangedBy('case.lapor_updated', {
        description: 'Isi LAPOR',
        trackingId: '2016005',
        laporStatus: 'Proses',
        reporterFieldsChanged: ['reporterName'],
      }),
    ).toEqual(['description']);
    expect(
      factsChangedBy('case.lapor_conflict_resolved', {
        conflictId: 'c',
        field: 'title',
        resolution: 'take_lapor',
      }),
    ).toEqual(['title']);
    expect(
      factsChangedBy('case.lapor_conflict_resolved', {
        conflictId: 'c',
        field: 'title',
        resolution: 'keep_simpul',
      }),
    ).toEqual([]);
  });

  it('counts comments, status changes, tags and locations as no change of a fact', () => {
    for (const type of [
      'comment.created',
      'case.status_changed',
      'case.tags_changed',
      'case.location_set',
    ]) {
      expect(factsChangedBy(type, { title: 'x', status: 'verified' })).toEqual([]);
      expect(FACT_EVENT_TYPES).not.toContain(type);
    }
  });

  it('keeps the latest change per field, with who made it', () => {
    const row = (seq: number, after: Record<string, string>, name: string) => ({
      seq,
      at: new Date(Date.UTC(2026, 10, 26, 3, seq)),
      type: 'case.updated',
      after,
      actor_user_id: `user-${name}`,
      actor_name: name,
      actor_agency_id: 'agency-1',
      actor_agency_short_name: 'UPT',
    });
    const latest = latestFactChanges([
      row(4, { title: 'A', priority: 'high' }, 'Budi'),
      row(6, { title: 'B' }, 'Sari'),
    ]);
    expect([...latest.keys()]).toEqual(['title', 'priority']);
    expect(latest.get('title')).toMatchObject({ seq: 6, actorName: 'Sari' });
    expect(latest.get('priority')).toMatchObject({ seq: 4, actorName: 'Budi' });
  });
});
