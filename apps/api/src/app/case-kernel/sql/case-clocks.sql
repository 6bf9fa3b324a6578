/*
  The SLA clocks' statements (case-clocks.ts, clock-timers.ts). Types: npm run sql:types.
*/

/* @name ClockedCase */
SELECT c.id, c.category, c.channel, c.status, a.kind, c.road_status, c.lat IS NOT NULL AS "has_point!",
  (c.location_text IS NOT NULL OR c.lat IS NOT NULL OR c.village_code IS NOT NULL OR c.district_code IS NOT NULL) AS "has_location!"
FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead' JOIN agency a ON a.id = p.agency_id
WHERE c.id = :caseId!;

/* @name PauseClocks */
UPDATE case_clock SET pauses = pauses || jsonb_build_array(jsonb_build_object('from', :at!::timestamptz, 'to', null)), deadline = NULL
WHERE case_id = :caseId! AND completed_at IS NULL AND clock <> 'needs_information'
  AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(pauses) p WHERE p->>'to' IS NULL);

/* @name ResumeClocks */
UPDATE case_clock SET pauses = (
  SELECT jsonb_agg(CASE WHEN p->>'to' IS NULL THEN jsonb_set(p, '{to}', to_jsonb(:at!::timestamptz)) ELSE p END)
  FROM jsonb_array_elements(pauses) p)
WHERE case_id = :caseId! AND completed_at IS NULL AND jsonb_array_length(pauses) > 0;

/* @name CompleteClocks */
UPDATE case_clock SET completed_at = :at! WHERE case_id = :caseId! AND clock = ANY(:clocks!) AND completed_at IS NULL;

/* @name RunningClocks */
SELECT * FROM case_clock WHERE case_id = :caseId! AND completed_at IS NULL;

/* @name ClocksOfCase */
SELECT * FROM case_clock WHERE case_id = :caseId! ORDER BY started_at, clock;

/* @name StopClock */
UPDATE case_clock SET completed_at = :at! WHERE case_id = :caseId! AND clock = :clock!;

/* @name ChangeClockLimit */
UPDATE case_clock SET kind = :kind!, amount = :amount! WHERE case_id = :caseId! AND clock = :clock!;

/* @name StartClock */
INSERT INTO case_clock (case_id, clock, kind, amount, started_at) VALUES (:caseId!, :clock!, :kind!, :amount!, :at!)
ON CONFLICT (case_id, clock) DO UPDATE SET started_at = EXCLUDED.started_at, pauses = '[]',
  completed_at = NULL, escalated_at = NULL, kind = EXCLUDED.kind, amount = EXCLUDED.amount
WHERE case_clock.completed_at IS NOT NULL;

/* @name StoreDeadline */
UPDATE case_clock SET deadline = :deadline WHERE case_id = :caseId! AND clock = :clock!;

/* @name CalendarOverrides */
SELECT to_char(date, 'YYYY-MM-DD') AS "date!", kind, name FROM calendar_override ORDER BY date;

/* @name ClocksAroundDay */
SELECT * FROM case_clock
WHERE completed_at IS NULL AND deadline IS NOT NULL
  AND started_at < :day!::date + 2 AND deadline > :day!::date - 1
  AND (:afterCase::uuid IS NULL OR (case_id, clock) > (:afterCase::uuid, :afterClock!::varchar))
ORDER BY case_id, clock LIMIT :limit! FOR UPDATE;

/* @name DueClocks */
SELECT case_id, clock, deadline AS "deadline!" FROM case_clock
WHERE completed_at IS NULL AND escalated_at IS NULL AND deadline <= now() + make_interval(mins => :minutes!)
ORDER BY deadline LIMIT 10000;

/* @name LockDueClock */
SELECT * FROM case_clock
WHERE case_id = :caseId! AND clock = :clock! AND completed_at IS NULL AND escalated_at IS NULL FOR UPDATE;

/* @name LockCaseStatus */
SELECT status, status_before_hold FROM "case" WHERE id = :caseId! FOR UPDATE;

/* @name EscalateClock */
UPDATE case_clock SET escalated_at = :at! WHERE case_id = :caseId! AND clock = :clock!;
