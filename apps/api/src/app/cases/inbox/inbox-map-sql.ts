import { INBOX_MAP_MAX_CELLS } from '@simpul/contracts';
import type { InboxSql } from './inbox-sql';

/** A map window in degrees (WGS84). */
export interface MapWindow {
  west: number;
  south: number;
  east: number;
  north: number;
}

/**
 * The grid's cell size for a zoom: a quarter of a 256-pixel web-map tile (about 64 pixels), as
 * 360 / 2^(zoom + 2) degrees, so that cells stay put while the map pans. When the window would
 * need more than {@link INBOX_MAP_MAX_CELLS} cells at that size (a window far larger than the
 * zoom says), the cells double until it does not.
 */
export function mapCellSize(window: MapWindow, zoom: number): number {
  let level = Math.max(0, Math.min(24, Math.round(zoom) + 2));
  for (;;) {
    const size = 360 / 2 ** level;
    const across = Math.floor(window.east / size) - Math.floor(window.west / size) + 1;
    const down = Math.floor(window.north / size) - Math.floor(window.south / size) + 1;
    if (across * down <= INBOX_MAP_MAX_CELLS || level === 0) return size;
    level--;
  }
}

/**
 * The inbox map's statement: the inbox's own matches (`sql.matches`, so every filter, the search
 * and the readable-agency rule are exactly the inbox's) with the points their inbox entries carry
 * (an index-only scan: no case row is read), each case once, counted per grid cell inside the
 * window. One row per cell, densest first, at most `INBOX_MAP_MAX_CELLS + 1` (the extra one says
 * there were more), a cell of one case with its number, title and status; every row also carries
 * the totals, and a window without matches gives one row of totals alone.
 */
export function inboxMapSql(
  sql: InboxSql,
  window: MapWindow,
  cellSize: number,
): { text: string; params: unknown[] } {
  const params = [...sql.params];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const size = `${param(cellSize)}::float8`;
  // A case shared by two readable agencies comes once per entry, with the same point.
  const matches = sql.shared
    ? `raw AS MATERIALIZED (${sql.matches}),
    matched AS MATERIALIZED (SELECT DISTINCT case_id, lat, lng FROM raw)`
    : `matched AS MATERIALIZED (${sql.matches})`;
  const text = `WITH ${sql.ctes ? `${sql.ctes}, ` : ''}
    ${matches},
    inside AS MATERIALIZED (
      SELECT case_id AS id, lat, lng FROM matched
      WHERE lat BETWEEN ${param(window.south)}::float8 AND ${param(window.north)}::float8
        AND lng BETWEEN ${param(window.west)}::float8 AND ${param(window.east)}::float8),
    cells AS (
      SELECT floor(lat / ${size})::int AS gy, floor(lng / ${size})::int AS gx, count(*)::int AS n,
             avg(lat) AS lat, avg(lng) AS lng, min(id::text) AS one
      FROM inside GROUP BY 1, 2
      ORDER BY n DESC, gy, gx LIMIT ${INBOX_MAP_MAX_CELLS + 1}),
    totals AS (
      SELECT ${sql.shared ? '(SELECT count(*) FROM raw)::int' : 'count(*)::int'} AS scanned, count(*)::int AS matched,
             count(*) FILTER (WHERE lat IS NOT NULL AND lng IS NOT NULL)::int AS with_point,
             (SELECT count(*) FROM inside)::int AS in_window
      FROM matched)
    SELECT t.scanned, t.matched, t.with_point, t.in_window, g.gy, g.gx, g.n, g.lat, g.lng,
           x.id AS case_id, x.number, x.title, x.status
    FROM totals t
    LEFT JOIN (cells g LEFT JOIN case_inbox x ON g.n = 1 AND x.id = g.one::uuid) ON true
    ORDER BY g.n DESC, g.gy, g.gx`;
  return { text, params };
}
