-- GENERATED FILE, do not edit: the schema a fresh run of the migrations produces
-- (apps/api/src/app/database/migrations), read from PostgreSQL's catalogue.
-- Regenerate with `npm run schema:dump` (tools/schema-dump.mjs) after changing a migration;
-- apps/api/test/schema.int-spec.ts (part of `npm test`) fails when this file is stale.
-- Same text on PostgreSQL 15 and 18. Left out: owners (the migrating role), extension versions,
-- the pgboss schema (pg-boss installs it at start) and TypeORM's typeorm_migrations table.

-- ================================================================================================
-- Extensions

CREATE EXTENSION IF NOT EXISTS "btree_gist";
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- ================================================================================================
-- Schema privileges

GRANT USAGE ON SCHEMA public TO PUBLIC;
GRANT USAGE ON SCHEMA public TO simpul_app;

-- ================================================================================================
-- Sequences

CREATE SEQUENCE "audit_log_id_seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 OWNED BY "audit_log"."id";
CREATE SEQUENCE "case_event_id_seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 OWNED BY "case_event"."id";
CREATE SEQUENCE "case_number_seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1;
CREATE SEQUENCE "clarification_event_id_seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 OWNED BY "clarification_event"."id";
CREATE SEQUENCE "clarification_update_id_seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 OWNED BY "clarification_update"."id";
CREATE SEQUENCE "outbox_id_seq" AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 OWNED BY "outbox"."id";

-- ================================================================================================
-- Tables (columns, constraints, storage options, row-level security)

CREATE TABLE "agency" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "code" character varying(64) NOT NULL,
  "name" character varying(200) NOT NULL,
  "short_name" character varying(80) NOT NULL,
  "kind" character varying(40) NOT NULL,
  "parent_id" uuid,
  "regency_codes" text[] DEFAULT '{}'::text[] NOT NULL,
  "active" boolean DEFAULT true NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "agency_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "agency_pkey" PRIMARY KEY (id),
  CONSTRAINT "ck_agency_kind" CHECK (kind::text = ANY (ARRAY['provincial_department'::character varying, 'field_unit'::character varying, 'national_road_authority'::character varying, 'national_work_unit'::character varying, 'regency_office'::character varying, 'village_government'::character varying, 'government_body'::character varying, 'utility'::character varying]::text[])),
  CONSTRAINT "ck_agency_not_own_parent" CHECK (parent_id IS NULL OR parent_id <> id),
  CONSTRAINT "uq_agency_code" UNIQUE (code)
);

CREATE TABLE "agency_coordination" (
  "coordinator_id" uuid NOT NULL,
  "coordinated_id" uuid NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "agency_coordination_coordinated_id_fkey" FOREIGN KEY (coordinated_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "agency_coordination_coordinator_id_fkey" FOREIGN KEY (coordinator_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "agency_coordination_pkey" PRIMARY KEY (coordinator_id, coordinated_id),
  CONSTRAINT "ck_coordination_not_self" CHECK (coordinator_id <> coordinated_id)
);

CREATE TABLE "agency_leader_threshold" (
  "agency_id" uuid NOT NULL,
  "due_soon_fraction" double precision NOT NULL,
  "due_soon_min_working_days" double precision NOT NULL,
  "stalled_working_days" integer NOT NULL,
  "updated_by" uuid,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "agency_leader_threshold_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "agency_leader_threshold_pkey" PRIMARY KEY (agency_id),
  CONSTRAINT "agency_leader_threshold_updated_by_fkey" FOREIGN KEY (updated_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "ck_leader_threshold_fraction" CHECK (due_soon_fraction >= 0::double precision AND due_soon_fraction <= 1::double precision),
  CONSTRAINT "ck_leader_threshold_min_days" CHECK (due_soon_min_working_days >= 0::double precision AND due_soon_min_working_days <= 10::double precision),
  CONSTRAINT "ck_leader_threshold_stalled" CHECK (stalled_working_days >= 1 AND stalled_working_days <= 60)
);

CREATE TABLE "app_meta" (
  "key" character varying(100) NOT NULL,
  "value" jsonb NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "app_meta_pkey" PRIMARY KEY (key)
);

CREATE TABLE "app_user" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "email" character varying(254) NOT NULL,
  "name" character varying(120) NOT NULL,
  "password_hash" text,
  "is_superadmin" boolean DEFAULT false NOT NULL,
  "active" boolean DEFAULT true NOT NULL,
  "must_change_password" boolean DEFAULT false NOT NULL,
  "last_sign_in_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "app_user_pkey" PRIMARY KEY (id)
);

CREATE TABLE "audit_log" (
  "id" bigint DEFAULT nextval('audit_log_id_seq'::regclass) NOT NULL,
  "at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  "action" character varying(48) NOT NULL,
  "actor_user_id" uuid,
  "agency_id" uuid,
  "target_type" character varying(32),
  "target_id" character varying(64),
  "ip" character varying(64),
  "details" jsonb DEFAULT '{}'::jsonb NOT NULL,
  CONSTRAINT "audit_log_pkey" PRIMARY KEY (id)
);
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "auth_session" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "user_id" uuid NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  "revoked_at" timestamp with time zone,
  "user_agent" character varying(300),
  "ip" character varying(64),
  CONSTRAINT "auth_session_pkey" PRIMARY KEY (id),
  CONSTRAINT "auth_session_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);

CREATE TABLE "calendar_override" (
  "date" date NOT NULL,
  "kind" character varying(16) NOT NULL,
  "name" character varying(120),
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "calendar_override_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "calendar_override_pkey" PRIMARY KEY (date),
  CONSTRAINT "ck_calendar_override_kind" CHECK (kind::text = ANY (ARRAY['holiday'::character varying, 'working'::character varying]::text[]))
);

CREATE TABLE "case" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "number" character varying(32) NOT NULL,
  "title" character varying(300) NOT NULL,
  "description" text NOT NULL,
  "classification" character varying(32) NOT NULL,
  "channel" character varying(32) NOT NULL,
  "category" character varying(64) NOT NULL,
  "status" character varying(32) DEFAULT 'new'::character varying NOT NULL,
  "regency_code" character varying(8),
  "location_text" text,
  "incident_date" date,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "intake_agency_id" uuid NOT NULL,
  "version" integer DEFAULT 1 NOT NULL,
  "closed_at" timestamp with time zone,
  "status_before_hold" character varying(32),
  "priority" character varying(16) DEFAULT 'normal'::character varying NOT NULL,
  "tags" text[] DEFAULT '{}'::text[] NOT NULL,
  "last_event_seq" integer DEFAULT 0 NOT NULL,
  "lat" double precision,
  "lng" double precision,
  "province_code" character varying(2),
  "district_code" character varying(8),
  "village_code" character varying(13),
  "location_confidence" character varying(8) DEFAULT 'unknown'::character varying NOT NULL,
  "location_source" character varying(16),
  "location_updated_at" timestamp with time zone,
  "merged_into_case_id" uuid,
  "merged_at" timestamp with time zone,
  "merged_by" uuid,
  "participant_agency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
  "next_deadline" timestamp with time zone,
  "sla_escalated" boolean DEFAULT false NOT NULL,
  "ever_confidential" boolean DEFAULT false NOT NULL,
  "road_segment_id" uuid,
  "road_status" character varying(16),
  "split_from_case_id" uuid,
  "split_at" timestamp with time zone,
  "search_vector" tsvector GENERATED ALWAYS AS (((setweight(to_tsvector('indonesian'::regconfig, (COALESCE(title, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('indonesian'::regconfig, COALESCE(description, ''::text)), 'B'::"char")) || setweight(to_tsvector('indonesian'::regconfig, simpul_category_text((category)::text)), 'C'::"char"))) STORED,
  "location_landmark" character varying(500),
  "area_source" character varying(16),
  CONSTRAINT "case_intake_agency_id_fkey" FOREIGN KEY (intake_agency_id) REFERENCES agency(id),
  CONSTRAINT "case_merged_by_fkey" FOREIGN KEY (merged_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_merged_into_case_id_fkey" FOREIGN KEY (merged_into_case_id) REFERENCES "case"(id) ON DELETE SET NULL,
  CONSTRAINT "case_pkey" PRIMARY KEY (id),
  CONSTRAINT "case_road_segment_id_fkey" FOREIGN KEY (road_segment_id) REFERENCES road_segment(id) ON DELETE SET NULL,
  CONSTRAINT "case_split_from_case_id_fkey" FOREIGN KEY (split_from_case_id) REFERENCES "case"(id) ON DELETE SET NULL,
  CONSTRAINT "ck_case_area_source" CHECK (area_source IS NULL OR (area_source::text = ANY (ARRAY['segment'::character varying, 'staff'::character varying, 'text'::character varying]::text[]))),
  CONSTRAINT "ck_case_channel" CHECK (channel::text = ANY (ARRAY['lapor'::character varying, 'whatsapp'::character varying, 'instagram'::character varying, 'phone'::character varying, 'letter'::character varying, 'walk_in'::character varying, 'open311'::character varying]::text[])),
  CONSTRAINT "ck_case_classification" CHECK (classification::text = ANY (ARRAY['aspirasi'::character varying, 'pengaduan'::character varying, 'permintaan_informasi'::character varying]::text[])),
  CONSTRAINT "ck_case_location_confidence" CHECK (location_confidence::text = ANY (ARRAY['gps'::character varying, 'pinned'::character varying, 'text'::character varying, 'area'::character varying, 'unknown'::character varying]::text[])),
  CONSTRAINT "ck_case_merged_at" CHECK ((merged_into_case_id IS NULL) = (merged_at IS NULL)),
  CONSTRAINT "ck_case_not_merged_into_itself" CHECK (merged_into_case_id <> id),
  CONSTRAINT "ck_case_not_split_from_itself" CHECK (split_from_case_id <> id),
  CONSTRAINT "ck_case_point" CHECK ((lat IS NULL) = (lng IS NULL) AND (lat IS NULL OR lat >= '-90'::integer::double precision AND lat <= 90::double precision AND lng >= '-180'::integer::double precision AND lng <= 180::double precision)),
  CONSTRAINT "ck_case_priority" CHECK (priority::text = ANY (ARRAY['low'::character varying, 'normal'::character varying, 'high'::character varying, 'urgent'::character varying]::text[])),
  CONSTRAINT "ck_case_road_status" CHECK (road_status IS NULL OR (road_status::text = ANY (ARRAY['nasional'::character varying, 'provinsi'::character varying, 'kabupaten'::character varying, 'kota'::character varying, 'desa'::character varying]::text[]))),
  CONSTRAINT "ck_case_split_at" CHECK ((split_from_case_id IS NULL) = (split_at IS NULL)),
  CONSTRAINT "ck_case_status" CHECK (status::text = ANY (ARRAY['new'::character varying, 'needs_information'::character varying, 'verified'::character varying, 'routed'::character varying, 'in_progress'::character varying, 'followed_up'::character varying, 'resolved'::character varying, 'archived'::character varying, 'reopened'::character varying]::text[])),
  CONSTRAINT "uq_case_number" UNIQUE (number)
);
ALTER TABLE "case" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_assignee" (
  "case_id" uuid NOT NULL,
  "agency_id" uuid NOT NULL,
  "user_id" uuid NOT NULL,
  "assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
  "assigned_by" uuid,
  CONSTRAINT "case_assignee_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "case_assignee_assigned_by_fkey" FOREIGN KEY (assigned_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_assignee_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_assignee_pkey" PRIMARY KEY (case_id, user_id),
  CONSTRAINT "case_assignee_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);
ALTER TABLE "case_assignee" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_attachment" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL,
  "kind" character varying(8) NOT NULL,
  "media_type" character varying(32) NOT NULL,
  "file_name" character varying(255) NOT NULL,
  "byte_size" integer NOT NULL,
  "sha256" character(64) NOT NULL,
  "caption" character varying(500),
  "width" integer,
  "height" integer,
  "storage_key" character varying(200) NOT NULL,
  "view_media_type" character varying(32) NOT NULL,
  "has_thumbnail" boolean DEFAULT false NOT NULL,
  "gps_lat" double precision,
  "gps_lng" double precision,
  "taken_at" timestamp with time zone,
  "source" character varying(8) DEFAULT 'staff'::character varying NOT NULL,
  "uploaded_by" uuid,
  "uploader_agency_id" uuid,
  "location_request" character(64),
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "deleted_at" timestamp with time zone,
  "deleted_by" uuid,
  "files_erased_at" timestamp with time zone,
  "public_at" timestamp with time zone,
  "public_by" uuid,
  CONSTRAINT "case_attachment_byte_size_check" CHECK (byte_size > 0),
  CONSTRAINT "case_attachment_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_attachment_deleted_by_fkey" FOREIGN KEY (deleted_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_attachment_kind_check" CHECK (kind::text = ANY (ARRAY['image'::character varying, 'document'::character varying]::text[])),
  CONSTRAINT "case_attachment_location_request_fkey" FOREIGN KEY (location_request) REFERENCES location_request(token_hash) ON DELETE SET NULL,
  CONSTRAINT "case_attachment_media_type_check" CHECK (media_type::text = ANY (ARRAY['image/jpeg'::character varying, 'image/png'::character varying, 'image/webp'::character varying, 'image/heic'::character varying, 'application/pdf'::character varying]::text[])),
  CONSTRAINT "case_attachment_pkey" PRIMARY KEY (id),
  CONSTRAINT "case_attachment_public_by_fkey" FOREIGN KEY (public_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_attachment_source_check" CHECK (source::text = ANY (ARRAY['staff'::character varying, 'reporter'::character varying]::text[])),
  CONSTRAINT "case_attachment_storage_key_key" UNIQUE (storage_key),
  CONSTRAINT "case_attachment_uploaded_by_fkey" FOREIGN KEY (uploaded_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_attachment_uploader_agency_id_fkey" FOREIGN KEY (uploader_agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "ck_case_attachment_gps" CHECK ((gps_lat IS NULL) = (gps_lng IS NULL) AND (gps_lat IS NULL OR gps_lat >= '-90'::integer::double precision AND gps_lat <= 90::double precision AND gps_lng >= '-180'::integer::double precision AND gps_lng <= 180::double precision))
);
ALTER TABLE "case_attachment" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_clock" (
  "case_id" uuid NOT NULL,
  "clock" character varying(32) NOT NULL,
  "kind" character varying(16) NOT NULL,
  "amount" numeric NOT NULL,
  "started_at" timestamp with time zone NOT NULL,
  "pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "deadline" timestamp with time zone,
  "completed_at" timestamp with time zone,
  "escalated_at" timestamp with time zone,
  CONSTRAINT "case_clock_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_clock_pkey" PRIMARY KEY (case_id, clock)
);
ALTER TABLE "case_clock" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_collaboration" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL,
  "agency_id" uuid NOT NULL,
  "task" character varying(500) NOT NULL,
  "required" boolean DEFAULT true NOT NULL,
  "status" character varying(16) DEFAULT 'invited'::character varying NOT NULL,
  "task_status" character varying(16) DEFAULT 'open'::character varying NOT NULL,
  "version" integer DEFAULT 1 NOT NULL,
  "invited_by" uuid,
  "invited_at" timestamp with time zone DEFAULT now() NOT NULL,
  "decided_by" uuid,
  "decided_at" timestamp with time zone,
  "decline_reason" character varying(1000),
  "task_updated_by" uuid,
  "task_updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "ended_by" uuid,
  "ended_at" timestamp with time zone,
  "end_reason" character varying(1000),
  CONSTRAINT "case_collaboration_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "case_collaboration_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_collaboration_decided_by_fkey" FOREIGN KEY (decided_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_collaboration_ended_by_fkey" FOREIGN KEY (ended_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_collaboration_invited_by_fkey" FOREIGN KEY (invited_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_collaboration_pkey" PRIMARY KEY (id),
  CONSTRAINT "case_collaboration_task_updated_by_fkey" FOREIGN KEY (task_updated_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "ck_collaboration_ended" CHECK ((status::text = 'ended'::text) = (ended_at IS NOT NULL)),
  CONSTRAINT "ck_collaboration_status" CHECK (status::text = ANY (ARRAY['invited'::character varying, 'active'::character varying, 'declined'::character varying, 'ended'::character varying]::text[])),
  CONSTRAINT "ck_collaboration_task_status" CHECK (task_status::text = ANY (ARRAY['open'::character varying, 'in_progress'::character varying, 'done'::character varying]::text[]))
);
ALTER TABLE "case_collaboration" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_comment" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL,
  "visibility" character varying(16) NOT NULL,
  "body" text,
  "author_kind" character varying(16) NOT NULL,
  "author_user_id" uuid,
  "author_agency_id" uuid,
  "report_id" uuid,
  "author_name" character varying(120),
  "mentions" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
  "created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  "edited_at" timestamp with time zone,
  "deleted_at" timestamp with time zone,
  "deleted_by" uuid,
  "version" integer DEFAULT 1 NOT NULL,
  "seq" integer NOT NULL,
  CONSTRAINT "case_comment_author_agency_id_fkey" FOREIGN KEY (author_agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "case_comment_author_user_id_fkey" FOREIGN KEY (author_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_comment_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_comment_deleted_by_fkey" FOREIGN KEY (deleted_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_comment_pkey" PRIMARY KEY (id),
  CONSTRAINT "case_comment_report_id_fkey" FOREIGN KEY (report_id) REFERENCES case_report(id) ON DELETE SET NULL,
  CONSTRAINT "ck_case_comment_author_kind" CHECK (author_kind::text = ANY (ARRAY['officer'::character varying, 'reporter'::character varying]::text[])),
  CONSTRAINT "ck_case_comment_body" CHECK (body IS NOT NULL OR deleted_at IS NOT NULL),
  CONSTRAINT "ck_case_comment_reporter_public" CHECK (author_kind::text = 'officer'::text OR visibility::text = 'public'::text),
  CONSTRAINT "ck_case_comment_visibility" CHECK (visibility::text = ANY (ARRAY['internal'::character varying, 'public'::character varying]::text[]))
);
ALTER TABLE "case_comment" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_comment_revision" (
  "comment_id" uuid NOT NULL,
  "case_id" uuid NOT NULL,
  "version" integer NOT NULL,
  "body" text NOT NULL,
  "edited_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  "editor_user_id" uuid,
  CONSTRAINT "case_comment_revision_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_comment_revision_comment_id_fkey" FOREIGN KEY (comment_id) REFERENCES case_comment(id) ON DELETE CASCADE,
  CONSTRAINT "case_comment_revision_editor_user_id_fkey" FOREIGN KEY (editor_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_comment_revision_pkey" PRIMARY KEY (comment_id, version)
);
ALTER TABLE "case_comment_revision" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_event" (
  "id" bigint DEFAULT nextval('case_event_id_seq'::regclass) NOT NULL,
  "case_id" uuid NOT NULL,
  "seq" integer NOT NULL,
  "at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  "type" character varying(48) NOT NULL,
  "actor_user_id" uuid,
  "actor_agency_id" uuid,
  "before" jsonb,
  "after" jsonb,
  "case_version" integer,
  CONSTRAINT "case_event_actor_agency_id_fkey" FOREIGN KEY (actor_agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "case_event_actor_user_id_fkey" FOREIGN KEY (actor_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_event_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_event_pkey" PRIMARY KEY (id),
  CONSTRAINT "uq_case_event_seq" UNIQUE (case_id, seq)
);
ALTER TABLE "case_event" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_hand" (
  "case_id" uuid NOT NULL,
  "agency_id" uuid NOT NULL,
  "started_at" timestamp with time zone NOT NULL,
  "ended_at" timestamp with time zone,
  CONSTRAINT "case_hand_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "case_hand_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "ck_case_hand_order" CHECK (ended_at IS NULL OR ended_at >= started_at)
);
ALTER TABLE "case_hand" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_handoff" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL,
  "from_agency_id" uuid NOT NULL,
  "to_agency_id" uuid NOT NULL,
  "reason" character varying(16) NOT NULL,
  "note" text,
  "evidence" jsonb DEFAULT '{"suggestion": null, "attachmentIds": []}'::jsonb NOT NULL,
  "sender_choice" character varying(24) NOT NULL,
  "status" character varying(12) DEFAULT 'open'::character varying NOT NULL,
  "proposed_by" uuid,
  "proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
  "deadline" timestamp with time zone NOT NULL,
  "answered_by" uuid,
  "answered_by_agency_id" uuid,
  "answered_at" timestamp with time zone,
  "answer_reason" text,
  "arbiter_agency_id" uuid,
  "decided_agency_id" uuid,
  "rule_id" uuid,
  CONSTRAINT "case_handoff_answered_by_agency_id_fkey" FOREIGN KEY (answered_by_agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "case_handoff_answered_by_fkey" FOREIGN KEY (answered_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_handoff_arbiter_agency_id_fkey" FOREIGN KEY (arbiter_agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "case_handoff_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_handoff_decided_agency_id_fkey" FOREIGN KEY (decided_agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "case_handoff_from_agency_id_fkey" FOREIGN KEY (from_agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "case_handoff_pkey" PRIMARY KEY (id),
  CONSTRAINT "case_handoff_proposed_by_fkey" FOREIGN KEY (proposed_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_handoff_to_agency_id_fkey" FOREIGN KEY (to_agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "ck_handoff_answered" CHECK ((status::text = ANY (ARRAY['open'::character varying, 'frozen'::character varying]::text[])) = (answered_at IS NULL)),
  CONSTRAINT "ck_handoff_not_to_itself" CHECK (from_agency_id <> to_agency_id),
  CONSTRAINT "ck_handoff_note_length" CHECK (char_length(note) <= 2000 AND char_length(answer_reason) <= 2000),
  CONSTRAINT "ck_handoff_reason" CHECK (reason::text = ANY (ARRAY['road_status'::character varying, 'category'::character varying, 'outside_area'::character varying, 'other'::character varying]::text[])),
  CONSTRAINT "ck_handoff_sender_choice" CHECK (sender_choice::text = ANY (ARRAY['stay_as_collaborator'::character varying, 'leave'::character varying]::text[])),
  CONSTRAINT "ck_handoff_status" CHECK (status::text = ANY (ARRAY['open'::character varying, 'accepted'::character varying, 'declined'::character varying, 'withdrawn'::character varying, 'expired'::character varying, 'frozen'::character varying, 'arbitrated'::character varying]::text[]))
);
ALTER TABLE "case_handoff" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_inbox_entry" (
  "agency_id" uuid NOT NULL,
  "case_id" uuid NOT NULL,
  "created_at" timestamp with time zone NOT NULL,
  "due" timestamp with time zone NOT NULL,
  "status" character varying(32) NOT NULL,
  "category" character varying(64) NOT NULL,
  "regency_code" character varying(8),
  "location_confidence" character varying(8) NOT NULL,
  "sla_escalated" boolean NOT NULL,
  "lat" double precision,
  "lng" double precision,
  CONSTRAINT "case_inbox_entry_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_inbox_entry_pkey" PRIMARY KEY (agency_id, case_id)
) WITH (fillfactor=90);

CREATE TABLE "case_merge_request" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "surviving_case_id" uuid NOT NULL,
  "duplicate_case_id" uuid NOT NULL,
  "requested_by" uuid,
  "requested_by_agency_id" uuid NOT NULL,
  "requested_at" timestamp with time zone DEFAULT now() NOT NULL,
  "note" text,
  "status" character varying(16) DEFAULT 'pending'::character varying NOT NULL,
  "decided_by" uuid,
  "decided_by_agency_id" uuid,
  "decided_at" timestamp with time zone,
  "decision_note" text,
  CONSTRAINT "case_merge_request_decided_by_agency_id_fkey" FOREIGN KEY (decided_by_agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "case_merge_request_decided_by_fkey" FOREIGN KEY (decided_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_merge_request_duplicate_case_id_fkey" FOREIGN KEY (duplicate_case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_merge_request_pkey" PRIMARY KEY (id),
  CONSTRAINT "case_merge_request_requested_by_agency_id_fkey" FOREIGN KEY (requested_by_agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "case_merge_request_requested_by_fkey" FOREIGN KEY (requested_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_merge_request_surviving_case_id_fkey" FOREIGN KEY (surviving_case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "ck_merge_request_decided" CHECK ((status::text = 'pending'::text) = (decided_at IS NULL)),
  CONSTRAINT "ck_merge_request_status" CHECK (status::text = ANY (ARRAY['pending'::character varying, 'accepted'::character varying, 'declined'::character varying, 'void'::character varying]::text[])),
  CONSTRAINT "ck_merge_request_two_cases" CHECK (surviving_case_id <> duplicate_case_id)
);
ALTER TABLE "case_merge_request" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_participant" (
  "case_id" uuid NOT NULL,
  "agency_id" uuid NOT NULL,
  "role" character varying(16) NOT NULL,
  "added_at" timestamp with time zone DEFAULT now() NOT NULL,
  "added_by" uuid,
  CONSTRAINT "case_participant_added_by_fkey" FOREIGN KEY (added_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "case_participant_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "case_participant_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_participant_pkey" PRIMARY KEY (case_id, agency_id),
  CONSTRAINT "ck_participant_role" CHECK (role::text = ANY (ARRAY['lead'::character varying, 'collaborator'::character varying, 'observer'::character varying]::text[]))
);
ALTER TABLE "case_participant" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "case_report" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL,
  "tracking_id" character varying(20),
  "reporter_name" character varying(120),
  "reporter_contact" character varying(120),
  "reporter_nik" character(16),
  "anonymous" boolean DEFAULT false NOT NULL,
  "confidential" boolean DEFAULT false NOT NULL,
  "personal_data_purged_at" timestamp with time zone,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "lapor_snapshot" jsonb,
  "lapor_status" character varying(100),
  "lapor_imported_at" timestamp with time zone,
  "intake_agency_id" uuid NOT NULL,
  "reporter_phone_key" character varying(16) GENERATED ALWAYS AS (
CASE
    WHEN (NOT anonymous) THEN simpul_phone_key((reporter_contact)::text)
    ELSE NULL::text
END) STORED,
  CONSTRAINT "case_report_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "case_report_intake_agency_id_fkey" FOREIGN KEY (intake_agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "case_report_pkey" PRIMARY KEY (id),
  CONSTRAINT "ck_case_report_nik" CHECK (reporter_nik IS NULL OR reporter_nik ~ '^[0-9]{16}$'::text),
  CONSTRAINT "uq_case_report_tracking" UNIQUE (tracking_id)
);
ALTER TABLE "case_report" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_agency" (
  "draft_id" uuid NOT NULL,
  "agency_id" uuid NOT NULL,
  "status" character varying(16) DEFAULT 'invited'::character varying NOT NULL,
  "invited_by" uuid,
  "invited_at" timestamp with time zone DEFAULT now() NOT NULL,
  "decided_by" uuid,
  "decided_at" timestamp with time zone,
  CONSTRAINT "ck_clarification_agency_status" CHECK (status::text = ANY (ARRAY['owner'::character varying, 'invited'::character varying, 'active'::character varying, 'declined'::character varying]::text[])),
  CONSTRAINT "clarification_agency_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "clarification_agency_decided_by_fkey" FOREIGN KEY (decided_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_agency_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_agency_invited_by_fkey" FOREIGN KEY (invited_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_agency_pkey" PRIMARY KEY (draft_id, agency_id)
);
ALTER TABLE "clarification_agency" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_approval" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "draft_id" uuid NOT NULL,
  "step_key" character varying(100) NOT NULL,
  "user_id" uuid,
  "agency_id" uuid,
  "decision" character varying(16) NOT NULL,
  "content_hash" character varying(64) NOT NULL,
  "note" character varying(2000),
  "decided_at" timestamp with time zone DEFAULT now() NOT NULL,
  "voided_at" timestamp with time zone,
  CONSTRAINT "ck_clarification_decision" CHECK (decision::text = ANY (ARRAY['approved'::character varying, 'rejected'::character varying]::text[])),
  CONSTRAINT "ck_clarification_rejection_note" CHECK (decision::text = 'approved'::text OR length(COALESCE(note, ''::character varying)::text) > 0),
  CONSTRAINT "clarification_approval_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_approval_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_approval_pkey" PRIMARY KEY (id),
  CONSTRAINT "clarification_approval_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE SET NULL
);
ALTER TABLE "clarification_approval" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_case" (
  "draft_id" uuid NOT NULL,
  "case_id" uuid NOT NULL,
  "linked_by" uuid,
  "linked_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "clarification_case_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_case_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_case_linked_by_fkey" FOREIGN KEY (linked_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_case_pkey" PRIMARY KEY (draft_id, case_id)
);
ALTER TABLE "clarification_case" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_chain" (
  "agency_id" uuid NOT NULL,
  "version" integer DEFAULT 1 NOT NULL,
  "updated_by" uuid,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "clarification_chain_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_chain_pkey" PRIMARY KEY (agency_id),
  CONSTRAINT "clarification_chain_updated_by_fkey" FOREIGN KEY (updated_by) REFERENCES app_user(id) ON DELETE SET NULL
);
ALTER TABLE "clarification_chain" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_chain_step" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "agency_id" uuid NOT NULL,
  "position" integer NOT NULL,
  "name" character varying(200) NOT NULL,
  "approver_agency_id" uuid,
  "role" character varying(16),
  "user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
  "alternate_user_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
  "updated_by" uuid,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "ck_clarification_chain_who" CHECK (role IS NOT NULL AND approver_agency_id IS NOT NULL OR cardinality(user_ids) > 0),
  CONSTRAINT "clarification_chain_step_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_chain_step_approver_agency_id_fkey" FOREIGN KEY (approver_agency_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_chain_step_pkey" PRIMARY KEY (id),
  CONSTRAINT "clarification_chain_step_updated_by_fkey" FOREIGN KEY (updated_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "uq_clarification_chain_position" UNIQUE (agency_id, "position")
);
ALTER TABLE "clarification_chain_step" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_comment" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "draft_id" uuid NOT NULL,
  "parent_id" uuid,
  "section" character varying(16),
  "anchor_start" bytea,
  "anchor_end" bytea,
  "quote" character varying(2000),
  "body" character varying(4000) NOT NULL,
  "author_id" uuid,
  "agency_id" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "resolved_at" timestamp with time zone,
  "resolved_by" uuid,
  CONSTRAINT "ck_clarification_comment_anchor" CHECK (parent_id IS NULL AND section IS NOT NULL AND anchor_start IS NOT NULL AND anchor_end IS NOT NULL AND quote IS NOT NULL OR parent_id IS NOT NULL AND section IS NULL AND anchor_start IS NULL AND anchor_end IS NULL AND resolved_at IS NULL),
  CONSTRAINT "clarification_comment_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_comment_author_id_fkey" FOREIGN KEY (author_id) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_comment_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_comment_parent_id_fkey" FOREIGN KEY (parent_id) REFERENCES clarification_comment(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_comment_pkey" PRIMARY KEY (id),
  CONSTRAINT "clarification_comment_resolved_by_fkey" FOREIGN KEY (resolved_by) REFERENCES app_user(id) ON DELETE SET NULL
);
ALTER TABLE "clarification_comment" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_delivery" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "draft_id" uuid NOT NULL,
  "output" character varying(16) NOT NULL,
  "channel" character varying(100) NOT NULL,
  "note" character varying(500),
  "posted_url" character varying(2000),
  "posted_by" uuid,
  "posted_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "ck_clarification_delivery_output" CHECK (output::text = ANY (ARRAY['whatsapp'::character varying, 'x'::character varying, 'instagram'::character varying, 'card'::character varying, 'page'::character varying]::text[])),
  CONSTRAINT "clarification_delivery_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_delivery_pkey" PRIMARY KEY (id),
  CONSTRAINT "clarification_delivery_posted_by_fkey" FOREIGN KEY (posted_by) REFERENCES app_user(id) ON DELETE SET NULL
);
ALTER TABLE "clarification_delivery" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_draft" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "agency_id" uuid NOT NULL,
  "label" character varying(16) NOT NULL,
  "status" character varying(16) DEFAULT 'draft'::character varying NOT NULL,
  "platform" character varying(100) DEFAULT ''::character varying NOT NULL,
  "source_urls" text[] DEFAULT '{}'::text[] NOT NULL,
  "archive_urls" text[] DEFAULT '{}'::text[] NOT NULL,
  "logged_at" timestamp with time zone DEFAULT now() NOT NULL,
  "published_at" timestamp with time zone,
  "search_text" text DEFAULT ''::text NOT NULL,
  "chain_started_at" timestamp with time zone DEFAULT now() NOT NULL,
  "reminded_at" timestamp with time zone,
  "version" integer DEFAULT 1 NOT NULL,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "approval_noticed_at" timestamp with time zone,
  CONSTRAINT "ck_clarification_label" CHECK (label::text = ANY (ARRAY['HOAKS'::character varying, 'DISINFORMASI'::character varying, 'MISINFORMASI'::character varying, 'KLARIFIKASI'::character varying]::text[])),
  CONSTRAINT "ck_clarification_status" CHECK (status::text = ANY (ARRAY['draft'::character varying, 'in_review'::character varying, 'approved'::character varying, 'published'::character varying, 'corrected'::character varying, 'retracted'::character varying]::text[])),
  CONSTRAINT "clarification_draft_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "clarification_draft_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_draft_pkey" PRIMARY KEY (id)
);
ALTER TABLE "clarification_draft" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_editor" (
  "draft_id" uuid NOT NULL,
  "user_id" uuid NOT NULL,
  "last_edit_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "clarification_editor_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_editor_pkey" PRIMARY KEY (draft_id, user_id),
  CONSTRAINT "clarification_editor_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);
ALTER TABLE "clarification_editor" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_event" (
  "id" bigint DEFAULT nextval('clarification_event_id_seq'::regclass) NOT NULL,
  "draft_id" uuid NOT NULL,
  "type" character varying(64) NOT NULL,
  "actor_id" uuid,
  "payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "clarification_event_actor_id_fkey" FOREIGN KEY (actor_id) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_event_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_event_pkey" PRIMARY KEY (id)
);
ALTER TABLE "clarification_event" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_publication" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "draft_id" uuid NOT NULL,
  "slug" character varying(200) NOT NULL,
  "content" jsonb NOT NULL,
  "content_hash" character varying(64) NOT NULL,
  "status" character varying(16) DEFAULT 'published'::character varying NOT NULL,
  "published_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "notes" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "published_by" uuid,
  CONSTRAINT "ck_clarification_publication_status" CHECK (status::text = ANY (ARRAY['published'::character varying, 'corrected'::character varying, 'retracted'::character varying]::text[])),
  CONSTRAINT "clarification_publication_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_publication_pkey" PRIMARY KEY (id),
  CONSTRAINT "clarification_publication_published_by_fkey" FOREIGN KEY (published_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_publication_slug_key" UNIQUE (slug)
);
ALTER TABLE "clarification_publication" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_update" (
  "id" bigint DEFAULT nextval('clarification_update_id_seq'::regclass) NOT NULL,
  "draft_id" uuid NOT NULL,
  "update" bytea NOT NULL,
  "user_id" uuid,
  "compacted" boolean DEFAULT false NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "clarification_update_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_update_pkey" PRIMARY KEY (id),
  CONSTRAINT "clarification_update_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE SET NULL
);
ALTER TABLE "clarification_update" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "clarification_version" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "draft_id" uuid NOT NULL,
  "name" character varying(120) NOT NULL,
  "texts" jsonb NOT NULL,
  "state" bytea NOT NULL,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "clarification_version_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "clarification_version_draft_id_fkey" FOREIGN KEY (draft_id) REFERENCES clarification_draft(id) ON DELETE CASCADE,
  CONSTRAINT "clarification_version_pkey" PRIMARY KEY (id)
);
ALTER TABLE "clarification_version" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "idempotency_key" (
  "user_id" uuid NOT NULL,
  "scope" character varying(300) NOT NULL,
  "key" character varying(200) NOT NULL,
  "request_hash" character(64) NOT NULL,
  "state" character varying(16) NOT NULL,
  "status_code" integer,
  "response" jsonb,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "locked_at" timestamp with time zone DEFAULT now() NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  CONSTRAINT "ck_idempotency_key_state" CHECK (state::text = ANY (ARRAY['in_flight'::character varying, 'done'::character varying]::text[])),
  CONSTRAINT "idempotency_key_pkey" PRIMARY KEY (user_id, scope, key),
  CONSTRAINT "idempotency_key_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);

CREATE TABLE "lapor_conflict" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL,
  "report_id" uuid NOT NULL,
  "field" character varying(32) NOT NULL,
  "simpul_value" jsonb,
  "lapor_value" jsonb,
  "detected_at" timestamp with time zone DEFAULT now() NOT NULL,
  "resolved_at" timestamp with time zone,
  "resolved_by" uuid,
  "resolution" character varying(16),
  CONSTRAINT "ck_lapor_conflict_field" CHECK (field::text = ANY (ARRAY['title'::character varying, 'description'::character varying, 'incidentDate'::character varying, 'category'::character varying, 'locationText'::character varying, 'classification'::character varying, 'anonymous'::character varying, 'confidential'::character varying, 'reporterName'::character varying, 'reporterContact'::character varying, 'reporterNik'::character varying]::text[])),
  CONSTRAINT "ck_lapor_conflict_resolution" CHECK (resolution::text = ANY (ARRAY['keep_simpul'::character varying, 'take_lapor'::character varying]::text[])),
  CONSTRAINT "ck_lapor_conflict_resolved" CHECK ((resolved_at IS NULL) = (resolution IS NULL)),
  CONSTRAINT "lapor_conflict_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "lapor_conflict_pkey" PRIMARY KEY (id),
  CONSTRAINT "lapor_conflict_report_id_fkey" FOREIGN KEY (report_id) REFERENCES case_report(id) ON DELETE CASCADE,
  CONSTRAINT "lapor_conflict_resolved_by_fkey" FOREIGN KEY (resolved_by) REFERENCES app_user(id) ON DELETE SET NULL
);
ALTER TABLE "lapor_conflict" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "location_request" (
  "token_hash" character(64) NOT NULL,
  "case_id" uuid NOT NULL,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  "answered_at" timestamp with time zone,
  "answer" jsonb,
  CONSTRAINT "location_request_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "location_request_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "location_request_pkey" PRIMARY KEY (token_hash)
);
ALTER TABLE "location_request" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "membership" (
  "user_id" uuid NOT NULL,
  "agency_id" uuid NOT NULL,
  "role" character varying(16) NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "ck_membership_role" CHECK (role::text = ANY (ARRAY['admin'::character varying, 'petugas'::character varying, 'humas'::character varying, 'pimpinan'::character varying]::text[])),
  CONSTRAINT "membership_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "membership_pkey" PRIMARY KEY (user_id, agency_id),
  CONSTRAINT "membership_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);

CREATE TABLE "membership_invitation" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "user_id" uuid NOT NULL,
  "agency_id" uuid NOT NULL,
  "role" character varying(16) NOT NULL,
  "invited_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  "status" character varying(16) DEFAULT 'pending'::character varying NOT NULL,
  "answered_at" timestamp with time zone,
  CONSTRAINT "ck_membership_invitation_answered" CHECK ((status::text = 'pending'::text) = (answered_at IS NULL)),
  CONSTRAINT "ck_membership_invitation_role" CHECK (role::text = ANY (ARRAY['admin'::character varying, 'petugas'::character varying, 'humas'::character varying, 'pimpinan'::character varying]::text[])),
  CONSTRAINT "ck_membership_invitation_status" CHECK (status::text = ANY (ARRAY['pending'::character varying, 'accepted'::character varying, 'declined'::character varying]::text[])),
  CONSTRAINT "membership_invitation_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE CASCADE,
  CONSTRAINT "membership_invitation_invited_by_fkey" FOREIGN KEY (invited_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "membership_invitation_pkey" PRIMARY KEY (id),
  CONSTRAINT "membership_invitation_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);
ALTER TABLE "membership_invitation" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "notification" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "user_id" uuid NOT NULL,
  "kind" character varying(32) NOT NULL,
  "case_id" uuid,
  "title" character varying(300) NOT NULL,
  "body" text,
  "actor_user_id" uuid,
  "created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  "read_at" timestamp with time zone,
  "group_key" character varying(120),
  "group_count" integer DEFAULT 1 NOT NULL,
  CONSTRAINT "ck_notification_group_count" CHECK (group_count >= 1),
  CONSTRAINT "ck_notification_kind" CHECK (kind::text = ANY (ARRAY['mention'::character varying, 'agency_mention'::character varying, 'new_case'::character varying, 'sla_reminder'::character varying, 'sla_escalation'::character varying, 'handoff_request'::character varying, 'membership_invitation'::character varying, 'password_reset_issued'::character varying, 'merge_request'::character varying, 'handoff_answered'::character varying, 'handoff_expired'::character varying, 'collaboration_request'::character varying, 'task_update'::character varying, 'arbitration_needed'::character varying, 'registry_import_finished'::character varying, 'observer_invitation'::character varying, 'clarification_approval_needed'::character varying, 'clarification_rejected'::character varying, 'clarification_reminder'::character varying]::text[])),
  CONSTRAINT "notification_actor_user_id_fkey" FOREIGN KEY (actor_user_id) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "notification_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "notification_pkey" PRIMARY KEY (id),
  CONSTRAINT "notification_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);
ALTER TABLE "notification" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "open311_key" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "agency_id" uuid NOT NULL,
  "service_user_id" uuid NOT NULL,
  "key_hash" character(64) NOT NULL,
  "label" character varying(80) NOT NULL,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "revoked_at" timestamp with time zone,
  CONSTRAINT "open311_key_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "open311_key_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "open311_key_pkey" PRIMARY KEY (id),
  CONSTRAINT "open311_key_service_user_id_fkey" FOREIGN KEY (service_user_id) REFERENCES app_user(id) ON DELETE RESTRICT,
  CONSTRAINT "uq_open311_key_hash" UNIQUE (key_hash)
);

CREATE TABLE "open311_request" (
  "case_id" uuid NOT NULL,
  "key_id" uuid NOT NULL,
  "media_url" text,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "open311_request_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "open311_request_key_id_fkey" FOREIGN KEY (key_id) REFERENCES open311_key(id) ON DELETE RESTRICT,
  CONSTRAINT "open311_request_pkey" PRIMARY KEY (case_id)
);
ALTER TABLE "open311_request" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "outbox" (
  "id" bigint DEFAULT nextval('outbox_id_seq'::regclass) NOT NULL,
  "channel" character varying(16) NOT NULL,
  "target" uuid NOT NULL,
  "event" character varying(64) NOT NULL,
  "payload" jsonb NOT NULL,
  "created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
  CONSTRAINT "ck_outbox_channel" CHECK (channel::text = ANY (ARRAY['case'::character varying, 'user'::character varying, 'agency'::character varying]::text[])),
  CONSTRAINT "outbox_pkey" PRIMARY KEY (id)
);

CREATE TABLE "refresh_token" (
  "token_hash" character(64) NOT NULL,
  "session_id" uuid NOT NULL,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "used_at" timestamp with time zone,
  CONSTRAINT "refresh_token_pkey" PRIMARY KEY (token_hash),
  CONSTRAINT "refresh_token_session_id_fkey" FOREIGN KEY (session_id) REFERENCES auth_session(id) ON DELETE CASCADE
);

CREATE TABLE "report_tracking" (
  "report_id" uuid NOT NULL,
  "case_id" uuid NOT NULL,
  "token_hash" character(64) NOT NULL,
  "issued_by" uuid,
  "issued_at" timestamp with time zone DEFAULT now() NOT NULL,
  "confirmed_at" timestamp with time zone,
  "disputed_at" timestamp with time zone,
  CONSTRAINT "report_tracking_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "report_tracking_issued_by_fkey" FOREIGN KEY (issued_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "report_tracking_pkey" PRIMARY KEY (report_id),
  CONSTRAINT "report_tracking_report_id_fkey" FOREIGN KEY (report_id) REFERENCES case_report(id) ON DELETE CASCADE
);
ALTER TABLE "report_tracking" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "reporter_message" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "case_id" uuid NOT NULL,
  "report_id" uuid NOT NULL,
  "channel" character varying(16) NOT NULL,
  "template" character varying(32) NOT NULL,
  "recipient" character varying(200) NOT NULL,
  "subject" character varying(200),
  "body" text NOT NULL,
  "sent_by" uuid,
  "sent_by_agency_id" uuid,
  "sent_at" timestamp with time zone DEFAULT now() NOT NULL,
  "status" character varying(10) NOT NULL,
  "status_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "ck_reporter_message_channel" CHECK (channel::text = ANY (ARRAY['whatsapp'::character varying, 'sms'::character varying, 'email'::character varying]::text[])),
  CONSTRAINT "ck_reporter_message_status" CHECK (status::text = ANY (ARRAY['prepared'::character varying, 'sent'::character varying, 'failed'::character varying]::text[])),
  CONSTRAINT "ck_reporter_message_template" CHECK (template::text = ANY (ARRAY['acknowledgement'::character varying, 'location_request'::character varying, 'follow_up'::character varying, 'tracking_link'::character varying]::text[])),
  CONSTRAINT "reporter_message_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "reporter_message_pkey" PRIMARY KEY (id),
  CONSTRAINT "reporter_message_report_id_fkey" FOREIGN KEY (report_id) REFERENCES case_report(id) ON DELETE CASCADE,
  CONSTRAINT "reporter_message_sent_by_agency_id_fkey" FOREIGN KEY (sent_by_agency_id) REFERENCES agency(id) ON DELETE SET NULL,
  CONSTRAINT "reporter_message_sent_by_fkey" FOREIGN KEY (sent_by) REFERENCES app_user(id) ON DELETE SET NULL
);
ALTER TABLE "reporter_message" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "reporter_rating" (
  "report_id" uuid NOT NULL,
  "case_id" uuid NOT NULL,
  "stars" smallint NOT NULL,
  "comment" character varying(500),
  "rated_at" timestamp with time zone DEFAULT now() NOT NULL,
  "updated_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "ck_reporter_rating_stars" CHECK (stars >= 1 AND stars <= 5),
  CONSTRAINT "reporter_rating_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "reporter_rating_pkey" PRIMARY KEY (report_id),
  CONSTRAINT "reporter_rating_report_id_fkey" FOREIGN KEY (report_id) REFERENCES case_report(id) ON DELETE CASCADE
);
ALTER TABLE "reporter_rating" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "road_registry_version" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "source" character varying(16) NOT NULL,
  "label" character varying(200) NOT NULL,
  "file_name" character varying(255),
  "is_sample" boolean DEFAULT false NOT NULL,
  "valid_from" date NOT NULL,
  "status" character varying(16) DEFAULT 'queued'::character varying NOT NULL,
  "total_features" integer DEFAULT 0 NOT NULL,
  "done_features" integer DEFAULT 0 NOT NULL,
  "segment_count" integer DEFAULT 0 NOT NULL,
  "closed_count" integer DEFAULT 0 NOT NULL,
  "errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
  "upload" text,
  "cancel_requested" boolean DEFAULT false NOT NULL,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "finished_at" timestamp with time zone,
  CONSTRAINT "ck_road_registry_version_progress" CHECK (done_features >= 0 AND done_features <= total_features),
  CONSTRAINT "ck_road_registry_version_source" CHECK (source::text = ANY (ARRAY['geojson'::character varying, 'csv'::character varying, 'sample'::character varying]::text[])),
  CONSTRAINT "ck_road_registry_version_status" CHECK (status::text = ANY (ARRAY['queued'::character varying, 'running'::character varying, 'done'::character varying, 'failed'::character varying, 'cancelled'::character varying]::text[])),
  CONSTRAINT "road_registry_version_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "road_registry_version_pkey" PRIMARY KEY (id)
);
ALTER TABLE "road_registry_version" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "road_segment" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "version_id" uuid NOT NULL,
  "link_number" character varying(32),
  "km_from" numeric(9,3),
  "km_to" numeric(9,3),
  "name" character varying(300) NOT NULL,
  "status" character varying(16) NOT NULL,
  "regency_code" character varying(8),
  "district_code" character varying(8),
  "agency_id" uuid NOT NULL,
  "geometry" jsonb NOT NULL,
  "min_lng" double precision NOT NULL,
  "min_lat" double precision NOT NULL,
  "max_lng" double precision NOT NULL,
  "max_lat" double precision NOT NULL,
  "source_note" character varying(500),
  "valid_from" date NOT NULL,
  "valid_to" date,
  CONSTRAINT "ck_road_segment_geometry" CHECK ((geometry ->> 'type'::text) = ANY (ARRAY['LineString'::text, 'MultiLineString'::text])),
  CONSTRAINT "ck_road_segment_km" CHECK ((km_from IS NULL) = (km_to IS NULL) AND (km_from IS NULL OR km_from <= km_to)),
  CONSTRAINT "ck_road_segment_status" CHECK (status::text = ANY (ARRAY['nasional'::character varying, 'provinsi'::character varying, 'kabupaten'::character varying, 'kota'::character varying, 'desa'::character varying]::text[])),
  CONSTRAINT "ck_road_segment_valid" CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT "ex_road_segment_link_overlap" EXCLUDE USING gist (link_number WITH =, numrange(km_from, km_to, '[)'::text) WITH &&, daterange(valid_from, valid_to, '[)'::text) WITH &&) WHERE (link_number IS NOT NULL AND km_from IS NOT NULL),
  CONSTRAINT "road_segment_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "road_segment_pkey" PRIMARY KEY (id),
  CONSTRAINT "road_segment_version_id_fkey" FOREIGN KEY (version_id) REFERENCES road_registry_version(id) ON DELETE CASCADE
);
ALTER TABLE "road_segment" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "routing_rule" (
  "id" uuid DEFAULT gen_random_uuid() NOT NULL,
  "category" character varying(64) NOT NULL,
  "regency_code" character varying(8),
  "road_status" character varying(16),
  "agency_id" uuid NOT NULL,
  "mode" character varying(8) DEFAULT 'suggest'::character varying NOT NULL,
  "note" character varying(500),
  "is_sample" boolean DEFAULT false NOT NULL,
  "replaces_id" uuid,
  "valid_from" date NOT NULL,
  "valid_to" date,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  "closed_by" uuid,
  CONSTRAINT "ck_routing_rule_mode" CHECK (mode::text = ANY (ARRAY['suggest'::character varying, 'direct'::character varying]::text[])),
  CONSTRAINT "ck_routing_rule_status" CHECK (road_status IS NULL OR (road_status::text = ANY (ARRAY['nasional'::character varying, 'provinsi'::character varying, 'kabupaten'::character varying, 'kota'::character varying, 'desa'::character varying]::text[]))),
  CONSTRAINT "ck_routing_rule_valid" CHECK (valid_to IS NULL OR valid_to >= valid_from),
  CONSTRAINT "ex_routing_rule_overlap" EXCLUDE USING gist (category WITH =, COALESCE(regency_code, '*'::character varying) WITH =, COALESCE(road_status, '*'::character varying) WITH =, daterange(valid_from, valid_to, '[)'::text) WITH &&),
  CONSTRAINT "routing_rule_agency_id_fkey" FOREIGN KEY (agency_id) REFERENCES agency(id) ON DELETE RESTRICT,
  CONSTRAINT "routing_rule_closed_by_fkey" FOREIGN KEY (closed_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "routing_rule_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "routing_rule_pkey" PRIMARY KEY (id),
  CONSTRAINT "routing_rule_replaces_id_fkey" FOREIGN KEY (replaces_id) REFERENCES routing_rule(id) ON DELETE SET NULL
);
ALTER TABLE "routing_rule" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "search_word" (
  "word" text NOT NULL,
  "variants" text[] GENERATED ALWAYS AS (simpul_word_variants(word)) STORED,
  CONSTRAINT "search_word_pkey" PRIMARY KEY (word)
);

CREATE TABLE "sign_in_attempt" (
  "email_key" character varying(254) NOT NULL,
  "failures" integer DEFAULT 0 NOT NULL,
  "last_failure_at" timestamp with time zone,
  "locked_until" timestamp with time zone,
  CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY (email_key)
);

CREATE TABLE "sla_reminder" (
  "case_id" uuid NOT NULL,
  "clock" character varying(32) NOT NULL,
  "deadline" timestamp with time zone NOT NULL,
  "reminded_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "sla_reminder_case_id_fkey" FOREIGN KEY (case_id) REFERENCES "case"(id) ON DELETE CASCADE,
  CONSTRAINT "sla_reminder_pkey" PRIMARY KEY (case_id, clock, deadline)
);
ALTER TABLE "sla_reminder" ENABLE ROW LEVEL SECURITY;

CREATE TABLE "user_token" (
  "token_hash" character(64) NOT NULL,
  "user_id" uuid NOT NULL,
  "purpose" character varying(16) NOT NULL,
  "expires_at" timestamp with time zone NOT NULL,
  "used_at" timestamp with time zone,
  "created_by" uuid,
  "created_at" timestamp with time zone DEFAULT now() NOT NULL,
  CONSTRAINT "ck_user_token_purpose" CHECK (purpose::text = ANY (ARRAY['invite'::character varying, 'reset'::character varying]::text[])),
  CONSTRAINT "user_token_created_by_fkey" FOREIGN KEY (created_by) REFERENCES app_user(id) ON DELETE SET NULL,
  CONSTRAINT "user_token_pkey" PRIMARY KEY (token_hash),
  CONSTRAINT "user_token_user_id_fkey" FOREIGN KEY (user_id) REFERENCES app_user(id) ON DELETE CASCADE
);

-- ================================================================================================
-- Indexes (other than those of primary key, unique and exclusion constraints)

CREATE INDEX ix_agency_parent ON public.agency USING btree (parent_id);
CREATE INDEX ix_coordination_coordinated ON public.agency_coordination USING btree (coordinated_id);
CREATE UNIQUE INDEX uq_app_user_email ON public.app_user USING btree (lower((email)::text));
CREATE INDEX ix_audit_agency ON public.audit_log USING btree (agency_id, id DESC);
CREATE INDEX ix_auth_session_user ON public.auth_session USING btree (user_id);
CREATE INDEX ix_case_agency_search ON public."case" USING gin (participant_agency_ids, search_vector);
CREATE INDEX ix_case_category_created ON public."case" USING btree (category, created_at DESC, id DESC);
CREATE INDEX ix_case_created_id ON public."case" USING btree (created_at DESC, id DESC);
CREATE INDEX ix_case_due ON public."case" USING btree (COALESCE(next_deadline, 'infinity'::timestamp with time zone), id);
CREATE INDEX ix_case_escalated_due ON public."case" USING btree (COALESCE(next_deadline, 'infinity'::timestamp with time zone), id) WHERE sla_escalated;
CREATE INDEX ix_case_merged_into ON public."case" USING btree (merged_into_case_id) WHERE (merged_into_case_id IS NOT NULL);
CREATE INDEX ix_case_needs_location ON public."case" USING btree (created_at DESC) WHERE ((location_confidence)::text = ANY ((ARRAY['unknown'::character varying, 'text'::character varying])::text[]));
CREATE INDEX ix_case_open_point ON public."case" USING btree (category, lat, lng) WHERE ((lat IS NOT NULL) AND ((status)::text <> ALL ((ARRAY['resolved'::character varying, 'archived'::character varying])::text[])));
CREATE INDEX ix_case_participant_agencies ON public."case" USING gin (participant_agency_ids);
CREATE INDEX ix_case_regency_created ON public."case" USING btree (regency_code, created_at DESC, id DESC);
CREATE INDEX ix_case_road_segment ON public."case" USING btree (road_segment_id) WHERE (road_segment_id IS NOT NULL);
CREATE INDEX ix_case_search ON public."case" USING gin (search_vector);
CREATE INDEX ix_case_split_from ON public."case" USING btree (split_from_case_id) WHERE (split_from_case_id IS NOT NULL);
CREATE INDEX ix_case_status_created ON public."case" USING btree (status, created_at DESC, id DESC);
CREATE INDEX ix_case_tags ON public."case" USING gin (tags);
CREATE INDEX ix_case_title_trgm ON public."case" USING gin (title gin_trgm_ops);
CREATE INDEX ix_case_assignee_user ON public.case_assignee USING btree (user_id, case_id);
CREATE INDEX ix_case_attachment_case ON public.case_attachment USING btree (case_id, created_at) WHERE (deleted_at IS NULL);
CREATE INDEX ix_case_attachment_files_to_erase ON public.case_attachment USING btree (deleted_at) WHERE ((deleted_at IS NOT NULL) AND (files_erased_at IS NULL));
CREATE INDEX ix_case_attachment_location_request ON public.case_attachment USING btree (location_request) WHERE (location_request IS NOT NULL);
CREATE INDEX ix_case_clock_due ON public.case_clock USING btree (deadline) WHERE ((completed_at IS NULL) AND (escalated_at IS NULL));
CREATE INDEX ix_collaboration_agency ON public.case_collaboration USING btree (agency_id, status);
CREATE UNIQUE INDEX uq_collaboration_open ON public.case_collaboration USING btree (case_id, agency_id) WHERE ((status)::text = ANY ((ARRAY['invited'::character varying, 'active'::character varying])::text[]));
CREATE INDEX ix_case_comment_case ON public.case_comment USING btree (case_id, created_at, id);
CREATE INDEX ix_case_comment_public ON public.case_comment USING btree (case_id, created_at) WHERE (((visibility)::text = 'public'::text) AND (deleted_at IS NULL));
CREATE INDEX ix_case_hand_agency ON public.case_hand USING btree (agency_id, started_at);
CREATE INDEX ix_case_hand_case ON public.case_hand USING btree (case_id, started_at);
CREATE UNIQUE INDEX uq_case_hand_open ON public.case_hand USING btree (case_id) WHERE (ended_at IS NULL);
CREATE INDEX ix_handoff_case ON public.case_handoff USING btree (case_id, proposed_at);
CREATE INDEX ix_handoff_from ON public.case_handoff USING btree (from_agency_id, proposed_at);
CREATE INDEX ix_handoff_frozen ON public.case_handoff USING btree (arbiter_agency_id) WHERE ((status)::text = 'frozen'::text);
CREATE INDEX ix_handoff_to_open ON public.case_handoff USING btree (to_agency_id, deadline) WHERE ((status)::text = 'open'::text);
CREATE UNIQUE INDEX uq_handoff_one_pending ON public.case_handoff USING btree (case_id) WHERE ((status)::text = ANY ((ARRAY['open'::character varying, 'frozen'::character varying])::text[]));
CREATE INDEX ix_inbox_entry_case ON public.case_inbox_entry USING btree (case_id);
CREATE INDEX ix_inbox_entry_due ON public.case_inbox_entry USING btree (agency_id, due, case_id) INCLUDE (status, category, regency_code, location_confidence, sla_escalated, created_at, lat, lng);
CREATE INDEX ix_inbox_entry_escalated ON public.case_inbox_entry USING btree (agency_id, due, case_id) INCLUDE (status, category, regency_code, location_confidence, sla_escalated, created_at, lat, lng) WHERE sla_escalated;
CREATE INDEX ix_inbox_entry_newest ON public.case_inbox_entry USING btree (agency_id, created_at, case_id) INCLUDE (status, category, regency_code, location_confidence, sla_escalated, due, lat, lng);
CREATE INDEX ix_inbox_entry_regency ON public.case_inbox_entry USING btree (agency_id, regency_code, created_at, case_id) INCLUDE (status, category, location_confidence, sla_escalated, due, lat, lng);
CREATE INDEX ix_merge_request_duplicate ON public.case_merge_request USING btree (duplicate_case_id, requested_at);
CREATE INDEX ix_merge_request_surviving ON public.case_merge_request USING btree (surviving_case_id, requested_at);
CREATE UNIQUE INDEX uq_merge_request_pending ON public.case_merge_request USING btree (surviving_case_id, duplicate_case_id) WHERE ((status)::text = 'pending'::text);
CREATE INDEX ix_participant_agency ON public.case_participant USING btree (agency_id, case_id);
CREATE UNIQUE INDEX uq_participant_one_lead ON public.case_participant USING btree (case_id) WHERE ((role)::text = 'lead'::text);
CREATE INDEX ix_case_report_case ON public.case_report USING btree (case_id);
CREATE INDEX ix_case_report_intake ON public.case_report USING btree (intake_agency_id, case_id);
CREATE INDEX ix_case_report_phone_key ON public.case_report USING btree (reporter_phone_key) WHERE (reporter_phone_key IS NOT NULL);
CREATE INDEX ix_clarification_agency_agency ON public.clarification_agency USING btree (agency_id, status);
CREATE UNIQUE INDEX uq_clarification_approval_live ON public.clarification_approval USING btree (draft_id, step_key) WHERE (voided_at IS NULL);
CREATE INDEX ix_clarification_case_case ON public.clarification_case USING btree (case_id);
CREATE INDEX ix_clarification_comment_draft ON public.clarification_comment USING btree (draft_id, created_at);
CREATE INDEX ix_clarification_comment_parent ON public.clarification_comment USING btree (parent_id) WHERE (parent_id IS NOT NULL);
CREATE INDEX ix_clarification_delivery_draft ON public.clarification_delivery USING btree (draft_id, posted_at);
CREATE INDEX ix_clarification_draft_search ON public.clarification_draft USING gin (search_text gin_trgm_ops);
CREATE INDEX ix_clarification_event_draft ON public.clarification_event USING btree (draft_id, id);
CREATE UNIQUE INDEX uq_clarification_publication_draft ON public.clarification_publication USING btree (draft_id);
CREATE INDEX ix_clarification_update_draft ON public.clarification_update USING btree (draft_id, id);
CREATE INDEX ix_clarification_version_draft ON public.clarification_version USING btree (draft_id, created_at);
CREATE INDEX ix_idempotency_key_expires ON public.idempotency_key USING btree (expires_at);
CREATE INDEX ix_lapor_conflict_case ON public.lapor_conflict USING btree (case_id, detected_at);
CREATE UNIQUE INDEX uq_lapor_conflict_open ON public.lapor_conflict USING btree (report_id, field) WHERE (resolved_at IS NULL);
CREATE INDEX ix_location_request_case ON public.location_request USING btree (case_id);
CREATE INDEX ix_membership_agency ON public.membership USING btree (agency_id);
CREATE INDEX ix_membership_invitation_agency ON public.membership_invitation USING btree (agency_id, created_at DESC);
CREATE UNIQUE INDEX uq_membership_invitation_pending ON public.membership_invitation USING btree (user_id, agency_id) WHERE ((status)::text = 'pending'::text);
CREATE INDEX ix_notification_unread ON public.notification USING btree (user_id) WHERE (read_at IS NULL);
CREATE INDEX ix_notification_user ON public.notification USING btree (user_id, created_at DESC, id DESC);
CREATE UNIQUE INDEX uq_notification_open_group ON public.notification USING btree (user_id, group_key) WHERE ((read_at IS NULL) AND (group_key IS NOT NULL));
CREATE INDEX ix_open311_key_agency ON public.open311_key USING btree (agency_id, created_at DESC);
CREATE INDEX ix_open311_request_key ON public.open311_request USING btree (key_id);
CREATE INDEX ix_refresh_token_session ON public.refresh_token USING btree (session_id);
CREATE INDEX ix_report_tracking_case ON public.report_tracking USING btree (case_id);
CREATE INDEX ix_reporter_message_case ON public.reporter_message USING btree (case_id, sent_at DESC);
CREATE INDEX ix_reporter_rating_case ON public.reporter_rating USING btree (case_id);
CREATE INDEX ix_road_registry_version_created ON public.road_registry_version USING btree (created_at DESC);
CREATE INDEX ix_road_segment_bbox ON public.road_segment USING btree (min_lng, max_lng, min_lat, max_lat);
CREATE INDEX ix_road_segment_open_link ON public.road_segment USING btree (link_number) WHERE (valid_to IS NULL);
CREATE INDEX ix_road_segment_version ON public.road_segment USING btree (version_id);
CREATE INDEX ix_routing_rule_open ON public.routing_rule USING btree (category) WHERE (valid_to IS NULL);
CREATE INDEX ix_search_word_trgm ON public.search_word USING gin (word gin_trgm_ops);
CREATE INDEX ix_search_word_variants ON public.search_word USING gin (variants);
CREATE INDEX ix_user_token_user ON public.user_token USING btree (user_id);

-- ================================================================================================
-- Views

-- columns of "case_inbox":
--   "id" uuid
--   "number" character varying(32)
--   "title" character varying(300)
--   "description" text
--   "classification" character varying(32)
--   "channel" character varying(32)
--   "category" character varying(64)
--   "status" character varying(32)
--   "regency_code" character varying(8)
--   "location_text" text
--   "incident_date" date
--   "created_at" timestamp with time zone
--   "updated_at" timestamp with time zone
--   "intake_agency_id" uuid
--   "version" integer
--   "closed_at" timestamp with time zone
--   "status_before_hold" character varying(32)
--   "priority" character varying(16)
--   "tags" text[]
--   "last_event_seq" integer
--   "lat" double precision
--   "lng" double precision
--   "province_code" character varying(2)
--   "district_code" character varying(8)
--   "village_code" character varying(13)
--   "location_confidence" character varying(8)
--   "location_source" character varying(16)
--   "location_updated_at" timestamp with time zone
--   "search_vector" tsvector
--   "merged_into_case_id" uuid
--   "merged_at" timestamp with time zone
--   "merged_by" uuid
--   "participant_agency_ids" uuid[]
--   "next_deadline" timestamp with time zone
--   "sla_escalated" boolean
CREATE VIEW "case_inbox" AS
SELECT id,
    number,
    title,
    description,
    classification,
    channel,
    category,
    status,
    regency_code,
    location_text,
    incident_date,
    created_at,
    updated_at,
    intake_agency_id,
    version,
    closed_at,
    status_before_hold,
    priority,
    tags,
    last_event_seq,
    lat,
    lng,
    province_code,
    district_code,
    village_code,
    location_confidence,
    location_source,
    location_updated_at,
    search_vector,
    merged_into_case_id,
    merged_at,
    merged_by,
    participant_agency_ids,
    next_deadline,
    sla_escalated
   FROM "case" c
  WHERE ( SELECT current_setting('simpul.system'::text, true) = 'on'::text) OR participant_agency_ids && (( SELECT simpul_readable_agencies() AS simpul_readable_agencies));

-- columns of "case_inbox_entries":
--   "agency_id" uuid
--   "case_id" uuid
--   "created_at" timestamp with time zone
--   "due" timestamp with time zone
--   "status" character varying(32)
--   "category" character varying(64)
--   "regency_code" character varying(8)
--   "location_confidence" character varying(8)
--   "sla_escalated" boolean
--   "lat" double precision
--   "lng" double precision
CREATE VIEW "case_inbox_entries" AS
SELECT agency_id,
    case_id,
    created_at,
    due,
    status,
    category,
    regency_code,
    location_confidence,
    sla_escalated,
    lat,
    lng
   FROM case_inbox_entry e
  WHERE ( SELECT current_setting('simpul.system'::text, true) = 'on'::text) OR (agency_id = ANY ((( SELECT simpul_readable_agencies() AS simpul_readable_agencies))::uuid[]));

-- columns of "case_inbox_lead":
--   "case_id" uuid
--   "agency_id" uuid
CREATE VIEW "case_inbox_lead" AS
SELECT case_id,
    agency_id
   FROM case_participant p
  WHERE role::text = 'lead'::text AND (( SELECT current_setting('simpul.system'::text, true) = 'on'::text) OR (EXISTS ( SELECT 1
           FROM "case" c
          WHERE c.id = p.case_id AND c.participant_agency_ids && (( SELECT simpul_readable_agencies() AS simpul_readable_agencies)))));

-- ================================================================================================
-- Functions

CREATE OR REPLACE FUNCTION public.simpul_actor_agency()
 RETURNS uuid
 LANGUAGE sql
 STABLE
AS $function$
        SELECT nullif(current_setting('simpul.agency_id', true), '')::uuid
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_actor_role()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$
        SELECT nullif(current_setting('simpul.role', true), '')
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_actor_user()
 RETURNS uuid
 LANGUAGE sql
 STABLE
AS $function$
        SELECT nullif(current_setting('simpul.user_id', true), '')::uuid
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_comment_forget_reporter()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        IF NEW.personal_data_purged_at IS NOT NULL AND OLD.personal_data_purged_at IS NULL THEN
          UPDATE case_comment SET author_name = NULL WHERE report_id = NEW.id;
        END IF;
        RETURN NEW;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_event_to_outbox()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        INSERT INTO outbox (channel, target, event, payload)
        VALUES ('case', NEW.case_id, 'case:event', jsonb_build_object(
          'caseId', NEW.case_id,
          'event', jsonb_build_object(
            'seq', NEW.seq,
            'at', to_char(date_trunc('milliseconds', NEW.at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'type', NEW.type,
            'actorUserId', NEW.actor_user_id,
            'actorName', (SELECT u.name FROM app_user u WHERE u.id = NEW.actor_user_id),
            'actorAgencyId', NEW.actor_agency_id,
            'before', NEW.before,
            'after', NEW.after)));
        RETURN NULL;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_hand_on_case()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        PERFORM simpul_sync_case_hand(NEW.id);
        RETURN NULL;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_hand_on_participant()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD.role = 'lead' THEN
          PERFORM simpul_sync_case_hand(OLD.case_id);
        END IF;
        IF TG_OP <> 'DELETE' AND NEW.role = 'lead' THEN
          PERFORM simpul_sync_case_hand(NEW.case_id);
        END IF;
        RETURN NULL;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_intake_agency(p_case uuid)
 RETURNS uuid
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        RETURN (
        SELECT c.intake_agency_id FROM "case" c
        WHERE c.id = p_case AND NOT EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = p_case)
        );
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_keep_confidential()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        NEW.ever_confidential := true;
        RETURN NEW;
      END $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_mark_confidential()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        UPDATE "case" SET ever_confidential = true WHERE id = NEW.case_id AND NOT ever_confidential;
        RETURN NULL;
      END $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_relations(p_case uuid, p_agency uuid, p_role text)
 RETURNS text[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        RETURN (
        WITH RECURSIVE ancestors AS (
          SELECT a.parent_id AS id FROM case_participant p JOIN agency a ON a.id = p.agency_id
          WHERE p.case_id = p_case AND a.parent_id IS NOT NULL
          UNION
          SELECT a.parent_id FROM agency a JOIN ancestors an ON a.id = an.id WHERE a.parent_id IS NOT NULL
        )
        SELECT array_remove(ARRAY[
          (SELECT 'participant:' || p.role FROM case_participant p WHERE p.case_id = p_case AND p.agency_id = p_agency),
          CASE WHEN p_role IN ('pimpinan', 'admin') AND EXISTS (SELECT 1 FROM ancestors WHERE id = p_agency)
               THEN 'ancestor' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_participant p JOIN agency_coordination c ON c.coordinated_id = p.agency_id
                            WHERE p.case_id = p_case AND c.coordinator_id = p_agency)
               THEN 'coordinator' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_handoff h
                            WHERE h.case_id = p_case AND h.to_agency_id = p_agency AND h.status = 'open')
               THEN 'handoff_receiver' END,
          CASE WHEN EXISTS (SELECT 1 FROM case_collaboration k
                            WHERE k.case_id = p_case AND k.agency_id = p_agency AND k.status = 'invited')
               THEN 'collaboration_invitee' END,
          CASE WHEN p_role = 'humas' AND EXISTS (SELECT 1 FROM ancestors WHERE id = p_agency)
               THEN 'humas_subtree' END
        ], NULL)
        );
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_report_intake()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.intake_agency_id IS NULL THEN
            SELECT intake_agency_id INTO NEW.intake_agency_id FROM "case" WHERE id = NEW.case_id;
          END IF;
        ELSE
          -- Who took the report in is a fact: a merge moves the report, never its intake agency.
          NEW.intake_agency_id := OLD.intake_agency_id;
        END IF;
        RETURN NEW;
      END $function$;

CREATE OR REPLACE FUNCTION public.simpul_case_visible(p_case uuid)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        RETURN (
        SELECT current_setting('simpul.system', true) = 'on'
            OR (simpul_actor_agency() IS NOT NULL
                AND cardinality(simpul_case_relations(p_case, simpul_actor_agency(), simpul_actor_role())) > 0)
        );
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_category_text(p_category text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
        SELECT coalesce('{"jalan_rusak":"Jalan rusak","jembatan":"Jembatan","drainase":"Drainase","longsor":"Longsor","pju":"Penerangan jalan umum (PJU)","rambu_marka":"Rambu dan marka","pohon_tumbang":"Pohon tumbang","galian_utilitas":"Galian utilitas","lainnya":"Lainnya"}'::jsonb ->> p_category, replace(p_category, '_', ' '))
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_clarification_linked_cases(p_draft uuid)
 RETURNS TABLE(case_id uuid, case_number text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        SELECT c.id, c.number::text FROM clarification_case l JOIN "case" c ON c.id = l.case_id
        WHERE l.draft_id = p_draft
          AND (current_setting('simpul.system', true) = 'on' OR simpul_clarification_visible(p_draft))
        ORDER BY l.linked_at, c.number
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_clarification_public_photos(p_draft uuid)
 RETURNS TABLE(attachment_id uuid, case_id uuid, case_number text, caption text, storage_key text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        SELECT a.id, c.id, c.number::text, a.caption::text, a.storage_key::text
        FROM clarification_case l
          JOIN "case" c ON c.id = l.case_id
          JOIN case_attachment a ON a.case_id = c.id
        WHERE l.draft_id = p_draft
          AND (current_setting('simpul.system', true) = 'on' OR simpul_clarification_visible(p_draft))
          AND NOT c.ever_confidential
          AND a.kind = 'image' AND a.public_at IS NOT NULL
          AND a.deleted_at IS NULL AND a.files_erased_at IS NULL
        ORDER BY l.linked_at, c.number, a.created_at, a.id
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_clarification_visible(p_draft uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        SELECT simpul_actor_agency() IS NOT NULL AND (
          EXISTS (SELECT 1 FROM clarification_draft d WHERE d.id = p_draft AND d.agency_id = simpul_actor_agency())
          OR EXISTS (SELECT 1 FROM clarification_agency a WHERE a.draft_id = p_draft
                       AND a.agency_id = simpul_actor_agency() AND a.status IN ('owner', 'invited', 'active'))
          OR EXISTS (SELECT 1 FROM clarification_case c WHERE c.draft_id = p_draft AND simpul_case_visible(c.case_id)))
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_collect_search_words()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        INSERT INTO search_word (word)

  SELECT lexeme FROM unnest(to_tsvector('simple', coalesce(NEW.title, '') || ' ' || coalesce(NEW.description, '')
            || ' ' || simpul_category_text(NEW.category)))
  WHERE length(lexeme) BETWEEN 3 AND 40 AND lexeme !~ '^[0-9]+$'
        ON CONFLICT DO NOTHING;
        RETURN NULL;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_inbox_entries_backfill()
 RETURNS void
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      INSERT INTO case_inbox_entry (agency_id, case_id, created_at, status, category, regency_code, location_confidence, lat, lng, due, sla_escalated)
      SELECT a, c.id, c.created_at, c.status, c.category, c.regency_code, c.location_confidence, c.lat, c.lng,
      coalesce(c.next_deadline, 'infinity'::timestamptz), c.sla_escalated FROM "case" c, unnest(c.participant_agency_ids) a
      ON CONFLICT DO NOTHING
    $function$;

CREATE OR REPLACE FUNCTION public.simpul_lapor_forget_reporter()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        IF NEW.personal_data_purged_at IS NOT NULL AND OLD.personal_data_purged_at IS NULL THEN
          NEW.lapor_snapshot := NEW.lapor_snapshot - ARRAY['reporterName', 'reporterContact', 'reporterNik'];
          UPDATE lapor_conflict SET simpul_value = NULL, lapor_value = NULL
           WHERE report_id = NEW.id AND field IN ('reporterName', 'reporterContact', 'reporterNik');
        END IF;
        RETURN NEW;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_lapor_tracking_taken(p_tracking_id text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        SELECT EXISTS (SELECT 1 FROM case_report WHERE tracking_id = p_tracking_id)
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_notify_grouped(p_user_ids uuid[], p_kind text, p_case_id uuid, p_title text, p_group_title text, p_body text, p_actor_user_id uuid, p_created_at timestamp with time zone, p_group_key text)
 RETURNS TABLE(id uuid, user_id uuid, case_id uuid, title text, group_count integer)
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        INSERT INTO notification AS n
          (id, user_id, kind, case_id, title, body, actor_user_id, created_at, group_key, group_count)
        SELECT gen_random_uuid(), u, p_kind, p_case_id, left(p_title, 300), p_body, p_actor_user_id,
               p_created_at, p_group_key, 1
        FROM unnest(p_user_ids) AS u
        WHERE p_group_key IS NOT NULL
          AND (simpul_actor_user() IS NOT NULL OR current_setting('simpul.system', true) = 'on')
        ON CONFLICT (user_id, group_key) WHERE read_at IS NULL AND group_key IS NOT NULL
        DO UPDATE SET group_count = n.group_count + 1,
          title = left(replace(p_group_title, '{n}', (n.group_count + 1)::text), 300),
          case_id = NULL, body = EXCLUDED.body, actor_user_id = EXCLUDED.actor_user_id,
          created_at = EXCLUDED.created_at
        RETURNING n.id, n.user_id, n.case_id, n.title::text, n.group_count
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_outbox_claim(p_limit integer)
 RETURNS TABLE(id bigint, channel character varying, target uuid, event character varying, payload jsonb, agencies uuid[], oversight uuid[])
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      #variable_conflict use_column
      BEGIN
        RETURN QUERY
        WITH claimed AS (
          DELETE FROM outbox o
           WHERE o.id IN (SELECT i.id FROM outbox i ORDER BY i.id LIMIT p_limit FOR UPDATE SKIP LOCKED)
          RETURNING o.id, o.channel, o.target, o.event, o.payload
        )
        SELECT c.id, c.channel, c.target, c.event, c.payload,
               CASE WHEN c.channel = 'case' THEN ARRAY(
                 SELECT p.agency_id FROM case_participant p WHERE p.case_id = c.target
                 UNION
                 SELECT ac.coordinator_id FROM case_participant p
                   JOIN agency_coordination ac ON ac.coordinated_id = p.agency_id
                  WHERE p.case_id = c.target) END,
               CASE WHEN c.channel = 'case' THEN ARRAY(
                 WITH RECURSIVE ancestors AS (
                   SELECT a.parent_id AS aid FROM case_participant p JOIN agency a ON a.id = p.agency_id
                    WHERE p.case_id = c.target AND a.parent_id IS NOT NULL
                   UNION
                   SELECT a.parent_id FROM agency a JOIN ancestors an ON a.id = an.aid WHERE a.parent_id IS NOT NULL
                 )
                 SELECT aid FROM ancestors) END
          FROM claimed c
         ORDER BY c.id;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_pending_invitation_agencies(p_user uuid)
 RETURNS uuid[]
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        SELECT COALESCE(array_agg(agency_id), '{}') FROM membership_invitation
        WHERE user_id = p_user AND status = 'pending' AND expires_at > now()
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_phone_key(p_contact text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
        SELECT CASE
          WHEN d ~ '^\+?62[0-9]{8,13}$' THEN replace(d, '+', '')
          WHEN d ~ '^08[0-9]{8,12}$' THEN '62' || substr(d, 2)
        END
        FROM (SELECT regexp_replace(btrim(p_contact), '[[:space:]().-]', '', 'g') AS d) x
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_published_evidence_photo(p_attachment uuid, p_url text)
 RETURNS TABLE(storage_key text)
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        SELECT a.storage_key::text FROM case_attachment a JOIN "case" c ON c.id = a.case_id
        WHERE a.id = p_attachment
          AND NOT c.ever_confidential
          AND a.kind = 'image' AND a.public_at IS NOT NULL
          AND a.deleted_at IS NULL AND a.files_erased_at IS NULL
          AND EXISTS (SELECT 1 FROM clarification_publication p
                      WHERE p.content -> 'evidence' @> jsonb_build_array(jsonb_build_object('url', p_url)))
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_purge_reporter_data(p_retention_days integer)
 RETURNS integer
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
        WITH purged AS (
          UPDATE case_report r
             SET reporter_name = NULL, reporter_contact = NULL, reporter_nik = NULL, personal_data_purged_at = now()
            FROM "case" c
           WHERE c.id = r.case_id AND r.personal_data_purged_at IS NULL
             AND c.closed_at IS NOT NULL AND c.closed_at < now() - make_interval(days => p_retention_days)
          RETURNING 1
        )
        SELECT count(*)::integer FROM purged
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_readable_agencies()
 RETURNS uuid[]
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        RETURN (
        WITH RECURSIVE actor AS (
          SELECT simpul_actor_agency() AS agency_id, simpul_actor_role() AS role
        ), descendants AS (
          SELECT a.id FROM agency a, actor
          WHERE a.parent_id = actor.agency_id AND actor.role IN ('pimpinan', 'admin', 'humas')
          UNION
          SELECT a.id FROM agency a JOIN descendants d ON a.parent_id = d.id
        )
        SELECT coalesce(array_agg(DISTINCT id), '{}') FROM (
          SELECT agency_id AS id FROM actor WHERE agency_id IS NOT NULL
          UNION SELECT id FROM descendants
          UNION SELECT c.coordinated_id FROM agency_coordination c, actor
                WHERE c.coordinator_id = actor.agency_id
        ) readable
        );
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_reporter_message_forget()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      BEGIN
        IF NEW.personal_data_purged_at IS NOT NULL AND OLD.personal_data_purged_at IS NULL THEN
          UPDATE reporter_message SET recipient = '[dihapus]' WHERE report_id = NEW.id;
          UPDATE reporter_rating SET comment = NULL WHERE report_id = NEW.id;
        END IF;
        RETURN NEW;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_search_forms(p_word text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
        WITH list AS (SELECT '{"jl":"jalan","jln":"jalan","gg":"gang","kec":"kecamatan","kab":"kabupaten","kel":"kelurahan","ds":"desa","dsn":"dusun","prov":"provinsi","jemb":"jembatan","tlg":"tolong","tlng":"tolong","mhn":"mohon","bnyk":"banyak","byk":"banyak","sdh":"sudah","udh":"sudah","udah":"sudah","blm":"belum","yg":"yang","dgn":"dengan","dg":"dengan","tdk":"tidak","gak":"tidak","gk":"tidak","krn":"karena","karna":"karena","utk":"untuk","untk":"untuk","dpn":"depan","blkg":"belakang","dkt":"dekat","sblh":"sebelah","skt":"sekitar","sktr":"sekitar","rsk":"rusak","lbg":"lubang","lbng":"lubang","lmp":"lampu","mtr":"motor","kndrn":"kendaraan","bhy":"bahaya","sgr":"segera","msh":"masih","skrg":"sekarang","kmrn":"kemarin","bln":"bulan","thn":"tahun","hr":"hari","mgg":"minggu","pdhl":"padahal","bbrp":"beberapa","tsb":"tersebut","spt":"seperti","hrs":"harus","dlm":"dalam","jg":"juga","lg":"lagi","sy":"saya","no":"nomor","bpk":"bapak"}'::jsonb AS short_forms),
        full_word AS (SELECT coalesce(short_forms ->> lower(p_word), lower(p_word)) AS word FROM list)
        SELECT array_agg(DISTINCT form ORDER BY form) FROM (
          SELECT word AS form FROM full_word
          UNION ALL
          SELECT f.key FROM list, full_word, jsonb_each_text(list.short_forms) f WHERE f.value = full_word.word
        ) forms
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_search_query(p_query text)
 RETURNS tsquery
 LANGUAGE plpgsql
 STABLE SECURITY DEFINER
 SET search_path TO 'public'
 SET "pg_trgm.similarity_threshold" TO '0.5'
AS $function$
  DECLARE
    v_token text;
    v_forms text[];
    v_word text;
    v_prefixed text[];
    v_alternatives tsquery;
    v_result tsquery;
  BEGIN
    FOR v_token IN
      SELECT lexeme FROM unnest(to_tsvector('simple', left(p_query, 200))) ORDER BY positions[1] LIMIT 8
    LOOP
      v_alternatives := plainto_tsquery('indonesian', v_token);
      IF numnode(v_alternatives) = 0 THEN
        CONTINUE; -- a stop word
      END IF;
      v_forms := simpul_search_forms(v_token);
      FOREACH v_word IN ARRAY v_forms LOOP
        IF v_word <> v_token THEN
          v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
        END IF;
      END LOOP;
      IF length(v_token) >= 3 THEN
        v_prefixed := ARRAY(
          SELECT word FROM search_word
          WHERE word LIKE replace(replace(replace(v_token, '\', '\\'), '%', '\%'), '_', '\_') || '%'
          LIMIT 13);
        IF cardinality(v_prefixed) > 12 THEN
          v_alternatives := v_alternatives || to_tsquery('simple', quote_literal(v_token) || ':*');
        ELSE
          FOREACH v_word IN ARRAY v_prefixed LOOP
            v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
          END LOOP;
        END IF;
      END IF;
      IF length(v_token) >= 4 AND cardinality(v_forms) = 1 THEN
        FOR v_word IN
          SELECT word FROM search_word
          WHERE variants && simpul_word_variants(v_token) AND word <> v_token
          ORDER BY similarity(word, v_token) DESC, word LIMIT 4
        LOOP
          v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
        END LOOP;
      END IF;
      FOR v_word IN
        SELECT word FROM search_word WHERE word % v_token AND word <> v_token
        ORDER BY similarity(word, v_token) DESC, word LIMIT 4
      LOOP
        v_alternatives := v_alternatives || plainto_tsquery('indonesian', v_word);
      END LOOP;
      v_result := CASE WHEN v_result IS NULL THEN v_alternatives ELSE v_result && v_alternatives END;
    END LOOP;
    RETURN v_result; -- null (nothing matches) when the query has no searchable word
  END
  $function$;

CREATE OR REPLACE FUNCTION public.simpul_sync_case_deadline()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      DECLARE
        v_case uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.case_id ELSE NEW.case_id END;
        v_deadline timestamptz;
        v_escalated boolean;
      BEGIN
        SELECT min(deadline), coalesce(bool_or(escalated_at IS NOT NULL), false)
          INTO v_deadline, v_escalated
          FROM case_clock WHERE case_id = v_case AND completed_at IS NULL;
        UPDATE "case" SET "next_deadline" = v_deadline, "sla_escalated" = v_escalated
         WHERE id = v_case
           AND ("next_deadline" IS DISTINCT FROM v_deadline OR "sla_escalated" IS DISTINCT FROM v_escalated);
        RETURN NULL;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_sync_case_hand(p_case uuid)
 RETURNS void
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      DECLARE
        v_holder uuid;
        v_open uuid;
        v_since timestamptz;
        v_start timestamptz := now();
      BEGIN
        SELECT p.agency_id INTO v_holder
          FROM "case" c JOIN case_participant p ON p.case_id = c.id AND p.role = 'lead'
         WHERE c.id = p_case AND c.status IN ('new', 'verified', 'routed', 'in_progress', 'reopened');
        SELECT agency_id, started_at INTO v_open, v_since
          FROM case_hand WHERE case_id = p_case AND ended_at IS NULL;
        IF v_open IS NOT DISTINCT FROM v_holder THEN
          RETURN;
        END IF;
        IF v_open IS NOT NULL THEN
          IF v_since >= now() THEN
            -- Opened earlier in this same transaction: it never really started.
            DELETE FROM case_hand WHERE case_id = p_case AND ended_at IS NULL;
          ELSE
            UPDATE case_hand SET ended_at = now() WHERE case_id = p_case AND ended_at IS NULL;
          END IF;
        END IF;
        IF v_holder IS NOT NULL THEN
          -- The first stint starts with the case (an imported report may be older than its row).
          IF NOT EXISTS (SELECT 1 FROM case_hand WHERE case_id = p_case) THEN
            SELECT least(created_at, now()) INTO v_start FROM "case" WHERE id = p_case;
          END IF;
          INSERT INTO case_hand (case_id, agency_id, started_at) VALUES (p_case, v_holder, v_start);
        END IF;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_sync_inbox_entries()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
    BEGIN
      DELETE FROM case_inbox_entry
       WHERE case_id = NEW.id AND agency_id <> ALL (NEW.participant_agency_ids);
      INSERT INTO case_inbox_entry (agency_id, case_id, created_at, status, category, regency_code, location_confidence, lat, lng, due, sla_escalated)
      SELECT a, NEW.id, NEW.created_at, NEW.status, NEW.category, NEW.regency_code, NEW.location_confidence, NEW.lat, NEW.lng,
      coalesce(NEW.next_deadline, 'infinity'::timestamptz), NEW.sla_escalated FROM unnest(NEW.participant_agency_ids) a
      ON CONFLICT (agency_id, case_id) DO UPDATE SET
        created_at = EXCLUDED.created_at, status = EXCLUDED.status, category = EXCLUDED.category, regency_code = EXCLUDED.regency_code, location_confidence = EXCLUDED.location_confidence, lat = EXCLUDED.lat, lng = EXCLUDED.lng, due = EXCLUDED.due, sla_escalated = EXCLUDED.sla_escalated;
      RETURN NULL;
    END
    $function$;

CREATE OR REPLACE FUNCTION public.simpul_sync_participant_agencies()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'public'
AS $function$
      DECLARE
        v_case uuid;
      BEGIN
        FOR v_case IN
          SELECT DISTINCT x FROM unnest(ARRAY[
            CASE WHEN TG_OP <> 'INSERT' THEN OLD.case_id END,
            CASE WHEN TG_OP <> 'DELETE' THEN NEW.case_id END]) AS x
          WHERE x IS NOT NULL
        LOOP
          UPDATE "case" SET "participant_agency_ids" = ARRAY(
            SELECT agency_id FROM case_participant WHERE case_id = v_case
            UNION SELECT to_agency_id FROM case_handoff WHERE case_id = v_case AND status = 'open'
            UNION SELECT agency_id FROM case_collaboration WHERE case_id = v_case AND status = 'invited'
            ORDER BY 1)
          WHERE id = v_case;
        END LOOP;
        RETURN NULL;
      END
      $function$;

CREATE OR REPLACE FUNCTION public.simpul_word_variants(p_word text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
        SELECT array_agg(DISTINCT v) FROM (
          SELECT p_word AS v
          UNION ALL
          SELECT overlay(p_word PLACING '' FROM i FOR 1) FROM generate_series(1, length(p_word)) i
        ) x
      $function$;

-- ================================================================================================
-- Triggers

CREATE TRIGGER tr_case_hand_status AFTER UPDATE OF status ON "case" FOR EACH ROW WHEN (old.status::text IS DISTINCT FROM new.status::text) EXECUTE FUNCTION simpul_case_hand_on_case();
CREATE TRIGGER tr_case_inbox_entries_insert AFTER INSERT ON "case" FOR EACH ROW EXECUTE FUNCTION simpul_sync_inbox_entries();
CREATE TRIGGER tr_case_inbox_entries_update AFTER UPDATE OF participant_agency_ids, created_at, status, category, regency_code, location_confidence, lat, lng, next_deadline, sla_escalated ON "case" FOR EACH ROW WHEN (old.participant_agency_ids IS DISTINCT FROM new.participant_agency_ids OR old.created_at IS DISTINCT FROM new.created_at OR old.status::text IS DISTINCT FROM new.status::text OR old.category::text IS DISTINCT FROM new.category::text OR old.regency_code::text IS DISTINCT FROM new.regency_code::text OR old.location_confidence::text IS DISTINCT FROM new.location_confidence::text OR old.lat IS DISTINCT FROM new.lat OR old.lng IS DISTINCT FROM new.lng OR old.next_deadline IS DISTINCT FROM new.next_deadline OR old.sla_escalated IS DISTINCT FROM new.sla_escalated) EXECUTE FUNCTION simpul_sync_inbox_entries();
CREATE TRIGGER tr_case_keep_confidential BEFORE UPDATE OF ever_confidential ON "case" FOR EACH ROW WHEN (old.ever_confidential AND NOT new.ever_confidential) EXECUTE FUNCTION simpul_case_keep_confidential();
CREATE TRIGGER tr_case_search_words AFTER INSERT OR UPDATE OF title, description, category ON "case" FOR EACH ROW EXECUTE FUNCTION simpul_collect_search_words();
CREATE TRIGGER tr_case_clock_deadline AFTER INSERT OR DELETE OR UPDATE ON case_clock FOR EACH ROW EXECUTE FUNCTION simpul_sync_case_deadline();
CREATE TRIGGER tr_case_collaboration_agencies AFTER INSERT OR DELETE OR UPDATE OF status, agency_id ON case_collaboration FOR EACH ROW EXECUTE FUNCTION simpul_sync_participant_agencies();
CREATE TRIGGER case_event_outbox AFTER INSERT ON case_event FOR EACH ROW EXECUTE FUNCTION simpul_case_event_to_outbox();
CREATE TRIGGER tr_case_handoff_agencies AFTER INSERT OR DELETE OR UPDATE OF status, to_agency_id ON case_handoff FOR EACH ROW EXECUTE FUNCTION simpul_sync_participant_agencies();
CREATE TRIGGER tr_case_hand_lead AFTER INSERT OR DELETE OR UPDATE OF role, agency_id, case_id ON case_participant FOR EACH ROW EXECUTE FUNCTION simpul_case_hand_on_participant();
CREATE TRIGGER tr_case_participant_agencies AFTER INSERT OR DELETE OR UPDATE OF agency_id, case_id ON case_participant FOR EACH ROW EXECUTE FUNCTION simpul_sync_participant_agencies();
CREATE TRIGGER tr_case_report_comment_forget_reporter BEFORE UPDATE OF personal_data_purged_at ON case_report FOR EACH ROW EXECUTE FUNCTION simpul_case_comment_forget_reporter();
CREATE TRIGGER tr_case_report_confidential AFTER INSERT OR UPDATE OF case_id, confidential ON case_report FOR EACH ROW WHEN (new.confidential) EXECUTE FUNCTION simpul_case_mark_confidential();
CREATE TRIGGER tr_case_report_intake BEFORE INSERT OR UPDATE OF intake_agency_id ON case_report FOR EACH ROW EXECUTE FUNCTION simpul_case_report_intake();
CREATE TRIGGER tr_case_report_lapor_forget_reporter BEFORE UPDATE OF personal_data_purged_at ON case_report FOR EACH ROW EXECUTE FUNCTION simpul_lapor_forget_reporter();
CREATE TRIGGER tr_case_report_reporter_message_forget BEFORE UPDATE OF personal_data_purged_at ON case_report FOR EACH ROW EXECUTE FUNCTION simpul_reporter_message_forget();

-- ================================================================================================
-- Row-level security policies

CREATE POLICY "audit_insert" ON "audit_log" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK (true);
CREATE POLICY "audit_read" ON "audit_log" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR ((agency_id = simpul_actor_agency()) AND (simpul_actor_role() = 'admin'::text))));
CREATE POLICY "case_insert" ON "case" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK (((simpul_actor_agency() IS NOT NULL) AND (intake_agency_id = simpul_actor_agency())));
CREATE POLICY "case_read" ON "case" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((current_setting('simpul.system'::text, true) = 'on'::text) OR (participant_agency_ids && ( SELECT simpul_readable_agencies() AS simpul_readable_agencies))));
CREATE POLICY "case_update" ON "case" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING (((current_setting('simpul.system'::text, true) = 'on'::text) OR (participant_agency_ids && ( SELECT simpul_readable_agencies() AS simpul_readable_agencies))))
  WITH CHECK (((current_setting('simpul.system'::text, true) = 'on'::text) OR (participant_agency_ids && ( SELECT simpul_readable_agencies() AS simpul_readable_agencies))));
CREATE POLICY "case_assignee_read" ON "case_assignee" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((agency_id = ANY (( SELECT simpul_readable_agencies() AS simpul_readable_agencies)::uuid[])) OR simpul_case_visible(case_id)));
CREATE POLICY "case_assignee_write" ON "case_assignee" AS PERMISSIVE FOR ALL TO simpul_app
  USING (((agency_id = ANY (( SELECT simpul_readable_agencies() AS simpul_readable_agencies)::uuid[])) OR simpul_case_visible(case_id)))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "case_attachment_all" ON "case_attachment" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "case_clock_all" ON "case_clock" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "case_collaboration_read" ON "case_collaboration" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (simpul_case_visible(case_id));
CREATE POLICY "case_collaboration_write" ON "case_collaboration" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "case_comment_all" ON "case_comment" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "case_comment_revision_all" ON "case_comment_revision" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "case_event_insert" ON "case_event" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK ((simpul_case_visible(case_id) OR (simpul_case_intake_agency(case_id) = simpul_actor_agency())));
CREATE POLICY "case_event_read" ON "case_event" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (simpul_case_visible(case_id));
CREATE POLICY "case_hand_read" ON "case_hand" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (simpul_case_visible(case_id));
CREATE POLICY "case_handoff_insert" ON "case_handoff" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK (((current_setting('simpul.system'::text, true) = 'on'::text) OR (simpul_case_visible(case_id) AND (from_agency_id = simpul_actor_agency()))));
CREATE POLICY "case_handoff_read" ON "case_handoff" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((current_setting('simpul.system'::text, true) = 'on'::text) OR simpul_case_visible(case_id) OR (from_agency_id = simpul_actor_agency()) OR (to_agency_id = simpul_actor_agency())));
CREATE POLICY "case_handoff_update" ON "case_handoff" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING (((current_setting('simpul.system'::text, true) = 'on'::text) OR simpul_case_visible(case_id)))
  WITH CHECK (((current_setting('simpul.system'::text, true) = 'on'::text) OR simpul_case_visible(case_id) OR (from_agency_id = simpul_actor_agency()) OR (to_agency_id = simpul_actor_agency())));
CREATE POLICY "case_merge_request_insert" ON "case_merge_request" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK ((simpul_case_visible(surviving_case_id) AND simpul_case_visible(duplicate_case_id) AND (requested_by_agency_id = simpul_actor_agency())));
CREATE POLICY "case_merge_request_read" ON "case_merge_request" AS PERMISSIVE FOR SELECT TO simpul_app
  USING ((simpul_case_visible(surviving_case_id) OR simpul_case_visible(duplicate_case_id)));
CREATE POLICY "case_merge_request_update" ON "case_merge_request" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING ((simpul_case_visible(duplicate_case_id) OR simpul_case_visible(surviving_case_id)));
CREATE POLICY "case_participant_read" ON "case_participant" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((agency_id = ANY (( SELECT simpul_readable_agencies() AS simpul_readable_agencies)::uuid[])) OR simpul_case_visible(case_id)));
CREATE POLICY "case_participant_write" ON "case_participant" AS PERMISSIVE FOR ALL TO simpul_app
  USING (((agency_id = ANY (( SELECT simpul_readable_agencies() AS simpul_readable_agencies)::uuid[])) OR simpul_case_visible(case_id)))
  WITH CHECK ((simpul_case_visible(case_id) OR (simpul_case_intake_agency(case_id) = simpul_actor_agency())));
CREATE POLICY "case_report_read" ON "case_report" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (simpul_case_visible(case_id));
CREATE POLICY "case_report_write" ON "case_report" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK ((simpul_case_visible(case_id) OR (simpul_case_intake_agency(case_id) = simpul_actor_agency())));
CREATE POLICY "clarification_agency_access" ON "clarification_agency" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_approval_access" ON "clarification_approval" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_case_access" ON "clarification_case" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_chain_read" ON "clarification_chain" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((simpul_actor_agency() IS NOT NULL) OR (current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text)));
CREATE POLICY "clarification_chain_write" ON "clarification_chain" AS PERMISSIVE FOR ALL TO simpul_app
  USING (((agency_id = simpul_actor_agency()) OR (current_setting('simpul.superadmin'::text, true) = 'on'::text)))
  WITH CHECK (((agency_id = simpul_actor_agency()) OR (current_setting('simpul.superadmin'::text, true) = 'on'::text)));
CREATE POLICY "clarification_chain_step_read" ON "clarification_chain_step" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((simpul_actor_agency() IS NOT NULL) OR (current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text)));
CREATE POLICY "clarification_chain_step_write" ON "clarification_chain_step" AS PERMISSIVE FOR ALL TO simpul_app
  USING (((agency_id = simpul_actor_agency()) OR (current_setting('simpul.superadmin'::text, true) = 'on'::text)))
  WITH CHECK (((agency_id = simpul_actor_agency()) OR (current_setting('simpul.superadmin'::text, true) = 'on'::text)));
CREATE POLICY "clarification_comment_access" ON "clarification_comment" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_delivery_access" ON "clarification_delivery" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_draft_insert" ON "clarification_draft" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK ((agency_id = simpul_actor_agency()));
CREATE POLICY "clarification_draft_read" ON "clarification_draft" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((agency_id = simpul_actor_agency()) OR simpul_clarification_visible(id)));
CREATE POLICY "clarification_draft_system" ON "clarification_draft" AS PERMISSIVE FOR ALL TO simpul_app
  USING ((current_setting('simpul.system'::text, true) = 'on'::text))
  WITH CHECK ((current_setting('simpul.system'::text, true) = 'on'::text));
CREATE POLICY "clarification_draft_update" ON "clarification_draft" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING (simpul_clarification_visible(id))
  WITH CHECK (simpul_clarification_visible(id));
CREATE POLICY "clarification_editor_access" ON "clarification_editor" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_event_access" ON "clarification_event" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_publication_read" ON "clarification_publication" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (true);
CREATE POLICY "clarification_publication_write" ON "clarification_publication" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_update_access" ON "clarification_update" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "clarification_version_access" ON "clarification_version" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_clarification_visible(draft_id))
  WITH CHECK (simpul_clarification_visible(draft_id));
CREATE POLICY "lapor_conflict_insert" ON "lapor_conflict" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "lapor_conflict_read" ON "lapor_conflict" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (simpul_case_visible(case_id));
CREATE POLICY "lapor_conflict_update" ON "lapor_conflict" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "location_request_all" ON "location_request" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "membership_invitation_answer" ON "membership_invitation" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING ((user_id = simpul_actor_user()))
  WITH CHECK ((user_id = simpul_actor_user()));
CREATE POLICY "membership_invitation_invite" ON "membership_invitation" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK ((((status)::text = 'pending'::text) AND (user_id <> simpul_actor_user()) AND ((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR ((agency_id = simpul_actor_agency()) AND (simpul_actor_role() = 'admin'::text)))));
CREATE POLICY "membership_invitation_read" ON "membership_invitation" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (((user_id = simpul_actor_user()) OR (current_setting('simpul.superadmin'::text, true) = 'on'::text) OR ((agency_id = simpul_actor_agency()) AND (simpul_actor_role() = 'admin'::text))));
CREATE POLICY "notification_insert" ON "notification" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK (((simpul_actor_user() IS NOT NULL) OR (current_setting('simpul.system'::text, true) = 'on'::text)));
CREATE POLICY "notification_mark_read" ON "notification" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING ((user_id = simpul_actor_user()))
  WITH CHECK ((user_id = simpul_actor_user()));
CREATE POLICY "notification_own" ON "notification" AS PERMISSIVE FOR SELECT TO simpul_app
  USING ((user_id = simpul_actor_user()));
CREATE POLICY "open311_request_all" ON "open311_request" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "report_tracking_all" ON "report_tracking" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "reporter_message_all" ON "reporter_message" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "reporter_rating_all" ON "reporter_rating" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));
CREATE POLICY "road_registry_version_read" ON "road_registry_version" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (true);
CREATE POLICY "road_registry_version_write" ON "road_registry_version" AS PERMISSIVE FOR ALL TO simpul_app
  USING (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text)))
  WITH CHECK (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text)));
CREATE POLICY "road_segment_read" ON "road_segment" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (true);
CREATE POLICY "road_segment_write" ON "road_segment" AS PERMISSIVE FOR ALL TO simpul_app
  USING (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text)))
  WITH CHECK (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text)));
CREATE POLICY "routing_rule_close" ON "routing_rule" AS PERMISSIVE FOR UPDATE TO simpul_app
  USING (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text) OR ((simpul_actor_role() = ANY (ARRAY['admin'::text, 'pimpinan'::text])) AND (EXISTS ( SELECT 1
   FROM agency_coordination c
  WHERE (c.coordinator_id = simpul_actor_agency()))))))
  WITH CHECK (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text) OR ((simpul_actor_role() = ANY (ARRAY['admin'::text, 'pimpinan'::text])) AND (EXISTS ( SELECT 1
   FROM agency_coordination c
  WHERE (c.coordinator_id = simpul_actor_agency()))))));
CREATE POLICY "routing_rule_read" ON "routing_rule" AS PERMISSIVE FOR SELECT TO simpul_app
  USING (true);
CREATE POLICY "routing_rule_write" ON "routing_rule" AS PERMISSIVE FOR INSERT TO simpul_app
  WITH CHECK (((current_setting('simpul.superadmin'::text, true) = 'on'::text) OR (current_setting('simpul.system'::text, true) = 'on'::text) OR ((simpul_actor_role() = ANY (ARRAY['admin'::text, 'pimpinan'::text])) AND (EXISTS ( SELECT 1
   FROM agency_coordination c
  WHERE (c.coordinator_id = simpul_actor_agency()))))));
CREATE POLICY "sla_reminder_all" ON "sla_reminder" AS PERMISSIVE FOR ALL TO simpul_app
  USING (simpul_case_visible(case_id))
  WITH CHECK (simpul_case_visible(case_id));

-- ================================================================================================
-- Privileges of simpul_app and PUBLIC (owners have all; superusers bypass them)

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "agency" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "agency_coordination" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "agency_leader_threshold" TO simpul_app;
GRANT SELECT ON TABLE "app_meta" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "app_user" TO simpul_app;
GRANT SELECT, INSERT ON TABLE "audit_log" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "auth_session" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "calendar_override" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "case" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "case_assignee" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "case_attachment" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "case_clock" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "case_collaboration" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "case_comment" TO simpul_app;
GRANT SELECT, INSERT ON TABLE "case_comment_revision" TO simpul_app;
GRANT SELECT, INSERT ON TABLE "case_event" TO simpul_app;
GRANT SELECT ON TABLE "case_hand" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "case_handoff" TO simpul_app;
GRANT SELECT ON TABLE "case_inbox" TO simpul_app;
GRANT SELECT ON TABLE "case_inbox_entries" TO simpul_app;
GRANT SELECT ON TABLE "case_inbox_lead" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "case_merge_request" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "case_participant" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "case_report" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "clarification_agency" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "clarification_approval" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "clarification_case" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "clarification_chain" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "clarification_chain_step" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "clarification_comment" TO simpul_app;
GRANT SELECT, INSERT ON TABLE "clarification_delivery" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "clarification_draft" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "clarification_editor" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "clarification_event" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "clarification_publication" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "clarification_update" TO simpul_app;
GRANT SELECT, INSERT ON TABLE "clarification_version" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "idempotency_key" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "lapor_conflict" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "location_request" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "membership" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "membership_invitation" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "notification" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "open311_key" TO simpul_app;
GRANT SELECT, INSERT ON TABLE "open311_request" TO simpul_app;
GRANT INSERT ON TABLE "outbox" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "refresh_token" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "report_tracking" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "reporter_message" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "reporter_rating" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "road_registry_version" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "road_segment" TO simpul_app;
GRANT SELECT, INSERT, UPDATE ON TABLE "routing_rule" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "sign_in_attempt" TO simpul_app;
GRANT SELECT, INSERT ON TABLE "sla_reminder" TO simpul_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE "user_token" TO simpul_app;

GRANT USAGE ON SEQUENCE "audit_log_id_seq" TO simpul_app;
GRANT USAGE ON SEQUENCE "case_event_id_seq" TO simpul_app;
GRANT USAGE ON SEQUENCE "case_number_seq" TO simpul_app;
GRANT SELECT, USAGE ON SEQUENCE "clarification_event_id_seq" TO simpul_app;
GRANT SELECT, USAGE ON SEQUENCE "clarification_update_id_seq" TO simpul_app;
GRANT USAGE ON SEQUENCE "outbox_id_seq" TO simpul_app;

REVOKE EXECUTE ON FUNCTION simpul_actor_agency() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_actor_role() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_actor_user() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_case_comment_forget_reporter() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_case_intake_agency(p_case uuid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_case_relations(p_case uuid, p_agency uuid, p_role text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_case_visible(p_case uuid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_category_text(p_category text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_clarification_linked_cases(p_draft uuid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_clarification_public_photos(p_draft uuid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_clarification_visible(p_draft uuid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_inbox_entries_backfill() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_lapor_forget_reporter() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_lapor_tracking_taken(p_tracking_id text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_notify_grouped(p_user_ids uuid[], p_kind text, p_case_id uuid, p_title text, p_group_title text, p_body text, p_actor_user_id uuid, p_created_at timestamp with time zone, p_group_key text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_outbox_claim(p_limit integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_pending_invitation_agencies(p_user uuid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_phone_key(p_contact text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_published_evidence_photo(p_attachment uuid, p_url text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_purge_reporter_data(p_retention_days integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_readable_agencies() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_reporter_message_forget() FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_search_forms(p_word text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_search_query(p_query text) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_sync_case_hand(p_case uuid) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION simpul_word_variants(p_word text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_actor_agency() TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_actor_role() TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_actor_user() TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_case_event_to_outbox() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_case_hand_on_case() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_case_hand_on_participant() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_case_intake_agency(p_case uuid) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_case_keep_confidential() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_case_mark_confidential() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_case_relations(p_case uuid, p_agency uuid, p_role text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_case_report_intake() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_case_visible(p_case uuid) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_category_text(p_category text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_clarification_linked_cases(p_draft uuid) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_clarification_public_photos(p_draft uuid) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_clarification_visible(p_draft uuid) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_collect_search_words() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_lapor_tracking_taken(p_tracking_id text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_notify_grouped(p_user_ids uuid[], p_kind text, p_case_id uuid, p_title text, p_group_title text, p_body text, p_actor_user_id uuid, p_created_at timestamp with time zone, p_group_key text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_outbox_claim(p_limit integer) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_pending_invitation_agencies(p_user uuid) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_phone_key(p_contact text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_published_evidence_photo(p_attachment uuid, p_url text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_purge_reporter_data(p_retention_days integer) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_readable_agencies() TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_search_forms(p_word text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_search_query(p_query text) TO simpul_app;
GRANT EXECUTE ON FUNCTION simpul_sync_case_deadline() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_sync_inbox_entries() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_sync_participant_agencies() TO PUBLIC;
GRANT EXECUTE ON FUNCTION simpul_word_variants(p_word text) TO simpul_app;
