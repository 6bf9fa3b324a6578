import type { ClarificationDiffPart } from '@simpul/contracts';

/** Words, runs of white space, and single other characters (punctuation, markup). */
const TOKEN = /\s+|[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu;

/** Beyond this many edits the changed middle is shown as removed then added, whole. */
const MAX_EDITS = 4000;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * A word-level diff of two plain texts (Myers' O((N+M)·D) shortest edit script over tokens), as
 * runs of unchanged, added and removed text in reading order: removals before additions where a
 * passage was replaced. Joining the `same` and `removed` runs gives `before`; `same` and `added`
 * give `after`.
 */
export function wordDiff(before: string, after: string): ClarificationDiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const parts: ClarificationDiffPart[] = [];
  const push = (kind: ClarificationDiffPart['kind'], text: string) => {
    if (text === '') return;
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  push('same', a.slice(0, head).join(''));
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  for (const [kind, token] of editScript(midA, midB)) push(kind, token);
  push('same', a.slice(a.length - tail).join(''));
  return regroup(parts);
}

type Step = ['same' | 'added' | 'removed', string];

function editScript(a: string[], b: string[]): Step[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((t) => ['added', t]);
  if (m === 0) return a.map((t) => ['removed', t]);
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  if (!found) return [...a.map((t): Step => ['removed', t]), ...b.map((t): Step => ['added', t])];
  // Walk the trace back from (n, m).
  const steps: Step[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d];
    const k = x - y;
    const prevK =
      k === -d || (k !== d && prev[offset + k - 1] < prev[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      steps.push(['same', a[--x]]);
      y--;
    }
    if (x === prevX) steps.push(['added', b[--y]]);
    else steps.push(['removed', a[--x]]);
  }
  while (x > 0 && y > 0) {
    steps.push(['same', a[--x]]);
    y--;
  }
  return steps.reverse();
}

/**
 * Makes a replaced passage read as one removal then one addition: a run of white space alone
 * between two changes joins them (on both sides), so "a b c" → "x y z" is not word by word.
 */
function regroup(parts: ClarificationDiffPart[]): ClarificationDiffPart[] {
  const out: ClarificationDiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, i) => {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else if (
      /^\s+$/.test(part.text) &&
      (removed || added) &&
      i + 1 < parts.length &&
      parts[i + 1].kind !== 'same'
    ) {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      out.push({ ...part });
    }
  });
  flush();
  return out;
}
