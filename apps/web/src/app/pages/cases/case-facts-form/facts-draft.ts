import type { CaseDetail, CaseEditableField } from '@simpul/contracts';

/** The facts "Ubah fakta kasus" edits (the location has its own editor), in the form's order. */
export const FACT_FIELDS = [
  'title',
  'description',
  'category',
  'classification',
  'priority',
  'incidentDate',
] as const satisfies readonly CaseEditableField[];
export type FactField = (typeof FACT_FIELDS)[number];

/** Values as the API holds them: `incidentDate` `YYYY-MM-DD` or null. */
export type FactValues = Record<FactField, string | null>;

export const isFactField = (field: string): field is FactField =>
  FACT_FIELDS.some((known) => known === field);

export function factValues(detail: CaseDetail): FactValues {
  return {
    title: detail.title,
    description: detail.description,
    category: detail.category,
    classification: detail.classification,
    priority: detail.priority,
    incidentDate: detail.incidentDate,
  };
}

/** Someone else's value of a field the person also changed, and who set it when it is known. */
export interface TheirChange {
  value: string | null;
  name: string | null;
  agency: string | null;
  at: string | null;
}

/**
 * What the form is based on, and the fields that need a choice. `version` is the case version the
 * form is based on: it moves forward with live changes only while no field the person edited has
 * a newer value from someone else, so the API can tell that field was changed since.
 */
export class FactsDraft {
  private base: FactValues;
  private baseVersion: number;
  private seenVersion: number;
  private readonly pending = new Map<FactField, TheirChange>();

  constructor(detail: CaseDetail) {
    this.base = factValues(detail);
    this.baseVersion = detail.version;
    this.seenVersion = detail.version;
  }

  get version(): number {
    return this.baseVersion;
  }

  get conflicts(): ReadonlyMap<FactField, TheirChange> {
    return this.pending;
  }

  baseValue(field: FactField): string | null {
    return this.base[field];
  }

  /** The fields whose value in the form differs from the base. */
  changed(mine: FactValues): FactField[] {
    return FACT_FIELDS.filter((field) => mine[field] !== this.base[field]);
  }

  /**
   * A newer version of the case arrived. A field the person left alone takes the new value
   * (`adopt` is called with it); a field they changed to something else keeps their value and
   * waits for a choice. Answers false when the version was already seen.
   */
  arrive(
    detail: CaseDetail,
    mine: FactValues,
    adopt: (field: FactField, value: string | null) => void,
  ): boolean {
    if (detail.version <= this.seenVersion) return false;
    const live = factValues(detail);
    for (const field of FACT_FIELDS) {
      const known = this.pending.get(field);
      if (live[field] === this.base[field]) {
        this.pending.delete(field);
        continue;
      }
      if (mine[field] === this.base[field]) {
        adopt(field, live[field]);
        this.base[field] = live[field];
      } else if (mine[field] === live[field]) {
        this.base[field] = live[field];
        this.pending.delete(field);
      } else {
        const sameValue = known?.value === live[field];
        this.pending.set(field, {
          value: live[field],
          name: sameValue ? known.name : null,
          agency: sameValue ? known.agency : null,
          at: sameValue ? known.at : null,
        });
      }
    }
    this.seenVersion = detail.version;
    this.settle();
    return true;
  }

  /** The API named who changed a field (409): the choice shows it. */
  name(field: FactField, change: TheirChange): void {
    this.pending.set(field, change);
  }

  /** Past a conflict answer: its version is the one to send once every choice is made. */
  seen(version: number): void {
    this.seenVersion = Math.max(this.seenVersion, version);
  }

  /** The person chose for a field: theirs becomes the base (kept as is, or replaced by mine). */
  choose(field: FactField): TheirChange | undefined {
    const change = this.pending.get(field);
    if (!change) return undefined;
    this.base[field] = change.value;
    this.pending.delete(field);
    this.settle();
    return change;
  }

  /** Saved: the case as the API answered is the new base. */
  rebase(detail: CaseDetail): void {
    this.base = factValues(detail);
    this.baseVersion = detail.version;
    this.seenVersion = detail.version;
    this.pending.clear();
  }

  /** With every newer value accounted for, the form is based on the latest version seen. */
  private settle(): void {
    if (this.pending.size === 0) this.baseVersion = this.seenVersion;
  }
}
