import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_DB_ROLE } from '../app-role';

export class CreateApplicationRole1795834248233 implements MigrationInterface {
  name = 'CreateApplicationRole1795834248233';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Roles are cluster-wide: another database on the same server may have created it already.
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_DB_ROLE}') THEN
          CREATE ROLE ${APP_DB_ROLE} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
        END IF;
      END
      $$`);
    // Lets a non-superuser owner switch to the role; a superuser owner may do so anyway.
    await queryRunner.query(`
      DO $$
      BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT ${APP_DB_ROLE} TO %I', current_user);
        END IF;
      END
      $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${APP_DB_ROLE}`);
    await queryRunner.query(`REVOKE CREATE ON SCHEMA public FROM ${APP_DB_ROLE}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${APP_DB_ROLE}`);
    // The role itself stays: other databases on the server may still use it.
  }
}
