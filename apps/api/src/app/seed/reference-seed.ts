import type { LoggerService } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { eastJavaAgencies, EAST_JAVA_COORDINATION, loadEastJavaRegencies } from './east-java';

const COORDINATION_SEED_KEY = 'coordination_seed_version';

/**
 * Seeds the agency structure, on every start and in every mode. Existing rows are left as they
 * are: names and coverage are editable, and an admin's edit must survive the next start.
 */
export async function seedReferenceData(
  dataSource: DataSource,
  logger: LoggerService,
): Promise<void> {
  const agencies = eastJavaAgencies(await loadEastJavaRegencies());
  await dataSource.transaction(async (manager) => {
    let created = 0;
    // Parents first: the list is ordered so that a parent precedes its units.
    for (const agency of agencies) {
      const rows: unknown[] = await manager.query(
        `INSERT INTO "agency" ("code", "name", "short_name", "kind", "parent_id", "regency_codes")
         VALUES ($1, $2, $3, $4, (SELECT "id" FROM "agency" WHERE "code" = $5), $6)
         ON CONFLICT ("code") DO NOTHING
         RETURNING "id"`,
        [
          agency.code,
          agency.name,
          agency.shortName,
          agency.kind,
          agency.parentCode,
          agency.regencyCodes,
        ],
      );
      created += rows.length;
    }
    if (created > 0) logger.log(`Instansi ditambahkan / agencies seeded: ${created}`);
    // Coordination is seeded once: an admin's later removal must not come back on restart.
    const seeded: unknown[] = await manager.query(
      `INSERT INTO "app_meta" ("key", "value") VALUES ($1, '1') ON CONFLICT ("key") DO NOTHING RETURNING 1`,
      [COORDINATION_SEED_KEY],
    );
    if (seeded.length === 0) return;
    for (const [coordinator, coordinated] of EAST_JAVA_COORDINATION) {
      await manager.query(
        `INSERT INTO "agency_coordination" ("coordinator_id", "coordinated_id")
         SELECT a.id, b.id FROM "agency" a, "agency" b WHERE a.code = $1 AND b.code = ANY($2)
         ON CONFLICT DO NOTHING`,
        [coordinator, coordinated],
      );
    }
  });
}
