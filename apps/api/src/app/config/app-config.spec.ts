import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigValidationError, loadAppConfig } from './app-config';

const VALID = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/simpul' };

function problemWith(env: Record<string, string>): ConfigValidationError {
  try {
    loadAppConfig({ ...VALID, ...env });
  } catch (error) {
    if (error instanceof ConfigValidationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigValidationError');
}

describe('loadAppConfig', () => {
  it('applies documented defaults', () => {
    expect(loadAppConfig(VALID)).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      databaseAppUrl: null,
      databasePoolSize: 10,
      demoMode: false,
      logLevel: 'log',
      webDistPath: null,
    });
  });

  it('reads every variable it documents', () => {
    const config = loadAppConfig({
      ...VALID,
      PORT: '8080',
      DATABASE_APP_URL: 'postgresql://simpul_app:x@db/simpul',
      DATABASE_POOL_SIZE: '25',
      DEMO_MODE: 'true',
      LOG_LEVEL: 'debug',
      WEB_DIST_PATH: '/srv/web',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseAppUrl: 'postgresql://simpul_app:x@db/simpul',
      databasePoolSize: 25,
      demoMode: true,
      logLevel: 'debug',
      webDistPath: '/srv/web',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: '80.5' }, 'PORT'],
    [{ DATABASE_URL: '' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@localhost/simpul' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ DATABASE_APP_URL: 'http://x' }, 'DATABASE_APP_URL'],
    [{ DEMO_MODE: 'maybe' }, 'DEMO_MODE'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
  ])('refuses %j naming %s in one bilingual line', (env, variable) => {
    const error = problemWith(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toContain(`Invalid environment variable ${variable}`);
    expect(error.message).toContain(`Variabel lingkungan ${variable} tidak valid`);
    expect(error.message).not.toContain('\n');
  });

  describe('SLA_CONFIG_FILE', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'simpul-sla-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const file = (name: string, content: unknown) => {
      const path = join(dir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    };

    it('is empty without a file: the national defaults apply', () => {
      expect(loadAppConfig(VALID).sla).toEqual({ rules: [] });
    });

    it('reads the installation’s rules, time zone and office hours', () => {
      const settings = {
        timeZone: 'Asia/Makassar',
        officeHours: { friday: [{ from: '07:30', to: '11:00' }] },
        rules: [{ clock: 'verification', category: 'pju', kind: 'working_days', amount: 1 }],
      };
      expect(loadAppConfig({ ...VALID, SLA_CONFIG_FILE: file('ok.json', settings) }).sla).toEqual(
        settings,
      );
    });

    it('refuses a broken file, naming the variable and the problem in both languages', () => {
      const cases: [unknown, RegExp][] = [
        ['{ not json', /cannot read a JSON file/],
        [[], /must hold an object/],
        [{ rule: [] }, /unknown settings: rule/],
        [{ rules: {} }, /rules must be a list/],
        [{ rules: [{ clock: 'lunch', kind: 'working_days', amount: 1 }] }, /unknown clock "lunch"/],
        [{ timeZone: 'Mars/Olympus' }, /Mars\/Olympus/],
        [{ officeHours: { funday: [] } }, /Unknown weekday in office hours: funday/],
      ];
      cases.forEach(([content, problem], index) => {
        const error = problemWith({ SLA_CONFIG_FILE: file(`bad-${index}.json`, content) });
        expect(error.variable).toBe('SLA_CONFIG_FILE');
        expect(error.problemEn).toMatch(problem);
        expect(error.problemId).not.toBe('');
      });
      expect(problemWith({ SLA_CONFIG_FILE: join(dir, 'missing.json') }).problemEn).toMatch(
        /cannot read/,
      );
    });
  });
});
