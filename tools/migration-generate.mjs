#!/usr/bin/env node
// `npm run migration:generate -- <name>`: writes an empty migration
// `apps/api/src/app/database/migrations/<timestamp>-<kebab-name>.ts` (a class with `up` and `down`)
// and lists it in `apps/api/src/app/database/schema.ts`. The API reads and writes with SQL and
// registers no entities, so there is nothing to generate from: the SQL is written by hand.
// The new migration throws until it is written, so an unfinished one cannot be recorded as run.
//   npm run migration:generate -- add-case-handoffs
//   node tools/migration-generate.mjs <name> [--app-dir <dir holding database/schema.ts>]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function fail(message) {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const appDirArg = args.indexOf('--app-dir');
const appDir = appDirArg >= 0 ? args.splice(appDirArg, 2)[1] : join(root, 'apps/api/src/app');
const [rawName, ...extra] = args;
if (!rawName || extra.length > 0 || !appDir)
  fail('usage: npm run migration:generate -- <name>   (e.g. add-case-handoffs)');

// "AddCaseHandoffs", "add case handoffs" and "add_case_handoffs" all become add-case-handoffs.
const kebab = rawName
  .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
  .toLowerCase()
  .replace(/[^a-z0-9]+/g, '-')
  .replace(/^-+|-+$/g, '');
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(kebab))
  fail(
    `"${rawName}" is not a migration name: use words, starting with a letter (add-case-handoffs)`,
  );
const pascal = kebab
  .split('-')
  .map((word) => word[0].toUpperCase() + word.slice(1))
  .join('');

const migrationsDir = join(appDir, 'database/migrations');
const schemaFile = join(appDir, 'database/schema.ts');
if (!existsSync(schemaFile)) fail(`${schemaFile} not found`);
const existing = existsSync(migrationsDir) ? readdirSync(migrationsDir) : [];
const taken = existing.find((file) => file.replace(/^\d+-/, '') === `${kebab}.ts`);
if (taken) fail(`a migration named ${kebab} exists already: ${taken}`);

// TypeORM runs migrations in timestamp order: the new one must come after every existing one.
const newest = Math.max(0, ...existing.map((file) => Number(/^(\d+)-/.exec(file)?.[1] ?? 0)));
const timestamp = Math.max(Date.now(), newest + 1);
const className = `${pascal}${timestamp}`;
const fileName = `${timestamp}-${kebab}`;

const schema = readFileSync(schemaFile, 'utf8');
const list = /(export const MIGRATIONS[^=]*= \[\n)([\s\S]*?)(\];)/.exec(schema);
const imports = [...schema.matchAll(/^import \{ \w+ \} from '\.\/migrations\/[^']+';\n/gm)];
if (!list || imports.length === 0)
  fail(`${schemaFile}: no MIGRATIONS list or migration imports found to add the new one to`);

const migration = `import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * TODO: what this migration changes and why (the issue, the finding).
 */
export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
    void q;
    throw new Error('${className}.up is not written yet');
  }

  async down(q: QueryRunner): Promise<void> {
    void q;
    throw new Error('${className}.down is not written yet');
  }
}
`;

const lastImport = imports[imports.length - 1];
const afterImport = lastImport.index + lastImport[0].length;
const importLine = `import { ${className} } from './migrations/${fileName}';\n`;
let updated = schema.slice(0, afterImport) + importLine + schema.slice(afterImport);
updated = updated.replace(
  /(export const MIGRATIONS[^=]*= \[\n[\s\S]*?)(\];)/,
  (_, head, close) => `${head}  ${className},\n${close}`,
);

const migrationFile = join(migrationsDir, `${fileName}.ts`);
writeFileSync(migrationFile, migration, { flag: 'wx' });
writeFileSync(schemaFile, updated);
console.log(`created ${relative(process.cwd(), migrationFile)}`);
console.log(`listed ${className} in ${relative(process.cwd(), schemaFile)}`);
console.log(
  'Next: write up() and down() in SQL, then `npm run schema:dump` and commit both files.',
);
