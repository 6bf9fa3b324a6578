import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const API_BUNDLE = join(__dirname, '..', '..', '..', 'dist', 'apps', 'api', 'main.js');

function boot(env: Record<string, string>) {
  return spawnSync(process.execPath, [API_BUNDLE], {
    env: {
      PATH: process.env['PATH'] ?? '',
      DATABASE_URL: process.env['E2E_DATABASE_URL'] ?? '',
      ...env,
    },
    encoding: 'utf8',
    timeout: 20000,
  });
}

describe('the built API at boot', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ DEMO_MODE: 'perhaps' }, 'DEMO_MODE'],
    [{ DATABASE_URL: 'mysql://localhost/simpul' }, 'DATABASE_URL'],
  ])('stops on %j with one line naming %s', (env, variable) => {
    const result = boot(env);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`Invalid environment variable ${variable}`);
    expect(result.stdout.trim()).toBe('');
  });
});
