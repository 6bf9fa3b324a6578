import * as Y from 'yjs';
import { applyTextChange } from './clarification-editor-page';
import { keepTextareasInStep } from './textarea-sync';

describe('keepTextareasInStep', () => {
  let host: HTMLElement;
  let area: HTMLTextAreaElement;
  let mine: Y.Doc;
  let theirs: Y.Doc;
  let stop: () => void;

  /** Their edit, arriving in this tab as a remote update. */
  const fromThem = (edit: (text: Y.Text) => void) => {
    const before = Y.encodeStateVector(mine);
    edit(theirs.getText('penjelasan'));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs, before), 'remote');
  };
  /** This tab's typing, as the editor applies it on `input`. */
  const type = (insert: string) => {
    const at = area.selectionStart;
    area.setRangeText(insert, at, area.selectionEnd, 'end');
    const text = mine.getText('penjelasan');
    applyTextChange(text, text.toString(), area.value);
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine, Y.encodeStateVector(theirs)));
  };

  beforeEach(() => {
    host = document.createElement('div');
    area = document.createElement('textarea');
    area.dataset['section'] = 'penjelasan';
    host.appendChild(area);
    document.body.appendChild(host);
    mine = new Y.Doc();
    theirs = new Y.Doc();
    theirs.getText('penjelasan').insert(0, 'Jembatan berdiri.');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs), 'remote');
    stop = keepTextareasInStep(mine, host, 'local');
    area.value = mine.getText('penjelasan').toString();
    area.focus();
  });

  afterEach(() => {
    stop();
    host.remove();
  });

  it("shows their change at once and keeps this tab's caret in its text", () => {
    area.setSelectionRange(9, 9); // after "Jembatan "
    fromThem((t) => t.insert(0, 'FAKTA: '));
    expect(area.value).toBe('FAKTA: Jembatan berdiri.');
    expect(area.selectionStart).toBe(16);
    // Their text inserted right at the caret stays after it.
    fromThem((t) => t.insert(16, 'X '));
    expect(area.value).toBe('FAKTA: Jembatan X berdiri.');
    expect(area.selectionStart).toBe(16);
  });

  it('loses neither side when both type into the same sentence', () => {
    area.setSelectionRange(area.value.length, area.value.length);
    type(' Foto');
    fromThem((t) => t.insert(0, 'Cek: '));
    type(' UPT.');
    expect(area.value).toBe('Cek: Jembatan berdiri. Foto UPT.');
    expect(theirs.getText('penjelasan').toString()).toBe(area.value);
  });

  it('stops when asked', () => {
    stop();
    fromThem((t) => t.insert(0, 'X'));
    expect(area.value).toBe('Jembatan berdiri.');
  });
});
