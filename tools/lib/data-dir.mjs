import { resolve } from 'node:path';

/**
 * The embedded PostgreSQL's folder: `DATA_DIR` as given when absolute (e.g. /var/lib/simpul),
 * otherwise relative to the repository root; `.data` when unset.
 */
export function resolveDataDir(root, dataDir) {
  return resolve(root, dataDir || '.data');
}
