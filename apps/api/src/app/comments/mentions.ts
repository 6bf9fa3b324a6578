import type { EntityManager } from 'typeorm';
import type { CommentMention } from '@simpul/contracts';
import { runQuery } from '../database/typed-query';
import { mentionedAgencies, mentionedPeople } from './comments.queries';

/** At most this many `@` are looked up per comment, names of at most this many words. */
const MAX_MENTIONS = 20;
const MAX_NAME_WORDS = 8;
const MAX_NAME_LENGTH = 200;
/** An `@` starts a mention at the start or after anything but a letter, digit or `_.-@` (emails). */
const MENTION_PRECEDER = /[\p{L}\p{N}_.@-]/u;
/** Punctuation that may follow a name without being part of it: `@Budi, tolong…`. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"»”’]+$/u;

export interface MentionedAgency {
  id: string;
  name: string;
}

export interface ResolvedMentions {
  mentions: CommentMention[];
  /** People who can see the case, mentioned by name. */
  userIds: string[];
  /** Mentioned agencies that take part in the case (participants). */
  agenciesOnCase: MentionedAgency[];
  /** Mentioned agencies that do not take part: the UI offers to invite them; nothing is granted. */
  agenciesNotOnCase: MentionedAgency[];
}

interface Candidate {
  /** The text after `@` as written (whitespace collapsed, trailing punctuation dropped). */
  label: string;
  key: string;
}

/** The possible names after each `@`, longest first. */
export function mentionCandidates(body: string): Candidate[][] {
  const result: Candidate[][] = [];
  for (let at = body.indexOf('@'); at !== -1; at = body.indexOf('@', at + 1)) {
    if (result.length >= MAX_MENTIONS) break;
    if (at > 0 && MENTION_PRECEDER.test(body[at - 1])) continue;
    const rest = body.slice(at + 1, at + 1 + MAX_NAME_LENGTH).split(/[\r\n]/)[0];
    if (rest === '' || /^\s/.test(rest)) continue;
    const words = rest.split(/\s+/).filter(Boolean).slice(0, MAX_NAME_WORDS);
    const candidates: Candidate[] = [];
    for (let n = words.length; n >= 1; n--) {
      const phrase = words.slice(0, n).join(' ');
      for (const label of new Set([phrase, phrase.replace(TRAILING_PUNCTUATION, '')])) {
        if (label !== '') candidates.push({ label, key: label.toLocaleLowerCase('id') });
      }
    }
    result.push(candidates);
  }
  return result;
}

/**
 * Finds who a comment mentions: for each `@`, the longest following phrase that is (case
 * insensitive) the name of a person who can see the case, or the name or short name of an active
 * agency. Agencies are matched whether or not they take part in the case; taking part decides
 * whether their members are notified, and a mention never grants access.
 */
export async function resolveMentions(
  manager: EntityManager,
  caseId: string,
  body: string,
): Promise<ResolvedMentions> {
  const perAt = mentionCandidates(body);
  const keys = [...new Set(perAt.flat().map((c) => c.key))];
  const empty: ResolvedMentions = {
    mentions: [],
    userIds: [],
    agenciesOnCase: [],
    agenciesNotOnCase: [],
  };
  if (keys.length === 0) return empty;

  const people = await runQuery(manager, mentionedPeople, { caseId, keys });
  const agencies = await runQuery(manager, mentionedAgencies, { caseId, keys });

  const found = { ...empty, mentions: [] as CommentMention[] };
  const seen = new Set<string>();
  for (const candidates of perAt) {
    for (const candidate of candidates) {
      const key = candidate.key;
      const personMatches = people.filter((p) => p.key.toLocaleLowerCase('id') === key);
      const agencyMatches = agencies.filter(
        (a) =>
          a.name_key.toLocaleLowerCase('id') === key || a.short_key.toLocaleLowerCase('id') === key,
      );
      if (personMatches.length === 0 && agencyMatches.length === 0) continue;
      for (const person of personMatches) {
        if (seen.has(`user:${person.id}`)) continue;
        seen.add(`user:${person.id}`);
        found.mentions.push({ kind: 'user', id: person.id, label: candidate.label });
        found.userIds.push(person.id);
      }
      for (const agency of agencyMatches) {
        if (seen.has(`agency:${agency.id}`)) continue;
        seen.add(`agency:${agency.id}`);
        found.mentions.push({ kind: 'agency', id: agency.id, label: candidate.label });
        (agency.on_case ? found.agenciesOnCase : found.agenciesNotOnCase).push({
          id: agency.id,
          name: agency.short_name,
        });
      }
      break;
    }
  }
  return found;
}
