#!/usr/bin/env node
// Writes route-preloads.json into the built web app: for each page of apps/web/src/app/app.routes.ts
// the script files it needs at once (its own chunk and every chunk that one imports, transitively,
// apart from main.js). The API names them in the HTML of a deep link as
// <link rel="modulepreload">, so the browser fetches them beside main.js instead of discovering
// them one import level at a time after the app has started (issue #14 item 6: on a phone link
// each level costs at least one 150 ms round trip, six requests at a time over HTTP/1.1).
// Reads the build's esbuild metafile (stats.json, `statsJson` of the bundle target).
//   node tools/web-preload-manifest.mjs [dist/apps/web]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ROUTES_FILE = 'apps/web/src/app/app.routes.ts';
export const MANIFEST_NAME = 'route-preloads.json';

/** Reads a property of an object literal by name. */
function property(object, name) {
  return object.properties.find(
    (p) => ts.isPropertyAssignment(p) && p.name && p.name.getText() === name,
  )?.initializer;
}

/** The module a `loadComponent: () => import('…')…` arrow imports, or null. */
function importedModule(node) {
  let found = null;
  const visit = (child) => {
    if (
      ts.isCallExpression(child) &&
      child.expression.kind === ts.SyntaxKind.ImportKeyword &&
      child.arguments[0] &&
      ts.isStringLiteral(child.arguments[0])
    ) {
      found ??= child.arguments[0].text;
    }
    ts.forEachChild(child, visit);
  };
  visit(node);
  return found;
}

/**
 * The routes with a lazily loaded page, in declaration order (the router's first match wins), as
 * full paths ('kasus/:id', 'admin/instansi') and the source file of their page.
 */
export function lazyRoutes(source, routesFile) {
  const file = ts.createSourceFile(routesFile, source, ts.ScriptTarget.Latest, true);
  let routesArray = null;
  file.forEachChild((statement) => {
    if (!ts.isVariableStatement(statement)) return;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText() === 'routes' && declaration.initializer) {
        routesArray = declaration.initializer;
      }
    }
  });
  if (!routesArray || !ts.isArrayLiteralExpression(routesArray)) {
    throw new Error(`${routesFile}: no 'routes' array`);
  }
  const found = [];
  const walk = (array, prefix) => {
    for (const element of array.elements) {
      if (!ts.isObjectLiteralExpression(element)) continue;
      const pathNode = property(element, 'path');
      if (!pathNode || !ts.isStringLiteral(pathNode)) continue;
      const path = [prefix, pathNode.text].filter((part) => part !== '').join('/');
      if (pathNode.text === '**') continue;
      const children = property(element, 'children');
      if (children && ts.isArrayLiteralExpression(children)) walk(children, path);
      const load = property(element, 'loadComponent');
      const module = load ? importedModule(load) : null;
      if (module) {
        found.push({
          path,
          source: relative(root, resolve(dirname(routesFile), `${module}.ts`)).replaceAll(
            '\\',
            '/',
          ),
        });
      }
    }
  };
  walk(routesArray, '');
  return found;
}

/** Each route's chunk and its static imports, transitively, main.js left out. */
export function routePreloads(routes, metafile) {
  const outputs = metafile.outputs;
  const names = Object.keys(outputs).filter((name) => name.endsWith('.js'));
  const main = names.find((name) => outputs[name].entryPoint?.endsWith('main.ts'));
  const closure = (start) => {
    const seen = new Set();
    const visit = (name) => {
      if (name === main || seen.has(name)) return;
      seen.add(name);
      for (const dependency of outputs[name]?.imports ?? []) {
        if (dependency.kind === 'import-statement') visit(dependency.path);
      }
    };
    visit(start);
    return [...seen];
  };
  return routes.map(({ path, source }) => {
    const chunk = names.find((name) => source in (outputs[name].inputs ?? {}));
    if (!chunk) throw new Error(`no chunk of the build holds ${source} (route '${path}')`);
    return { path, files: closure(chunk) };
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const out = resolve(process.argv[2] ?? 'dist/apps/web');
  const browser = join(out, 'browser');
  const statsFile = join(out, 'stats.json');
  if (!existsSync(statsFile)) throw new Error(`${statsFile} is missing (statsJson of web:bundle)`);
  const routesFile = join(root, ROUTES_FILE);
  const routes = lazyRoutes(readFileSync(routesFile, 'utf8'), routesFile);
  const preloads = routePreloads(routes, JSON.parse(readFileSync(statsFile, 'utf8')));
  for (const { files } of preloads) {
    for (const file of files) {
      if (!existsSync(join(browser, file))) throw new Error(`${file} is not in ${browser}`);
    }
  }
  writeFileSync(join(browser, MANIFEST_NAME), JSON.stringify({ routes: preloads }));
  const largest = Math.max(...preloads.map((route) => route.files.length));
  console.log(
    `web-preload-manifest: ${preloads.length} routes, up to ${largest} files each → ${relative(root, join(browser, MANIFEST_NAME))}`,
  );
}
