import { existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import type { RequestHandler } from 'express';

/** Paths the web app never answers: the API, socket.io and Open311 keep their own 404s. */
export const WEB_APP_EXCLUDED_PATHS = [
  '/api',
  '/api/{*path}',
  '/socket.io/{*path}',
  '/open311/{*path}',
  '/klarifikasi',
  '/klarifikasi/{*path}',
];
const EXCLUDED_PREFIXES = ['/api/', '/socket.io/', '/open311/', '/klarifikasi'];

/**
 * The folder of the built web app: WEB_DIST_PATH, else the build beside the bundled API
 * (`dist/apps/web/browser` next to `dist/apps/api/main.js`); null when it holds no index.html.
 */
export function resolveWebRoot(webDistPath: string | null): string | null {
  const candidate = webDistPath ?? join(__dirname, '..', 'web', 'browser');
  return existsSync(join(candidate, 'index.html')) ? candidate : null;
}

/**
 * The build names a file after its content (`chunk-FW2YPW5Q.js`, and `chunk-5x926Dp-.js` from
 * its chunk optimiser): a file of that name never changes.
 */
const CONTENT_HASHED = /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Hashed files are kept for a year without asking again; everything else (index.html, which names
 * the current hashed files, the favicon) is revalidated on every use, so a new release shows at once.
 */
export function setWebAppCacheHeaders(response: ServerResponse, path: string): void {
  response.setHeader(
    'Cache-Control',
    CONTENT_HASHED.test(basename(path)) ? IMMUTABLE_CACHE : 'no-cache',
  );
  appendVary(response, 'Accept-Encoding');
}

function appendVary(response: ServerResponse, field: string): void {
  const current = response.getHeader('Vary');
  if (current === undefined || current === '') {
    response.setHeader('Vary', field);
    return;
  }
  const fields = String(current).split(/\s*,\s*/);
  if (!fields.some((f) => f === '*' || f.toLowerCase() === field.toLowerCase())) {
    response.setHeader('Vary', `${String(current)}, ${field}`);
  }
}

/** Copies written at build time by tools/compress-web.mjs, best first. */
const PRECOMPRESSED = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
/** Only plain file names are looked up; anything else is left to the static files' own checks. */
const PLAIN_FILE_PATH = /^\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves a web app file's brotli or gzip copy (written beside it at build time) when the browser
 * accepts that encoding; the file itself otherwise, through the static files that follow. Nothing
 * is compressed per request.
 */
export function precompressedWebAppFiles(root: string): RequestHandler {
  const rootPath = resolve(root);
  return (request, response, next) => {
    const path = request.path;
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !PLAIN_FILE_PATH.test(path) ||
      path.includes('..') ||
      EXCLUDED_PREFIXES.some((prefix) => path.startsWith(prefix))
    ) {
      return next();
    }
    const file = join(rootPath, path);
    if (!file.startsWith(rootPath + sep)) return next();
    // Ours in our order (browsers list gzip before br at equal weight), among those accepted.
    const variant = PRECOMPRESSED.find(
      ({ encoding, suffix }) =>
        request.acceptsEncodings(encoding) === encoding && isFile(file + suffix),
    );
    if (!variant || !isFile(file)) return next();
    response.type(extname(file));
    response.setHeader('Content-Encoding', variant.encoding);
    setWebAppCacheHeaders(response, file);
    response.sendFile(file + variant.suffix, { cacheControl: false, dotfiles: 'deny' }, (error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}
