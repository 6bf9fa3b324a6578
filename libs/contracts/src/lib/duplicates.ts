import type { CaseCategory, CaseParticipant } from './case';
import type { CaseStatus } from './case-status';

/** Default search radius for duplicates of cases with a point (metres). */
export const DEFAULT_DUPLICATE_RADIUS_METERS = 300;
/**
 * The longest texts a duplicate check reads; the web cuts longer pasted text there, so a long
 * WhatsApp message does not turn the check into a 400.
 */
export const DUPLICATE_PROBE_LIMITS = {
  title: 300,
  description: 20_000,
  locationText: 500,
} as const;

/** Largest radius a caller may ask for (metres). */
export const MAX_DUPLICATE_RADIUS_METERS = 5000;

/**
 * What the intake form knows before the case is saved: suggestions are open cases of the same
 * category near the point and/or with similar text, among the cases the actor may read.
 */
export interface DuplicateCandidatesRequest {
  category: CaseCategory;
  title?: string;
  description?: string;
  lat?: number;
  lng?: number;
  /** Kemendagri regency/city code, e.g. `35.07`. */
  regencyCode?: string;
  /** Kemendagri village code, e.g. `35.07.01.2001`. */
  villageCode?: string;
  /**
   * The location as typed. Without area codes, the server derives the village/regency from it
   * and the complaint's words, as intake does, to name the same village or regency as a reason.
   */
  locationText?: string;
  /** Defaults to the server's DUPLICATE_RADIUS_METERS (300 m). */
  radiusMeters?: number;
}

/** Why a case is suggested, in figures the interface words in Indonesian or English. */
export type DuplicateReason =
  | { kind: 'distance'; meters: number }
  | { kind: 'text'; field: 'title' | 'description'; similarity: number }
  | { kind: 'same_village'; villageCode: string }
  | { kind: 'same_regency'; regencyCode: string };

export interface DuplicateCandidate {
  caseId: string;
  number: string;
  title: string;
  status: CaseStatus;
  category: string;
  leadAgencyShortName: string;
  regencyCode: string | null;
  createdAt: string;
  /** 0..1: proximity and text similarity combined, with a bonus for the same village/regency. */
  score: number;
  /** Null when either case has no point. */
  distanceMeters: number | null;
  /** 0..1, the best trigram similarity of title or description. */
  textSimilarity: number;
  reasons: DuplicateReason[];
  /**
   * The actor may merge this case into the one being viewed at once: the acting agency leads both
   * (always false before saving).
   */
  canMerge: boolean;
  /**
   * Another agency leads this case: the actor may ask it to merge its case into the one being
   * viewed (nothing moves until that agency accepts).
   */
  canRequestMerge: boolean;
  /** A request to merge this case into the one being viewed is waiting for its lead agency. */
  pendingMergeRequestId: string | null;
}

export interface DuplicateCandidatesResponse {
  radiusMeters: number;
  candidates: DuplicateCandidate[];
}

/** Merge the duplicate into the case in the URL (the surviving case). */
export interface MergeCaseRequest {
  duplicateCaseId: string;
  /** The version of the surviving case the user saw (409 when stale). */
  version: number;
}

/** One side of a merge, as shown on the other case's page. */
export interface CaseMergeLink {
  caseId: string;
  number: string;
  title: string;
  mergedAt: string;
}

/** Ask the duplicate's lead agency to merge its case into the case in the URL. */
export interface MergeRequestCreate {
  duplicateCaseId: string;
  /** Why the cases are the same, for the agency that decides. */
  note?: string;
}

export const MERGE_REQUEST_STATUSES = ['pending', 'accepted', 'declined', 'void'] as const;
export type MergeRequestStatus = (typeof MERGE_REQUEST_STATUSES)[number];

/**
 * A request to merge `duplicate` into `surviving`, shown on both cases. `void`: it could no longer
 * be carried out (the requesting agency lost the lead, or no longer reads the duplicate, or one of
 * the cases was merged or closed meanwhile).
 */
export interface MergeRequestView {
  id: string;
  status: MergeRequestStatus;
  surviving: { caseId: string; number: string; title: string };
  /**
   * The agencies taking part in the surviving case: after an accepted merge they read the
   * duplicate's reporters (shown to the decider, who may not read that case yet).
   */
  survivingParticipants: CaseParticipant[];
  duplicate: { caseId: string; number: string; title: string };
  requestedByAgencyShortName: string;
  requestedByName: string | null;
  requestedAt: string;
  note: string | null;
  decidedAt: string | null;
  decidedByName: string | null;
  decisionNote: string | null;
  /** The viewer may accept or decline it (the duplicate's lead agency's admin or petugas). */
  canDecide: boolean;
}

export interface MergeRequestList {
  items: MergeRequestView[];
}

/** The duplicate's lead agency declines a merge request. */
export interface MergeRequestDecline {
  note?: string;
}
