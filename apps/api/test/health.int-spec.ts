import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { HealthResponse } from '@simpul/contracts';
import { createTestApp, ownerDataSource, type TestApp } from './support/test-app';

describe('GET /api/health', () => {
  let testApp: TestApp;
  let owner: DataSource;

  beforeAll(async () => {
    testApp = await createTestApp();
    owner = await ownerDataSource({ maintenance: true });
  });

  afterAll(async () => {
    await testApp.close();
    await owner.destroy();
  });

  it('answers 200 with the database up', async () => {
    const response = await request(testApp.url).get('/api/health').expect(200);
    const body = response.body as HealthResponse;
    expect(body.status).toBe('ok');
    expect(body.database).toBe('up');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('answers 503 while the database refuses connections, and 200 again once it is back', async () => {
    const database = testApp.config.databaseUrl.split('/').pop()?.split('?')[0] as string;
    await owner.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS false`);
    try {
      await owner.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE datname = $1 AND application_name = 'simpul-api'`,
        [database],
      );
      const down = await request(testApp.url).get('/api/health').expect(503);
      expect((down.body as HealthResponse).database).toBe('down');
      expect((down.body as HealthResponse).status).toBe('degraded');
    } finally {
      await owner.query(`ALTER DATABASE "${database}" ALLOW_CONNECTIONS true`);
    }
    const up = await request(testApp.url).get('/api/health').expect(200);
    expect((up.body as HealthResponse).database).toBe('up');
  });

  it('answers unknown API paths with the bilingual error body, not the web app', async () => {
    const response = await request(testApp.url).get('/api/no-such-thing').expect(404);
    expect(response.body).toMatchObject({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: { id: 'Data tidak ditemukan', en: 'Not found' },
    });
  });
});
