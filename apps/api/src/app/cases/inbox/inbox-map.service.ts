import { HttpStatus, Injectable } from '@nestjs/common';
import {
  INBOX_MAP_MATCH_LIMIT,
  INBOX_MAP_MAX_CELLS,
  type InboxAgencyOption,
  type InboxMapCell,
  type InboxMapPage,
} from '@simpul/contracts';
import { ActorDatabase } from '../../access/actor-database';
import type { Actor } from '../../access/actor';
import { ApiException } from '../../common/api-exception';
import { bilingual } from '../../common/bilingual';
import { runQuery } from '../../database/typed-query';
import type { InboxMapQueryDto } from '../dto/inbox-map-query.dto';
import { inboxMapSql, mapCellSize, type MapWindow } from './inbox-map-sql';
import { inboxAgencies } from './inbox-map.queries';
import { InboxService } from './inbox.service';

/**
 * The inbox on a map: every matching case with a point, counted per grid cell on the server, so
 * that the map shows all of them and not only the loaded page, in a bounded answer. The filters,
 * the search and the access policy are the inbox's own (InboxService.inboxStatements). A service
 * method, so the leaders' view can call it with its own filters.
 */
@Injectable()
export class InboxMapService {
  constructor(
    private readonly db: ActorDatabase,
    private readonly inbox: InboxService,
  ) {}

  map(actor: Actor, query: InboxMapQueryDto): Promise<InboxMapPage> {
    const window = parseWindow(query.bbox);
    const cellSize = mapCellSize(window, query.zoom);
    return this.db.run(actor, async (manager) => {
      const sql = await this.inbox.inboxStatements(manager, actor, query, {
        limit: 0,
        cursor: null,
        countLimit: INBOX_MAP_MATCH_LIMIT,
      });
      const statement = inboxMapSql(sql, window, cellSize);
      const result: unknown = await manager.query(statement.text, statement.params);
      const rows = mapRows(result);
      const [totals] = rows;
      const cells = rows.filter((row) => row.n !== null);
      const half = cellSize / 2;
      return {
        cells: cells.slice(0, INBOX_MAP_MAX_CELLS).map((row): InboxMapCell => ({
          lat: row.lat ?? 0,
          lng: row.lng ?? 0,
          count: row.n ?? 0,
          bounds: [
            (row.gx ?? 0) * cellSize,
            (row.gy ?? 0) * cellSize,
            (row.gx ?? 0) * cellSize + 2 * half,
            (row.gy ?? 0) * cellSize + 2 * half,
          ],
          case:
            row.n === 1 && row.case_id && row.number && row.title && row.status
              ? { id: row.case_id, number: row.number, title: row.title, status: row.status }
              : null,
        })),
        cellSize,
        inWindow: totals.in_window,
        withoutPoint: totals.matched - totals.with_point,
        truncated: cells.length > INBOX_MAP_MAX_CELLS,
        totalIsEstimate: totals.matched > sql.countLimit || totals.scanned >= sql.countScanLimit,
      };
    });
  }

  /**
   * The agencies that take part in at least one case the reader can see (the inbox's agency
   * filter offers only these): row-level security on `case` decides what is visible.
   */
  agencies(actor: Actor): Promise<InboxAgencyOption[]> {
    return this.db.run(actor, async (manager) => {
      const rows = await runQuery(manager, inboxAgencies, undefined);
      return rows.map((row) => ({ id: row.id, shortName: row.short_name, name: row.name }));
    });
  }
}

interface MapRow {
  scanned: number;
  matched: number;
  with_point: number;
  in_window: number;
  gy: number | null;
  gx: number | null;
  n: number | null;
  lat: number | null;
  lng: number | null;
  case_id: string | null;
  number: string | null;
  title: string | null;
  status: string | null;
}

/** The map statement's rows, checked field by field (the statement is built per request). */
function mapRows(result: unknown): MapRow[] {
  if (!Array.isArray(result) || result.length === 0) throw new Error('inbox map: no totals row');
  return result.map((raw: unknown): MapRow => {
    if (typeof raw !== 'object' || raw === null) throw new Error('inbox map: row is no object');
    const get = (key: string): unknown => Object.getOwnPropertyDescriptor(raw, key)?.value;
    const int = (key: string): number => {
      const value = get(key);
      if (typeof value !== 'number') throw new Error(`inbox map: ${key} is not a number`);
      return value;
    };
    const numberOrNull = (key: string): number | null => {
      const value = get(key);
      if (value === null) return null;
      if (typeof value !== 'number') throw new Error(`inbox map: ${key} is not a number`);
      return value;
    };
    const textOrNull = (key: string): string | null => {
      const value = get(key);
      if (value === null) return null;
      if (typeof value !== 'string') throw new Error(`inbox map: ${key} is not text`);
      return value;
    };
    return {
      scanned: int('scanned'),
      matched: int('matched'),
      with_point: int('with_point'),
      in_window: int('in_window'),
      gy: numberOrNull('gy'),
      gx: numberOrNull('gx'),
      n: numberOrNull('n'),
      lat: numberOrNull('lat'),
      lng: numberOrNull('lng'),
      case_id: textOrNull('case_id'),
      number: textOrNull('number'),
      title: textOrNull('title'),
      status: textOrNull('status'),
    };
  });
}

/** `west,south,east,north` as a window; 400 naming `bbox` when it is no window on the earth. */
export function parseWindow(bbox: string): MapWindow {
  const [west, south, east, north] = bbox.split(',').map(Number);
  const valid =
    [west, south, east, north].every(Number.isFinite) &&
    west >= -180 &&
    east <= 180 &&
    south >= -90 &&
    north <= 90 &&
    west < east &&
    south < north;
  if (valid) return { west, south, east, north };
  throw new ApiException(
    HttpStatus.BAD_REQUEST,
    'VALIDATION_FAILED',
    bilingual('Data tidak valid: bbox', 'Invalid input: bbox'),
    [
      {
        field: 'bbox',
        message: bilingual(
          'bbox harus barat,selatan,timur,utara dalam derajat, barat < timur dan selatan < utara',
          'bbox must be west,south,east,north in degrees, west < east and south < north',
        ),
      },
    ],
  );
}
