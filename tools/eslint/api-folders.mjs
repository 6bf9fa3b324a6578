import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The API's folders (apps/api/src/app/<folder>) in layers. A folder imports folders of its own
 * layer or below: features → kernel → platform, never back up; the app layer assembles everything.
 * And no cycles between folders, in any layer. The folders of `cases/` are elements of their own
 * (cases/inbox, cases/detail, …; files directly in cases/ are `cases`), so its features cannot
 * form a cycle either. A new folder must be given its layer here.
 */
export const API_FOLDER_LAYERS = {
  platform: [
    'common',
    'config',
    'database',
    'jobs',
    'mail',
    'outbox',
    'access',
    'audit',
    'auth',
    'idempotency',
    'notifications',
    'areas',
    'location',
  ],
  kernel: ['case-kernel'],
  feature: [
    'jurisdiction',
    'cases',
    'comments',
    'attachments',
    'duplicates',
    'reporter',
    'lapor',
    'open311',
    'realtime',
    'users',
    'agencies',
    'health',
    'audit-log',
    'clarifications',
    'leaders',
  ],
  app: ['.', 'openapi', 'startup', 'seed'],
};
const LAYER_ORDER = ['platform', 'kernel', 'feature', 'app'];
/** Folders whose sub-folders are elements of their own. */
const GROUPS = new Set(['cases']);

const IMPORT_PATTERN =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)['"](\.{1,2}\/[^'"]*)['"]/g;

/** The element a path inside `appDir` belongs to, or null outside it. */
function elementOf(appDir, path) {
  const rel = relative(appDir, path);
  if (rel.startsWith('..') || rel === '') return null;
  const parts = rel.split(sep);
  if (parts.length === 1) return '.';
  if (GROUPS.has(parts[0]) && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

function layerOf(element) {
  const folder = element.split('/')[0];
  return LAYER_ORDER.find((layer) => API_FOLDER_LAYERS[layer].includes(folder)) ?? null;
}

const graphs = new Map();

/** element → elements it imports, from every non-spec source file under `appDir` (once per run). */
function folderGraph(appDir) {
  let graph = graphs.get(appDir);
  if (graph) return graph;
  graph = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        const from = elementOf(appDir, path);
        for (const match of readFileSync(path, 'utf8').matchAll(IMPORT_PATTERN)) {
          const to = elementOf(appDir, resolve(dirname(path), match[1]));
          if (!to || to === from) continue;
          if (!graph.has(from)) graph.set(from, new Set());
          graph.get(from).add(to);
        }
      }
    }
  };
  walk(appDir);
  graphs.set(appDir, graph);
  return graph;
}

/** A path of elements from `start` back to `goal`, or null. */
function pathBack(graph, start, goal) {
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of graph.get(node) ?? []) {
      if (previous.has(next)) continue;
      previous.set(next, node);
      if (next === goal) {
        const path = [goal];
        for (let at = node; at !== null; at = previous.get(at)) path.unshift(at);
        return path;
      }
      queue.push(next);
    }
  }
  return null;
}

const folderLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'API folders: features → kernel → platform, and no cycles between them' },
    schema: [{ type: 'object', properties: { appDir: { type: 'string' } }, required: ['appDir'] }],
    messages: {
      upward:
        '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): features → kernel → platform, never back up',
      cycle: 'Import cycle between folders: {{path}}',
      unknown:
        'Folder {{folder}} has no layer: give it one in API_FOLDER_LAYERS (tools/eslint/api-folders.mjs)',
    },
  },
  create(context) {
    const appDir = resolve(context.options[0].appDir);
    const file = context.filename;
    const from = elementOf(appDir, file);
    if (!from) return {};
    const check = (node, specifier) => {
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const to = elementOf(appDir, resolve(dirname(file), specifier));
      if (!to || to === from) return;
      for (const element of [from, to]) {
        if (!layerOf(element))
          return context.report({ node, messageId: 'unknown', data: { folder: element } });
      }
      const fromLayer = layerOf(from);
      const toLayer = layerOf(to);
      if (LAYER_ORDER.indexOf(toLayer) > LAYER_ORDER.indexOf(fromLayer))
        return context.report({
          node,
          messageId: 'upward',
          data: { from, fromLayer, to, toLayer },
        });
      if (file.endsWith('.spec.ts')) return;
      const back = pathBack(folderGraph(appDir), to, from);
      if (back)
        context.report({ node, messageId: 'cycle', data: { path: [from, ...back].join(' → ') } });
    };
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => check(node.source, node.source.value),
    };
  },
};

export const apiFoldersPlugin = { rules: { 'folder-layers': folderLayers } };

/** The flat-config block for the API's sources; `appDir` is apps/api/src/app. */
export const apiFolderRules = (files, appDir) => ({
  files,
  plugins: { 'api-folders': apiFoldersPlugin },
  rules: { 'api-folders/folder-layers': ['error', { appDir }] },
});
