// Disposable databases for the test suites: on the server in DATABASE_URL when it is set,
// otherwise on an embedded PostgreSQL of the test run's own.
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

export async function openTestServer(root, log) {
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '/postgres';
    log(`PostgreSQL: ${url.host} (DATABASE_URL)`);
    // The server is not ours to stop.
    return { serverUrl: url.toString(), stop: () => Promise.resolve() };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(root, 'tmp', 'test-pg'),
    port: Number(process.env.EMBEDDED_TEST_DB_PORT || 54339),
    database: 'postgres',
  });
  log(`PostgreSQL: embedded, ${server.reused ? 'reused' : 'started'} (tmp/test-pg)`);
  return server;
}

export async function createDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(serverUrl, name) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
