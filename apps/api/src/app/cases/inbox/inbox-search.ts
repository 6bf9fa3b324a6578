import type { EntityManager } from 'typeorm';
import { CASE_RELATIONS, casePolicy } from '../../access/access-policy';
import type { Actor } from '../../access/actor';
import { runQuery } from '../../database/typed-query';
import { inboxExactMatches } from './inbox-search.queries';

/**
 * A search that can be an identifier: a case number, a LAPOR! Tracking ID or a phone number, at
 * most 40 characters of digits, letters, spaces and `+-().` with at least five digits. Anything
 * else (words) skips the exact lookups.
 */
const IDENTIFIER = /^(?=(?:\D*\d){5})[\p{L}\d\s+().-]{5,40}$/u;

/**
 * Case numbers are `SMP-<year>-<six digits>` (intake.sql): the digits come from one sequence that
 * never restarts, so the last six digits alone name one case. Written with or without dashes or
 * spaces, in any case, with or without `SMP`.
 */
const CASE_NUMBER = /^(?:([a-z]{2,5})[\s-]*)?(\d{4})[\s-]*(\d{6,7})$/i;
const CASE_SEQUENCE = /^\d{6,7}$/;
/** The first year with case numbers (the sequence began in 2026). */
const FIRST_NUMBER_YEAR = 2026;

/** The case numbers a search may mean (none when it is not one). */
export function caseNumberCandidates(q: string, now = new Date()): string[] {
  const text = q.trim();
  const full = CASE_NUMBER.exec(text);
  if (full) return [`${(full[1] ?? 'SMP').toUpperCase()}-${full[2]}-${full[3]}`];
  if (!CASE_SEQUENCE.test(text)) return [];
  // The year is in Jakarta time (UTC+7) in the number; a year ahead covers New Year's Eve.
  const last = new Date(now.getTime() + 7 * 3_600_000).getUTCFullYear();
  const years = [];
  for (let year = FIRST_NUMBER_YEAR; year <= last; year++) years.push(year);
  return years.map((year) => `SMP-${year}-${text}`);
}

/**
 * The readable cases a search names exactly: by case number, LAPOR! Tracking ID, or the reporter's
 * phone in any form (0812…, +62 812…, 62812…; the database's `simpul_phone_key`). A phone matches
 * only a report whose contact the reader may see (`casePolicy.findByReporterPhone`); for anyone
 * else the phone finds nothing, exactly as if no report had it, and an anonymous report's phone is
 * not even stored for matching.
 */
export async function exactCaseMatches(
  manager: EntityManager,
  actor: Actor,
  q: string,
): Promise<string[]> {
  const text = q.trim();
  if (!IDENTIFIER.test(text)) return [];
  const rows = await runQuery(manager, inboxExactMatches, {
    numbers: caseNumberCandidates(text),
    trackingId: text.length <= 20 && !/\s/.test(text) ? text : null,
    phone: text,
    agencyId: actor.agencyId,
    role: actor.role,
  });
  const ids = rows.flatMap((row) => {
    if (row.via !== 'phone') return [row.caseId];
    const relations = (row.relations ?? []).flatMap((name) => {
      const relation = CASE_RELATIONS.find((known) => known === name);
      return relation ? [relation] : [];
    });
    const access = { relations, role: actor.role, agencyId: actor.agencyId };
    return casePolicy.findByReporterPhone(access, { anonymous: row.anonymous }) ? [row.caseId] : [];
  });
  return [...new Set(ids)];
}
