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

  it('sends security headers with a strict content policy', async () => {
    const response = await request(testApp.url).get('/').expect(200);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('gives no CORS grant to other origins unless they are configured', async () => {
    const refused = await request(testApp.url)
      .options('/api/health')
      .set('Origin', 'https://palsu.example')
      .set('Access-Control-Request-Method', 'GET');
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    const allowedApp = await createTestApp({ CORS_ORIGINS: 'https://simpul.jatimprov.go.id' });
    try {
      const allowed = await request(allowedApp.url)
        .get('/api/health')
        .set('Origin', 'https://simpul.jatimprov.go.id')
        .expect(200);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://simpul.jatimprov.go.id');
      expect(allowed.headers['access-control-allow-credentials']).toBe('true');
      const other = await request(allowedApp.url)
        .get('/api/health')
        .set('Origin', 'https://palsu.example');
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await allowedApp.close();
    }
  });

  it('tells the web app its map tiles before sign-in', async () => {
    const response = await request(testApp.url).get('/api/public/settings').expect(200);
    expect(response.body).toEqual({
      mapTileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      mapAttribution: '© OpenStreetMap contributors',
    });
  });
});
