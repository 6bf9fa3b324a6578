import { activeMention, insertMention, matchMentions, type MentionCandidate } from './mentions';

const candidates: MentionCandidate[] = [
  { kind: 'agency', id: 'a1', label: 'UPT PJJ Malang', detail: 'Utama' },
  { kind: 'agency', id: 'a2', label: 'BPBD Kab. Malang', detail: 'Pengamat' },
  { kind: 'user', id: 'u1', label: 'Budi Santoso', detail: 'UPT PJJ Malang' },
  { kind: 'user', id: 'u2', label: 'Sari Budiarti', detail: 'DPU BM Jatim' },
];

describe('mentions', () => {
  it('finds the @query being typed before the caret', () => {
    expect(activeMention('Mohon @UPT', 10)).toEqual({ start: 6, query: 'UPT' });
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMention('Mohon @UPT PJJ', 14)).toEqual({ start: 6, query: 'UPT PJJ' });
  });

  it('ignores email addresses, finished lines and long runs', () => {
    expect(activeMention('budi@dpu.go.id', 14)).toBeNull();
    expect(activeMention('@Budi\nlanjut', 12)).toBeNull();
    expect(activeMention('@Budi  sudah', 12)).toBeNull();
    expect(activeMention('tanpa sebutan', 13)).toBeNull();
  });

  it('ranks names that start with the query before names that contain it', () => {
    expect(matchMentions(candidates, 'bud').map((c) => c.id)).toEqual(['u1', 'u2']);
    expect(matchMentions(candidates, 'malang').map((c) => c.id)).toEqual(['a2', 'a1']);
    expect(matchMentions(candidates, '').length).toBe(4);
    expect(matchMentions(candidates, 'zzz')).toEqual([]);
  });

  it('replaces the typed query with the chosen label and a space', () => {
    const text = 'Mohon @upt cek lokasi';
    const result = insertMention(text, { start: 6, query: 'upt' }, 10, 'UPT PJJ Malang');
    expect(result.text).toBe('Mohon @UPT PJJ Malang cek lokasi');
    expect(result.caret).toBe('Mohon @UPT PJJ Malang '.length);
  });
});
