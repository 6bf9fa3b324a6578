import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(__dirname, '../../../../..');

describe('the generated OpenAPI sources (apps/api/src/app/openapi/generated)', () => {
  it('match the DTOs, controllers and contracts: run `npm run openapi:generate` after changing them', async () => {
    // The generator formats with Prettier, which loads as ESM: it runs in its own Node process.
    const result = await run(process.execPath, ['tools/openapi-generate.cjs', '--check'], {
      cwd: root,
    }).catch((error: { code: number; stderr: string }) => error);
    expect('stderr' in result ? result.stderr.trim() : '').toBe('');
    expect(result).not.toHaveProperty('code');
  }, 120_000);
});
