import { existsSync, readFileSync, statSync } from 'node:fs';
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
 * is compressed per request. A deep link's HTML names the scripts of its page
 * ({@link webAppDocument}).
 */
export function precompressedWebAppFiles(root: string): RequestHandler {
  const rootPath = resolve(root);
  const document = webAppDocument(rootPath);
  return (request, response, next) => {
    const path = request.path;
    if (ROUTE_PATH.test(path)) {
      void document(request, response, next);
      return;
    }
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

/** Written into the built web app by tools/web-preload-manifest.mjs. */
export const ROUTE_PRELOADS_FILE = 'route-preloads.json';

export interface RoutePreload {
  /** The page's full route path, `:name` for a parameter ('kasus/:id'). */
  path: string;
  /** Its chunk and the chunks that chunk imports, main.js left out. */
  files: string[];
}

/**
 * The scripts of the page a deep link opens: the first route (in the router's order) whose parts
 * all match, a `:param` matching any one part; none when no route matches.
 */
export function routePreloadFiles(routes: RoutePreload[], urlPath: string): string[] {
  const segments = urlPath.split('/').filter((segment) => segment !== '');
  const route = routes.find(({ path }) => {
    const parts = path.split('/').filter((part) => part !== '');
    return (
      parts.length === segments.length &&
      parts.every((part, i) => part.startsWith(':') || part === segments[i])
    );
  });
  return route?.files ?? [];
}

/** A chunk of the build: nothing that could close the attribute or reach elsewhere. */
const CHUNK_FILE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*\.js$/;

/** The app's own script, which index.html names at the end of its body. */
const MAIN_SCRIPT = /<script src="([A-Za-z0-9_-][A-Za-z0-9._-]*\.js)" type="module">/;

/**
 * index.html with one `<link rel="modulepreload">` per file in its head, the app's own script
 * first: otherwise it would only be asked for after every chunk, and start last.
 */
export function withModulePreloads(indexHtml: string, files: string[]): string {
  const chunks = files.filter((file) => CHUNK_FILE.test(file));
  const main = MAIN_SCRIPT.exec(indexHtml)?.[1];
  if (chunks.length === 0 || !indexHtml.includes('</head>')) return indexHtml;
  const links = (main ? [main, ...chunks] : chunks)
    .map((file) => `<link rel="modulepreload" href="${file}">`)
    .join('');
  return indexHtml.replace('</head>', `${links}</head>`);
}

/** A path the router answers (no file name in its last part). */
const ROUTE_PATH = /^\/(?:[^/.]+\/)*[^/.]*$/;

/** Reads a file again only when it changed (a rebuild under a running server). */
function cachedRead<T>(path: string, parse: (text: string) => T): () => T | null {
  let cached: { mtimeMs: number; value: T } | null = null;
  return () => {
    try {
      const { mtimeMs } = statSync(path);
      if (cached?.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, value: parse(readFileSync(path, 'utf8')) };
      }
      return cached.value;
    } catch {
      return null;
    }
  };
}

/**
 * The HTML of a deep link (`/kasus/123`) names the scripts of the page it opens, so the browser
 * fetches them beside main.js rather than one import level at a time once the app runs: on a
 * phone link each level costs a round trip. Revalidated on every use like index.html; without the
 * build's route-preloads.json, or for a path no page answers, the static files serve index.html.
 */
export function webAppDocument(root: string): RequestHandler {
  const readIndex = cachedRead(join(root, 'index.html'), (text) => text);
  const readRoutes = cachedRead(join(root, ROUTE_PRELOADS_FILE), (text) => {
    const parsed = JSON.parse(text) as { routes?: RoutePreload[] };
    return Array.isArray(parsed.routes) ? parsed.routes : [];
  });
  return (request, response, next) => {
    const path = request.path;
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      !ROUTE_PATH.test(path) ||
      EXCLUDED_PREFIXES.some((prefix) => path.startsWith(prefix) || `${path}/` === prefix)
    ) {
      return next();
    }
    const routes = readRoutes();
    const index = readIndex();
    const files = routes ? routePreloadFiles(routes, path) : [];
    if (!index || files.length === 0) return next();
    response.setHeader('Cache-Control', 'no-cache');
    // Express answers a matching If-None-Match with 304 (its ETag is of this very document).
    response.type('html').send(withModulePreloads(index, files));
  };
}
