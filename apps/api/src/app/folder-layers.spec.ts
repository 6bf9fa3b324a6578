import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../../..');
const appDir = __dirname;

/**
 * Lints `code` as if it were the file `path` (relative to apps/api/src/app) with the folder-layers
 * rule of tools/eslint/api-folders.mjs, over this tree's folder graph. Answers the messages.
 */
function lint(path: string, code: string): string[] {
  const script = `
    import { Linter } from 'eslint';
    import { apiFolderRules } from './tools/eslint/api-folders.mjs';
    const [path, code, appDir] = process.argv.slice(1);
    const linter = new Linter({ configType: 'flat', cwd: process.cwd() });
    const messages = linter.verify(code, [apiFolderRules(['**/*.ts'], appDir)], { filename: path });
    console.log(JSON.stringify(messages.map((m) => m.message)));
  `;
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', script, join(appDir, path), code, appDir],
    { cwd: root, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as string[];
}

describe('API folder layers (npm run lint)', () => {
  it('refuses an import from the kernel into a feature', () => {
    expect(
      lint(
        'case-kernel/case-repository.ts',
        `import { InboxService } from '../cases/inbox/inbox.service';`,
      ),
    ).toEqual([
      'case-kernel (kernel) may not import cases/inbox (feature): features → kernel → platform, never back up',
    ]);
  });

  it('refuses an import from the platform into the kernel', () => {
    expect(lint('notifications/x.ts', `export * from '../case-kernel/case-repository';`)).toEqual([
      'notifications (platform) may not import case-kernel (kernel): features → kernel → platform, never back up',
    ]);
  });

  it('lets a feature use the kernel and the platform, and its own folder', () => {
    expect(
      lint(
        'cases/inbox/x.ts',
        [
          `import { caseRepository } from '../../case-kernel/case-repository';`,
          `import { queryRows } from '../../database/query-rows';`,
          `import { inboxSql } from './inbox-sql';`,
          `import { toSummary } from '../detail/case-views';`,
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('refuses an import that closes a cycle between folders, naming it', () => {
    // cases/inbox already imports cases/detail (the case summary).
    expect(lint('cases/detail/x.ts', `const inbox = import('../inbox/inbox.service');`)).toEqual([
      'Import cycle between folders: cases/detail → cases/inbox → cases/detail',
    ]);
  });

  it('refuses a folder that has no layer', () => {
    expect(lint('brand-new/x.ts', `import { bilingual } from '../common/bilingual';`)).toEqual([
      'Folder brand-new has no layer: give it one in API_FOLDER_LAYERS (tools/eslint/api-folders.mjs)',
    ]);
  });
});
