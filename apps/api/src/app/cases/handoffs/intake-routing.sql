/* Intake routing (intake-routing.ts): whether a case is still as it was taken in. Types: npm run sql:types. */

/*
  A case is still at intake while it is open, no handoff was ever proposed for it and its lead is
  the agency that took one of its reports in (nobody disposed, handed over or arbitrated it yet).
*/
/* @name IntakeState */
SELECT c.status, lp.agency_id AS lead_agency_id,
  EXISTS (SELECT 1 FROM case_handoff h WHERE h.case_id = c.id) AS "handed!",
  EXISTS (SELECT 1 FROM case_report r WHERE r.case_id = c.id AND r.intake_agency_id = lp.agency_id) AS "lead_took_it_in!"
FROM "case" c JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
WHERE c.id = :caseId!
FOR UPDATE OF c;

/* @name SystemReach */
SELECT coalesce(current_setting('simpul.system', true) = 'on', false) AS "system!";
