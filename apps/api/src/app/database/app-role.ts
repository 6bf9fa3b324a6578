/**
 * The non-superuser role the running application acts as. Created by the first migration; every
 * table grants it exactly what the application needs, so row-level security and revoked
 * privileges bind it (superusers bypass both).
 */
export const APP_DB_ROLE = 'simpul_app';

/** Migration helper: grant the application role plain data access to one table. */
export function grantTableToApp(
  table: string,
  privileges = 'SELECT, INSERT, UPDATE, DELETE',
): string {
  return `GRANT ${privileges} ON TABLE "${table}" TO ${APP_DB_ROLE}`;
}
