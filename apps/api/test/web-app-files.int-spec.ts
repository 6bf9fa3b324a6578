import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from './support/test-app';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body is read as sent, not decompressed by the client. */
function fetchRaw(
  url: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const CHUNK = '/chunk-FW2YPW5Q.js';
const STYLES = '/styles-VX5MDKF5.css';
const chunkSource = Array.from(
  { length: 200 },
  (_, i) => `export function caseRow${i}(item){return item.number+" "+item.title;}`,
).join('\n');

describe('the built web app: brotli/gzip copies and cache headers (issue #14 item 6)', () => {
  let testApp: TestApp;
  let webRoot: string;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'simpul-web-'));
    writeFileSync(
      join(webRoot, 'index.html'),
      `<!doctype html><html><head><title>Simpul</title></head><body><sp-root></sp-root><script src="${CHUNK.slice(1)}" type="module"></script></body></html>`,
    );
    writeFileSync(join(webRoot, CHUNK), chunkSource);
    writeFileSync(join(webRoot, STYLES), 'a{color:var(--mat-sys-primary)}'.repeat(60));
    writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // What tools/web-preload-manifest.mjs writes at build time: each page's scripts.
    writeFileSync(
      join(webRoot, 'route-preloads.json'),
      JSON.stringify({
        routes: [
          { path: 'kasus', files: ['chunk-INBOX111.js', 'chunk-SHARED11.js'] },
          { path: 'kasus/baru', files: ['chunk-INTAKE11.js'] },
          { path: 'kasus/:id', files: ['chunk-CASE1111.js', 'chunk-SHARED11.js'] },
          { path: 'lacak', files: ['"><script>alert(1)</script>.js'] },
        ],
      }),
    );
    mkdirSync(join(webRoot, 'media'));
    writeFileSync(join(webRoot, 'media', 'layers-55W3Q4RM.png'), Buffer.alloc(2048, 1));
    // The build step that writes the copies, as `nx build web` runs it.
    const compressed = spawnSync(
      process.execPath,
      [join(__dirname, '..', '..', '..', 'tools', 'compress-web.mjs'), webRoot],
      { encoding: 'utf8' },
    );
    expect(compressed.status).toBe(0);
    testApp = await createTestApp({ WEB_DIST_PATH: webRoot });
  });

  afterAll(() => testApp.close());

  it('writes brotli and gzip copies of text files only, where they are smaller', () => {
    expect(existsSync(join(webRoot, `${CHUNK}.br`))).toBe(true);
    expect(existsSync(join(webRoot, `${CHUNK}.gz`))).toBe(true);
    expect(existsSync(join(webRoot, `${STYLES}.br`))).toBe(true);
    // Too small to gain anything, and images are compressed already.
    expect(existsSync(join(webRoot, 'favicon.svg.br'))).toBe(false);
    expect(existsSync(join(webRoot, 'media', 'layers-55W3Q4RM.png.br'))).toBe(false);
  });

  it('serves a hashed script as brotli to a browser that accepts it, cached for a year', async () => {
    const response = await fetchRaw(`${testApp.url}${CHUNK}`, {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe(IMMUTABLE);
    expect(response.headers['vary']).toMatch(/accept-encoding/i);
    expect(response.body.length).toBeLessThan(chunkSource.length / 4);
    expect(brotliDecompressSync(response.body).toString()).toBe(chunkSource);
    // The strict content policy covers the files as well.
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('falls back to gzip, then to the file itself, by what the browser accepts', async () => {
    const gzip = await fetchRaw(`${testApp.url}${CHUNK}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(chunkSource);
    expect(gzip.headers['cache-control']).toBe(IMMUTABLE);

    const refused = await fetchRaw(`${testApp.url}${CHUNK}`, {
      'accept-encoding': 'br;q=0, gzip;q=1',
    });
    expect(refused.headers['content-encoding']).toBe('gzip');

    const plain = await fetchRaw(`${testApp.url}${CHUNK}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(chunkSource);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
    expect(plain.headers['vary']).toMatch(/accept-encoding/i);
  });

  it('answers HEAD and a revalidation of a compressed copy without its body', async () => {
    const head = await fetchRaw(`${testApp.url}${STYLES}`, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-type']).toMatch(/^text\/css/);
    expect(head.body.length).toBe(0);
    const etag = head.headers['etag'] as string;
    const again = await fetchRaw(`${testApp.url}${STYLES}`, {
      'accept-encoding': 'br',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  it('has index.html and deep links revalidated on every use, so a release shows at once', async () => {
    for (const path of ['/', '/index.html', '/kasus/123']) {
      const response = await fetchRaw(`${testApp.url}${path}`, { 'accept-encoding': 'br, gzip' });
      expect(response.status).toBe(200);
      expect(response.body.toString()).toContain('<sp-root>');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    const favicon = await fetchRaw(`${testApp.url}/favicon.svg`, { 'accept-encoding': 'br' });
    expect(favicon.headers['cache-control']).toBe('no-cache');
    expect(favicon.headers['content-encoding']).toBeUndefined();
    const image = await fetchRaw(`${testApp.url}/media/layers-55W3Q4RM.png`);
    expect(image.headers['cache-control']).toBe(IMMUTABLE);
  });

  it("names a deep link's page scripts as module preloads in its HTML, revalidated", async () => {
    const preloads = (html: string) =>
      [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    const casePage = await fetchRaw(`${testApp.url}/kasus/5fc9beca-e55e`, {
      'accept-encoding': 'br, gzip',
    });
    expect(casePage.status).toBe(200);
    expect(casePage.headers['content-type']).toMatch(/^text\/html/);
    expect(casePage.headers['cache-control']).toBe('no-cache');
    const html = casePage.body.toString();
    // The app's own script first, so it does not wait behind the page's chunks.
    expect(preloads(html)).toEqual([CHUNK.slice(1), 'chunk-CASE1111.js', 'chunk-SHARED11.js']);
    // In the head, before the app's own script, so the browser starts at once.
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>') + 1);
    expect(html).toContain('<sp-root>');
    expect(casePage.headers['content-security-policy']).toContain("default-src 'self'");
    // The router's order: 'kasus/baru' is not the case page.
    const intake = await fetchRaw(`${testApp.url}/kasus/baru`);
    expect(preloads(intake.body.toString())).toEqual([CHUNK.slice(1), 'chunk-INTAKE11.js']);
    const inbox = await fetchRaw(`${testApp.url}/kasus?q=jalan`);
    expect(preloads(inbox.body.toString())).toEqual([
      CHUNK.slice(1),
      'chunk-INBOX111.js',
      'chunk-SHARED11.js',
    ]);
    // Revalidation answers 304 while the document is the same.
    const again = await fetchRaw(`${testApp.url}/kasus/5fc9beca-e55e`, {
      'if-none-match': casePage.headers['etag'] as string,
    });
    expect(again.status).toBe(304);
    // No page, an odd file name in the list, a file path: index.html as it is.
    for (const path of ['/tidak-ada', '/lacak', '/index.html', '/']) {
      const plain = await fetchRaw(`${testApp.url}${path}`);
      expect(plain.status).toBe(200);
      expect(plain.body.toString()).toContain('<sp-root>');
      expect(plain.body.toString()).not.toContain('modulepreload');
      expect(plain.body.toString()).not.toContain('alert(1)');
    }
    // The API keeps its own answers.
    const api = await fetchRaw(`${testApp.url}/api/kasus`);
    expect(api.status).toBe(404);
    expect(api.headers['content-type']).toMatch(/json/);
  });

  it('leaves the API, traversal attempts and missing files to their own answers', async () => {
    const health = await fetchRaw(`${testApp.url}/api/health`, { 'accept-encoding': 'br' });
    expect(health.status).toBe(200);
    expect(health.headers['content-type']).toMatch(/json/);
    expect(health.headers['cache-control']).not.toBe(IMMUTABLE);
    const traversal = await fetchRaw(`${testApp.url}/..%2f..%2fetc%2fpasswd`, {
      'accept-encoding': 'br',
    });
    expect(traversal.body.toString()).not.toContain('root:');
    expect(traversal.headers['content-encoding']).toBeUndefined();
  });
});
