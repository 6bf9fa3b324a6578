import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { createTestApp, type TestApp } from './support/test-app';

describe('HTTP surface: OpenAPI and the web app', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    const webRoot = mkdtempSync(join(tmpdir(), 'simpul-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      '<!doctype html><title>Simpul</title><sp-root></sp-root>',
    );
    testApp = await createTestApp({ WEB_DIST_PATH: webRoot });
  });

  afterAll(() => testApp.close());

  it('publishes a valid OpenAPI 3 document at /api/docs-json and its UI at /api/docs', async () => {
    const json = await request(testApp.url).get('/api/docs-json').expect(200);
    expect(json.body.openapi).toMatch(/^3\./);
    expect(json.body.info.title).toBe('Simpul API');
    expect(Object.keys(json.body.paths)).toContain('/api/health');
    const ui = await request(testApp.url).get('/api/docs').redirects(1).expect(200);
    expect(ui.text).toContain('swagger');
  });

  it('serves the web app at / and for deep links such as /kasus/123', async () => {
    for (const path of ['/', '/kasus/123']) {
      const response = await request(testApp.url).get(path).expect(200);
      expect(response.text).toContain('<sp-root>');
    }
  });

  it('keeps API 404s as JSON instead of the web app', async () => {
    const response = await request(testApp.url).get('/api/kasus/123').expect(404);
    expect(response.body.code).toBe('NOT_FOUND');
  });
});
