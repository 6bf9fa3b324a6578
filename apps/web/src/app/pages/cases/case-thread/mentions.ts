/** Someone or some agency that may be mentioned with `@`. */
export interface MentionCandidate {
  kind: 'user' | 'agency';
  id: string;
  /** What is inserted after `@`: a person's name or an agency's short name. */
  label: string;
  /** A second line: the person's agency, or the agency's role on the case. */
  detail: string;
  /** An agency that does not take part in the case (mentioning it grants nothing). */
  notOnCase?: boolean;
}

export interface ActiveMention {
  /** Index of the `@` in the text. */
  start: number;
  query: string;
}

const MAX_QUERY = 40;
const MAX_OPTIONS = 8;

/** The `@…` being typed just before the caret, if any. */
export function activeMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  if (at > 0 && !/\s|[([]/.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /\n/.test(query) || /\s{2}/.test(query)) return null;
  if (query.startsWith(' ')) return null;
  return { start: at, query };
}

/** Candidates matching the typed text: names starting with it first, then those containing it. */
export function matchMentions(
  candidates: readonly MentionCandidate[],
  query: string,
): MentionCandidate[] {
  const wanted = query.trim().toLowerCase();
  const scored = candidates
    .map((candidate) => {
      const label = candidate.label.toLowerCase();
      const wordStart = label.split(/\s+/).some((word) => word.startsWith(wanted));
      const rank = label.startsWith(wanted) ? 0 : wordStart ? 1 : label.includes(wanted) ? 2 : 3;
      return { candidate, rank };
    })
    .filter(({ rank }) => rank < 3)
    .sort((a, b) => a.rank - b.rank || a.candidate.label.localeCompare(b.candidate.label, 'id'));
  return scored.slice(0, MAX_OPTIONS).map(({ candidate }) => candidate);
}

/** The text with the typed `@query` replaced by the chosen label, and where the caret goes. */
export function insertMention(
  text: string,
  mention: ActiveMention,
  caret: number,
  label: string,
): { text: string; caret: number } {
  const inserted = `@${label} `;
  const after = text.slice(caret).replace(/^ /, '');
  return {
    text: text.slice(0, mention.start) + inserted + after,
    caret: mention.start + inserted.length,
  };
}
