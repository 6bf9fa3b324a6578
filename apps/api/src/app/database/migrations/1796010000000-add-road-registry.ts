import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE, grantTableToApp } from '../app-role';

const STATUSES = `'nasional', 'provinsi', 'kabupaten', 'kota', 'desa'`;
const SUPERADMIN = `current_setting('simpul.superadmin', true) = 'on'`;
const SYSTEM = `current_setting('simpul.system', true) = 'on'`;
/** A coordinating agency's leaders and admins (agency_coordination names the coordinators). */
const COORDINATOR = `(simpul_actor_role() IN ('admin', 'pimpinan') AND EXISTS (
  SELECT 1 FROM agency_coordination c WHERE c.coordinator_id = simpul_actor_agency()))`;

/**
 * The road-status registry and the routing rules (issue #13).
 *
 * `road_registry_version` is one import batch and its background job at once (progress, cancel,
 * per-feature errors); its segments appear only when the whole import commits. `road_segment`
 * rows are never edited: a new row for the same link and km range closes the previous one
 * (`valid_to`), and an exclusion constraint refuses two rows of one link whose km ranges and
 * validity overlap. `routing_rule` rows are versioned the same way: an edit closes the old row and
 * adds a new one; one rule per category × regency × road status at a time.
 *
 * Row-level security: every officer reads (public infrastructure facts); the superadmin (or the
 * import job, as the system) writes the registry; the superadmin and coordinating agencies'
 * admins and leaders write rules.
 */
export class AddRoadRegistry1796010000000 implements MigrationInterface {
  name = 'AddRoadRegistry1796010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE "road_registry_version" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "source" varchar(16) NOT NULL,
        "label" varchar(200) NOT NULL,
        "file_name" varchar(255) NULL,
        "is_sample" boolean NOT NULL DEFAULT false,
        "valid_from" date NOT NULL,
        "status" varchar(16) NOT NULL DEFAULT 'queued',
        "total_features" integer NOT NULL DEFAULT 0,
        "done_features" integer NOT NULL DEFAULT 0,
        "segment_count" integer NOT NULL DEFAULT 0,
        "closed_count" integer NOT NULL DEFAULT 0,
        "errors" jsonb NOT NULL DEFAULT '[]',
        "upload" text NULL,
        "cancel_requested" boolean NOT NULL DEFAULT false,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "finished_at" timestamptz NULL,
        CONSTRAINT "ck_road_registry_version_source" CHECK ("source" IN ('geojson', 'csv', 'sample')),
        CONSTRAINT "ck_road_registry_version_status" CHECK ("status" IN ('queued', 'running', 'done', 'failed', 'cancelled')),
        CONSTRAINT "ck_road_registry_version_progress" CHECK ("done_features" BETWEEN 0 AND "total_features")
      )`);
    await q.query(
      `CREATE INDEX "ix_road_registry_version_created" ON "road_registry_version" ("created_at" DESC)`,
    );
    await q.query(`
      CREATE TABLE "road_segment" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "version_id" uuid NOT NULL REFERENCES "road_registry_version"("id") ON DELETE CASCADE,
        "link_number" varchar(32) NULL,
        "km_from" numeric(9, 3) NULL,
        "km_to" numeric(9, 3) NULL,
        "name" varchar(300) NOT NULL,
        "status" varchar(16) NOT NULL,
        "regency_code" varchar(8) NULL,
        "district_code" varchar(8) NULL,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "geometry" jsonb NOT NULL,
        "min_lng" double precision NOT NULL,
        "min_lat" double precision NOT NULL,
        "max_lng" double precision NOT NULL,
        "max_lat" double precision NOT NULL,
        "source_note" varchar(500) NULL,
        "valid_from" date NOT NULL,
        "valid_to" date NULL,
        CONSTRAINT "ck_road_segment_status" CHECK ("status" IN (${STATUSES})),
        CONSTRAINT "ck_road_segment_km" CHECK (("km_from" IS NULL) = ("km_to" IS NULL) AND ("km_from" IS NULL OR "km_from" <= "km_to")),
        CONSTRAINT "ck_road_segment_valid" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
        CONSTRAINT "ck_road_segment_geometry" CHECK ("geometry"->>'type' IN ('LineString', 'MultiLineString')),
        CONSTRAINT "ex_road_segment_link_overlap" EXCLUDE USING gist (
          "link_number" WITH =,
          numrange("km_from", "km_to", '[)') WITH &&,
          daterange("valid_from", "valid_to", '[)') WITH &&
        ) WHERE ("link_number" IS NOT NULL AND "km_from" IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX "ix_road_segment_bbox" ON "road_segment" ("min_lng", "max_lng", "min_lat", "max_lat")`,
    );
    await q.query(`CREATE INDEX "ix_road_segment_version" ON "road_segment" ("version_id")`);
    await q.query(
      `CREATE INDEX "ix_road_segment_open_link" ON "road_segment" ("link_number") WHERE "valid_to" IS NULL`,
    );

    await q.query(`
      CREATE TABLE "routing_rule" (
        "id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        "category" varchar(64) NOT NULL,
        "regency_code" varchar(8) NULL,
        "road_status" varchar(16) NULL,
        "agency_id" uuid NOT NULL REFERENCES "agency"("id") ON DELETE RESTRICT,
        "mode" varchar(8) NOT NULL DEFAULT 'suggest',
        "note" varchar(500) NULL,
        "is_sample" boolean NOT NULL DEFAULT false,
        "replaces_id" uuid NULL REFERENCES "routing_rule"("id") ON DELETE SET NULL,
        "valid_from" date NOT NULL,
        "valid_to" date NULL,
        "created_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "closed_by" uuid NULL REFERENCES "app_user"("id") ON DELETE SET NULL,
        CONSTRAINT "ck_routing_rule_status" CHECK ("road_status" IS NULL OR "road_status" IN (${STATUSES})),
        CONSTRAINT "ck_routing_rule_mode" CHECK ("mode" IN ('suggest', 'direct')),
        CONSTRAINT "ck_routing_rule_valid" CHECK ("valid_to" IS NULL OR "valid_to" >= "valid_from"),
        CONSTRAINT "ex_routing_rule_overlap" EXCLUDE USING gist (
          "category" WITH =,
          (COALESCE("regency_code", '*')) WITH =,
          (COALESCE("road_status", '*')) WITH =,
          daterange("valid_from", "valid_to", '[)') WITH &&
        )
      )`);
    await q.query(
      `CREATE INDEX "ix_routing_rule_open" ON "routing_rule" ("category") WHERE "valid_to" IS NULL`,
    );

    for (const table of ['road_registry_version', 'road_segment']) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(
        `CREATE POLICY "${table}_read" ON "${table}" FOR SELECT TO ${APP_DB_ROLE} USING (true)`,
      );
      await q.query(`
        CREATE POLICY "${table}_write" ON "${table}" FOR ALL TO ${APP_DB_ROLE}
          USING (${SUPERADMIN} OR ${SYSTEM}) WITH CHECK (${SUPERADMIN} OR ${SYSTEM})`);
      await q.query(grantTableToApp(table, 'SELECT, INSERT, UPDATE, DELETE'));
    }
    await q.query(`ALTER TABLE "routing_rule" ENABLE ROW LEVEL SECURITY`);
    await q.query(
      `CREATE POLICY "routing_rule_read" ON "routing_rule" FOR SELECT TO ${APP_DB_ROLE} USING (true)`,
    );
    await q.query(`
      CREATE POLICY "routing_rule_write" ON "routing_rule" FOR INSERT TO ${APP_DB_ROLE}
        WITH CHECK (${SUPERADMIN} OR ${SYSTEM} OR ${COORDINATOR})`);
    await q.query(`
      CREATE POLICY "routing_rule_close" ON "routing_rule" FOR UPDATE TO ${APP_DB_ROLE}
        USING (${SUPERADMIN} OR ${SYSTEM} OR ${COORDINATOR})
        WITH CHECK (${SUPERADMIN} OR ${SYSTEM} OR ${COORDINATOR})`);
    await q.query(grantTableToApp('routing_rule', 'SELECT, INSERT, UPDATE'));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "routing_rule"`);
    await q.query(`DROP TABLE "road_segment"`);
    await q.query(`DROP TABLE "road_registry_version"`);
  }
}
