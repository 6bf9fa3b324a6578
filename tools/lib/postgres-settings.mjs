// The memory settings docs/deployment.md gives a production PostgreSQL, sized to this machine:
// `npm start`'s embedded PostgreSQL runs with them (tools/lib/embedded-postgres.mjs), and so does
// `node tools/bench/inbox.mjs --tuned-postgres`, so the default install behaves like the benchmarks.
import { totalmem } from 'node:os';

const MB = 2 ** 20;

/**
 * `{ setting: value }` for a machine of `memoryBytes` (default: this one):
 *   shared_buffers        a quarter of memory, at least 128MB, at most 8GB (beyond that the
 *                         operating system's cache serves PostgreSQL as well)
 *   effective_cache_size  three quarters of memory
 *   work_mem              16MB
 *   maintenance_work_mem  a sixteenth of memory, at least 64MB, at most 1GB
 *   random_page_cost      1.1 (SSD storage)
 * EMBEDDED_DB_MEMORY_MB sizes them for less than the whole machine (e.g. one shared with others).
 */
export function productionMemorySettings(
  memoryBytes = Number(process.env.EMBEDDED_DB_MEMORY_MB) * MB || totalmem(),
) {
  const memoryMb = Math.floor(memoryBytes / MB);
  const clamp = (value, min, max) => Math.min(max, Math.max(min, Math.floor(value)));
  return {
    shared_buffers: `${clamp(memoryMb / 4, 128, 8192)}MB`,
    effective_cache_size: `${clamp((memoryMb * 3) / 4, 256, Number.MAX_SAFE_INTEGER)}MB`,
    work_mem: '16MB',
    maintenance_work_mem: `${clamp(memoryMb / 16, 64, 1024)}MB`,
    random_page_cost: '1.1',
  };
}

/** The settings as `postgres` command-line flags: ['-c', 'shared_buffers=…', …]. */
export function settingFlags(settings) {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
