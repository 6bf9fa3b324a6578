import * as Y from 'yjs';

interface KeptSelection {
  area: HTMLTextAreaElement;
  start: Y.RelativePosition;
  end: Y.RelativePosition;
}

/** A caret sticks to the character before it (so text others insert right after it stays after). */
const relative = (text: Y.Text, index: number) =>
  Y.createRelativePositionFromTypeIndex(text, index, index > 0 ? -1 : 0);

/**
 * Keeps the section textareas (`textarea[data-section]` inside `host`) equal to the Yjs document
 * the moment a change that is not this tab's typing (`localOrigin`) is applied, the focused one's
 * caret and selection staying where they were in the text. Without it the textarea shows the old
 * text until the next render: a key pressed meanwhile is diffed against the newer document and
 * deletes what the other person just typed, and the render then throws the caret to the end.
 * Returns the function that stops it.
 */
export function keepTextareasInStep(
  doc: Y.Doc,
  host: HTMLElement,
  localOrigin: unknown,
): () => void {
  let kept: KeptSelection | null = null;
  const before = (transaction: Y.Transaction) => {
    kept = null;
    if (transaction.origin === localOrigin) return;
    const area = host.ownerDocument.activeElement;
    if (!(area instanceof HTMLTextAreaElement) || !host.contains(area)) return;
    const section = area.dataset['section'];
    if (!section) return;
    const text = doc.getText(section);
    kept = {
      area,
      start: relative(text, area.selectionStart),
      end: relative(text, area.selectionEnd),
    };
  };
  const after = (transaction: Y.Transaction) => {
    if (transaction.origin === localOrigin) return;
    let focusedChanged = false;
    host.querySelectorAll<HTMLTextAreaElement>('textarea[data-section]').forEach((area) => {
      const value = doc.getText(area.dataset['section'] as string).toString();
      if (area.value === value) return;
      area.value = value;
      if (area === kept?.area) focusedChanged = true;
    });
    if (kept && focusedChanged) {
      const start = Y.createAbsolutePositionFromRelativePosition(kept.start, doc)?.index;
      const end = Y.createAbsolutePositionFromRelativePosition(kept.end, doc)?.index;
      if (start !== undefined && end !== undefined) kept.area.setSelectionRange(start, end);
    }
    kept = null;
  };
  doc.on('beforeTransaction', before);
  doc.on('afterTransaction', after);
  return () => {
    doc.off('beforeTransaction', before);
    doc.off('afterTransaction', after);
  };
}
