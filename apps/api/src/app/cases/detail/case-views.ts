import {
  LAPOR_BUCKETS,
  type CaseClockView,
  type CaseReportView,
  type CaseSummary,
  type SlaState,
} from '@simpul/contracts';
import {
  casePolicy,
  type CaseAccessContext,
  type ReportIdentity,
} from '../../access/access-policy';
import type { CaseRow } from '../../case-kernel/case-repository';

/** A report of a case as stored (`SELECT * FROM case_report`). */
export interface ReportRow {
  id: string;
  tracking_id: string | null;
  reporter_name: string | null;
  reporter_contact: string | null;
  reporter_nik: string | null;
  anonymous: boolean;
  confidential: boolean;
  /** The agency that took this report in (moves with the report in a merge). */
  intake_agency_id: string;
}

/** What the identity rules read of a report. */
export const identityOf = (report: ReportRow): ReportIdentity => ({
  anonymous: report.anonymous,
  intakeAgencyId: report.intake_agency_id,
});

/** Personal data passes through the policy here and nowhere else. */
export function toReportView(report: ReportRow, access: CaseAccessContext): CaseReportView {
  const contactVisible = casePolicy.readReporterContact(access, report);
  const nikVisible = casePolicy.readNik(access, identityOf(report));
  const hidden: CaseReportView['reporter']['hidden'] = [];
  if (!contactVisible) hidden.push('name', 'contact');
  if (!nikVisible) hidden.push('nik');
  return {
    id: report.id,
    trackingId: report.tracking_id,
    confidential: report.confidential,
    reporter: {
      name: contactVisible ? report.reporter_name : null,
      contact: contactVisible ? report.reporter_contact : null,
      nik: nikVisible ? report.reporter_nik : null,
      anonymous: report.anonymous,
      hidden,
      canRevealIdentity: casePolicy.revealIdentity(access, identityOf(report)),
    },
    intakeAgencyId: report.intake_agency_id,
  };
}

export function toSummary(row: CaseRow): CaseSummary {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    channel: row.channel,
    classification: row.classification,
    category: row.category,
    status: row.status,
    laporBucket: LAPOR_BUCKETS[row.status],
    priority: row.priority,
    leadAgencyId: row.lead_agency_id,
    leadAgencyShortName: row.lead_agency_short_name,
    regencyCode: row.regency_code,
    createdAt: row.created_at.toISOString(),
  };
}

const SLA_SEVERITY: Record<SlaState, number> = { on_track: 0, due_soon: 1, overdue: 2 };

/** The worst state among a case's running clocks. */
export function worstState(clocks: CaseClockView[]): SlaState | null {
  return clocks.reduce<SlaState | null>(
    (worst, c) =>
      c.state && (!worst || SLA_SEVERITY[c.state] > SLA_SEVERITY[worst]) ? c.state : worst,
    null,
  );
}
