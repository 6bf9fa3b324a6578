/* The reporter messages' write statements (reporter-messages.service.ts). Types: npm run sql:types. */

/* @name SenderReport */
SELECT r.id, r.anonymous, r.reporter_contact, c.number, c.title, a.short_name AS agency_name
FROM case_report r JOIN "case" c ON c.id = r.case_id
JOIN case_participant lp ON lp.case_id = c.id AND lp.role = 'lead'
JOIN agency a ON a.id = lp.agency_id
WHERE r.id = :reportId! AND r.case_id = :caseId!;

/* @name LatestPublicReply */
SELECT body FROM (
  SELECT cc.body, cc.created_at AS at FROM case_comment cc
  WHERE cc.case_id = :caseId! AND cc.visibility = 'public' AND cc.author_kind = 'officer'
    AND cc.deleted_at IS NULL AND cc.body IS NOT NULL
  UNION ALL
  SELECT e.after->>'note', e.at FROM case_event e
  WHERE e.case_id = :caseId! AND e.type = 'case.status_changed' AND e.after->>'action' = 'follow_up'
) replies WHERE body IS NOT NULL AND body <> '' ORDER BY at DESC LIMIT 1;

/* @name InsertMessage */
INSERT INTO reporter_message (case_id, report_id, channel, template, recipient, subject, body, sent_by, sent_by_agency_id, status)
VALUES (:caseId!, :reportId!, :channel!, :template!, :recipient!, :subject, :body!, :sentBy!, :sentByAgencyId, :status!) RETURNING id;

/* @name SetMessageStatus */
UPDATE reporter_message SET status = :status!, status_at = now()
WHERE id = :messageId! AND case_id = :caseId! AND report_id = :reportId! AND status = 'prepared'
RETURNING channel, template;

/* A report's messages, newest first, or (messageId) one of them. */
/* @name LoadMessages */
SELECT m.id, m.report_id, m.channel, m.template, m.recipient, m.subject, m.body,
       u.name AS "sent_by_name?", a.short_name AS "sent_by_agency_name?", m.sent_at, m.status
FROM reporter_message m
LEFT JOIN app_user u ON u.id = m.sent_by
LEFT JOIN agency a ON a.id = m.sent_by_agency_id
WHERE m.case_id = :caseId! AND m.report_id = :reportId! AND (:messageId::uuid IS NULL OR m.id = :messageId)
ORDER BY m.sent_at DESC, m.id LIMIT 200;
