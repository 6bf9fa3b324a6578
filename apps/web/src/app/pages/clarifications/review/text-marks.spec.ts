import * as Y from 'yjs';
import {
  anchorFor,
  decodePosition,
  encodePosition,
  keepCaretLabelsInside,
  overlaySegments,
  peerColor,
  PEER_COLORS,
  resolveAnchor,
} from './text-marks';

describe('text marks', () => {
  const docWith = (text: string) => {
    const doc = new Y.Doc();
    doc.getText('penjelasan').insert(0, text);
    return doc;
  };

  it('keeps an anchor on its words while another editor types around and inside them', () => {
    const a = docWith('Jembatan X tidak putus hari ini.');
    const anchor = anchorFor(a, 'penjelasan', 11, 22);
    expect(anchor.quote).toBe('tidak putus');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    b.getText('penjelasan').insert(0, 'BERITA: ');
    b.getText('penjelasan').insert('BERITA: Jembatan X tidak '.length, 'sama sekali ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const range = resolveAnchor(a, 'penjelasan', anchor);
    expect(range).toEqual({ from: 19, to: 42 });
    expect(a.getText('penjelasan').toString().slice(19, 42)).toBe('tidak sama sekali putus');
  });

  it('says deleted when all the anchored text is gone, unknown before the text arrives', () => {
    const a = docWith('Jembatan X tidak putus.');
    const anchor = anchorFor(a, 'penjelasan', 11, 22);
    expect(resolveAnchor(new Y.Doc(), 'penjelasan', anchor)).toBe('unknown');
    a.getText('penjelasan').delete(10, 12);
    expect(resolveAnchor(a, 'penjelasan', anchor)).toBe('deleted');
    // Asked in another section: not there.
    expect(resolveAnchor(a, 'faktanya', anchor)).toBe('unknown');
    expect(decodePosition(a, 'penjelasan', 'bukan base64!')).toBeNull();
  });

  it('moves a caret with the text typed before it', () => {
    const a = docWith('abc');
    const caret = encodePosition(a.getText('penjelasan'), 2);
    a.getText('penjelasan').insert(0, 'xyz');
    expect(decodePosition(a, 'penjelasan', caret)).toBe(5);
  });

  it('cuts the text into runs carrying highlights, selections and carets, losing no text', () => {
    const text = 'Jembatan X tidak putus.';
    const segments = overlaySegments(text, [
      { kind: 'comment', from: 11, to: 22, active: true },
      { kind: 'selection', from: 0, to: 8, color: 'red' },
      { kind: 'caret', from: 8, to: 8, label: 'Sari', color: 'red' },
      { kind: 'caret', from: 23, to: 23, label: 'Budi', color: 'green' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[0]).toEqual({
      text: 'Jembatan',
      comment: false,
      active: false,
      selection: 'color-mix(in srgb, red 28%, transparent)',
      carets: [],
    });
    expect(segments[1].carets).toEqual([{ label: 'Sari', color: 'red' }]);
    expect(segments.find((s) => s.text === 'tidak putus')).toEqual(
      jasmine.objectContaining({ comment: true, active: true, selection: null }),
    );
    expect(segments[segments.length - 1]).toEqual(
      jasmine.objectContaining({ text: '', carets: [{ label: 'Budi', color: 'green' }] }),
    );
  });

  it('gives a caret on an empty last line something to stand on, and clamps stale marks', () => {
    const segments = overlaySegments('a\n', [{ kind: 'caret', from: 99, to: 99, label: 'X' }]);
    expect(segments.map((s) => s.text)).toEqual(['a\n', '\u200b']);
    expect(segments[1].carets[0].label).toBe('X');
    expect(overlaySegments('', [])).toEqual([]);
  });

  it('colours every editor with a theme colour, the same one each time', () => {
    expect(PEER_COLORS as readonly string[]).toContain(peerColor(123456));
    expect(peerColor(42)).toBe(peerColor(42));
    expect(new Set([1, 2, 3, 4, 5].map(peerColor)).size).toBe(5);
  });

  it('turns a caret label that would stick out of its text box to run left', () => {
    const host = document.createElement('div');
    host.innerHTML = `
      <div class="overlay" style="position:relative;width:200px">
        <span class="caret" style="position:absolute;left:10px"><span class="caret-label" style="position:absolute;left:0;white-space:nowrap">Sari</span></span>
        <span class="caret" style="position:absolute;left:190px"><span class="caret-label" style="position:absolute;left:0;white-space:nowrap">Budi Santoso</span></span>
      </div>`;
    document.body.appendChild(host);
    try {
      keepCaretLabelsInside(host);
      const [near, far] = Array.from(host.querySelectorAll('.caret-label'));
      expect(near.classList).not.toContain('flip');
      expect(far.classList).toContain('flip');
    } finally {
      host.remove();
    }
  });
});
