import { readFileSync } from 'node:fs';
import { registerAs } from '@nestjs/config';
import {
  SlaConfigError,
  validateSlaRules,
  WorkingCalendar,
  type SlaRule,
  type WeeklyOfficeHours,
} from '@simpul/sla';

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Validated, typed settings of one API process. Read from the environment once at boot. */
export interface AppConfig {
  port: number;
  host: string;
  /** Connection used by the database owner: migrations and seeding. */
  databaseUrl: string;
  /**
   * Optional separate login for the application role. When unset, the owner connection switches
   * to the application role at connection start (fine on a trust-auth or local server).
   */
  databaseAppUrl: string | null;
  databasePoolSize: number;
  /** Benchmarks only: append every application SQL statement with its parameters (JSON lines). */
  databaseQueryTraceFile: string | null;
  demoMode: boolean;
  logLevel: LogLevel;
  /** Folder holding the built web app (index.html); `null`: the build beside the API bundle. */
  webDistPath: string | null;
  version: string;
  /** HMAC secret of access tokens; unset: a random secret kept in the database (shared by processes). */
  jwtSecret: string | null;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  /**
   * Mark the refresh cookie `Secure` (the default: browsers accept it over HTTPS and on
   * http://localhost). `COOKIE_SECURE=false` only for plain HTTP on another host name.
   */
  cookieSecure: boolean;
  /** Origins allowed to call the API from another site; empty: same origin only. */
  corsOrigins: string[];
  rateLimitEnabled: boolean;
  /** Requests per minute and client IP to each route that needs no sign-in. */
  publicRateLimitPerMinute: number;
  /** Prefix of the rate-limit counters in Redis (when `REDIS_URL` is set: shared by processes). */
  rateLimitKeyPrefix: string;
  /** Reverse proxies in front of the API whose X-Forwarded-For is trusted (0: none). */
  trustProxyHops: number;
  signInRateLimitPerMinute: number;
  /** Failures of one email before each next attempt must wait (doubling from the base). */
  signInBackoffAfter: number;
  signInBackoffBaseMs: number;
  /** Failures of one email that lock it, and for how long. */
  signInLockAfter: number;
  signInLockMinutes: number;
  /** Public base URL used in invitation and reset links. */
  publicUrl: string;
  smtpUrl: string | null;
  mailFrom: string;
  reporterDataRetentionDays: number;
  /** Days after which a deleted attachment's files are erased from storage (0: at the next sweep). */
  attachmentDeletedRetentionDays: number;
  /** How often idle job workers look for due jobs (timers fire at most this late). */
  jobPollingSeconds: number;
  /** Working (office) hours a receiving agency has to answer a handoff proposal before it expires. */
  handoffExpiryWorkingHours: number;
  /** Hours into a clarification's 24-hour clock at which the open step's approvers are reminded. */
  clarificationRemindAtHours: number;
  mapTileUrl: string;
  mapAttribution: string;
  /** Radius within which open cases of the same category are suggested as duplicates (metres). */
  duplicateRadiusMeters: number;
  /** Largest attachment accepted, in bytes. */
  attachmentMaxBytes: number;
  /** Folder of the disk attachment storage. */
  attachmentsDir: string;
  /** Redis shared by several API processes (socket.io Redis Streams adapter); null: one process. */
  redisUrl: string | null;
  /** The installation's SLA settings (`SLA_CONFIG_FILE`); empty: the national defaults. */
  sla: SlaSettings;
}

/**
 * `SLA_CONFIG_FILE`: a JSON file of the installation's SLA settings, all optional. `rules` come
 * after the defaults, so a rule for the same clock and scope replaces the default one (e.g. a
 * regency that answers potholes in 2×24 hours); `timeZone` and `officeHours` are those of the
 * working-day calendar (WIB, Mon–Fri 08:00–16:00 by default).
 */
export interface SlaSettings {
  timeZone?: string;
  officeHours?: WeeklyOfficeHours;
  rules: SlaRule[];
}

export class ConfigValidationError extends Error {
  constructor(
    readonly variable: string,
    readonly problemEn: string,
    readonly problemId: string,
  ) {
    super(
      `Invalid environment variable ${variable}: ${problemEn} / Variabel lingkungan ${variable} tidak valid: ${problemId}`,
    );
    this.name = 'ConfigValidationError';
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(value) || value < min || value > max) {
    throw new ConfigValidationError(
      name,
      `must be a whole number from ${min} to ${max} (got "${raw}")`,
      `harus bilangan bulat ${min} sampai ${max} (isinya "${raw}")`,
    );
  }
  return value;
}

function readSlaSettings(env: Env, name: string): SlaSettings {
  const path = env[name];
  if (path === undefined || path.trim() === '') return { rules: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path.trim(), 'utf8'));
  } catch (error) {
    throw new ConfigValidationError(
      name,
      `cannot read a JSON file at "${path}" (${(error as Error).message})`,
      `tidak dapat membaca berkas JSON di "${path}" (${(error as Error).message})`,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigValidationError(
      name,
      'must hold an object with timeZone, officeHours and/or rules',
      'harus berisi objek dengan timeZone, officeHours dan/atau rules',
    );
  }
  const { timeZone, officeHours, rules, ...unknown } = parsed as Record<string, unknown>;
  const extra = Object.keys(unknown);
  if (extra.length > 0) {
    throw new ConfigValidationError(
      name,
      `has unknown settings: ${extra.join(', ')}`,
      `berisi pengaturan tak dikenal: ${extra.join(', ')}`,
    );
  }
  if (rules !== undefined && !Array.isArray(rules)) {
    throw new ConfigValidationError(name, 'rules must be a list', 'rules harus berupa daftar');
  }
  const settings: SlaSettings = {
    ...(timeZone !== undefined ? { timeZone: timeZone as string } : {}),
    ...(officeHours !== undefined ? { officeHours: officeHours as WeeklyOfficeHours } : {}),
    rules: (rules ?? []) as SlaRule[],
  };
  try {
    validateSlaRules(settings.rules);
    // The calendar checks the time zone and the office hours as it is built.
    new WorkingCalendar({ ...settings, holidays: null });
  } catch (error) {
    if (!(error instanceof SlaConfigError)) throw error;
    throw new ConfigValidationError(name, error.text.en, error.text.id);
  }
  return settings;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const normalized = raw.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalized)) return true;
  if (['false', '0', 'no', 'off'].includes(normalized)) return false;
  throw new ConfigValidationError(
    name,
    `must be true or false (got "${raw}")`,
    `harus true atau false (isinya "${raw}")`,
  );
}

function readPostgresUrl(env: Env, name: string, required: boolean): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') {
    if (!required) return null;
    throw new ConfigValidationError(
      name,
      'is required (npm start provides an embedded database when it is unset)',
      'wajib diisi (npm start menyediakan basis data bawaan bila kosong)',
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigValidationError(
      name,
      'must be a URL like postgres://user@host:5432/database',
      'harus berupa URL seperti postgres://user@host:5432/database',
    );
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigValidationError(
      name,
      `must start with postgres:// (got "${url.protocol}//")`,
      `harus diawali postgres:// (isinya "${url.protocol}//")`,
    );
  }
  return raw;
}

function readEnum<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigValidationError(
      name,
      `must be one of ${allowed.join(', ')} (got "${raw}")`,
      `harus salah satu dari ${allowed.join(', ')} (isinya "${raw}")`,
    );
  }
  return raw as T;
}

function readSecret(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (raw.length < 32) {
    throw new ConfigValidationError(
      name,
      'must be at least 32 characters long',
      'harus sekurang-kurangnya 32 karakter',
    );
  }
  return raw;
}

function readUrlWithProtocols(
  env: Env,
  name: string,
  protocols: string[],
  example: string,
): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigValidationError(
      name,
      `must be a URL like ${example}`,
      `harus berupa URL seperti ${example}`,
    );
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigValidationError(
      name,
      `must be a URL like ${example}`,
      `harus berupa URL seperti ${example}`,
    );
  }
  return raw.replace(/\/$/, '');
}

const readHttpUrl = (env: Env, name: string) =>
  readUrlWithProtocols(env, name, ['http:', 'https:'], 'https://simpul.jatimprov.go.id');
const readSmtpUrl = (env: Env, name: string) =>
  readUrlWithProtocols(env, name, ['smtp:', 'smtps:'], 'smtps://user:pass@mail.example.go.id:465');

function readOrigins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((origin) => {
    const trimmed = origin.trim();
    const checked = readHttpUrl({ [name]: trimmed }, name);
    if (!checked || new URL(trimmed).origin !== trimmed) {
      throw new ConfigValidationError(
        name,
        `must be a comma-separated list of origins like https://simpul.example.go.id (got "${trimmed}")`,
        `harus daftar origin dipisah koma seperti https://simpul.example.go.id (isinya "${trimmed}")`,
      );
    }
    return trimmed;
  });
}

/** Validates the environment; throws {@link ConfigValidationError} naming the first bad variable. */
export function loadAppConfig(env: Env): AppConfig {
  return {
    port: readInt(env, 'PORT', 3000, 1, 65535),
    host: env['HOST'] || '0.0.0.0',
    databaseUrl: readPostgresUrl(env, 'DATABASE_URL', true) as string,
    databaseAppUrl: readPostgresUrl(env, 'DATABASE_APP_URL', false),
    databasePoolSize: readInt(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    databaseQueryTraceFile: env['DATABASE_QUERY_TRACE_FILE']?.trim() || null,
    demoMode: readBool(env, 'DEMO_MODE', false),
    logLevel: readEnum(env, 'LOG_LEVEL', LOG_LEVELS, 'log'),
    webDistPath: env['WEB_DIST_PATH'] || null,
    version: env['npm_package_version'] || process.env['SIMPUL_VERSION'] || '0.1.0',
    jwtSecret: readSecret(env, 'JWT_SECRET'),
    accessTokenTtlSeconds: readInt(env, 'ACCESS_TOKEN_TTL_SECONDS', 600, 30, 86_400),
    refreshTokenTtlDays: readInt(env, 'REFRESH_TOKEN_TTL_DAYS', 14, 1, 365),
    cookieSecure: readBool(env, 'COOKIE_SECURE', true),
    corsOrigins: readOrigins(env, 'CORS_ORIGINS'),
    rateLimitEnabled: readBool(env, 'RATE_LIMIT_ENABLED', true),
    publicRateLimitPerMinute: readInt(env, 'PUBLIC_RATE_LIMIT_PER_MINUTE', 300, 1, 100_000),
    rateLimitKeyPrefix: env['RATE_LIMIT_KEY_PREFIX'] || 'simpul:throttle:',
    trustProxyHops: readInt(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    signInRateLimitPerMinute: readInt(env, 'SIGN_IN_RATE_LIMIT_PER_MINUTE', 60, 1, 100_000),
    signInBackoffAfter: readInt(env, 'SIGN_IN_BACKOFF_AFTER', 3, 1, 100),
    signInBackoffBaseMs: readInt(env, 'SIGN_IN_BACKOFF_BASE_MS', 1000, 1, 60_000),
    signInLockAfter: readInt(env, 'SIGN_IN_LOCK_AFTER', 10, 1, 1000),
    signInLockMinutes: readInt(env, 'SIGN_IN_LOCK_MINUTES', 15, 1, 1440),
    publicUrl: readHttpUrl(env, 'PUBLIC_URL') ?? `http://localhost:${env['PORT'] || 3000}`,
    smtpUrl: readSmtpUrl(env, 'SMTP_URL'),
    mailFrom: env['MAIL_FROM'] || 'Simpul <no-reply@simpul.local>',
    reporterDataRetentionDays: readInt(env, 'REPORTER_DATA_RETENTION_DAYS', 730, 1, 36_500),
    attachmentDeletedRetentionDays: readInt(env, 'ATTACHMENT_DELETED_RETENTION_DAYS', 30, 0, 3_650),
    jobPollingSeconds: readInt(env, 'JOB_POLLING_SECONDS', 5, 1, 300),
    handoffExpiryWorkingHours: readInt(env, 'HANDOFF_EXPIRY_WORKING_HOURS', 16, 1, 400),
    clarificationRemindAtHours: readInt(env, 'CLARIFICATION_REMIND_AT_HOURS', 20, 1, 23),
    mapTileUrl: env['MAP_TILE_URL'] ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    mapAttribution: env['MAP_ATTRIBUTION'] ?? '© OpenStreetMap contributors',
    duplicateRadiusMeters: readInt(env, 'DUPLICATE_RADIUS_METERS', 300, 10, 5000),
    attachmentMaxBytes: readInt(
      env,
      'ATTACHMENT_MAX_BYTES',
      15 * 1024 * 1024,
      1024,
      200 * 1024 * 1024,
    ),
    attachmentsDir: env['ATTACHMENTS_DIR'] || '.data/attachments',
    sla: readSlaSettings(env, 'SLA_CONFIG_FILE'),
    redisUrl: readUrlWithProtocols(
      env,
      'REDIS_URL',
      ['redis:', 'rediss:'],
      'redis://127.0.0.1:6379',
    ),
  };
}

export const appConfig = registerAs('app', (): AppConfig => loadAppConfig(process.env));
export type AppConfigNamespace = ReturnType<typeof appConfig>;
