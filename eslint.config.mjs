import nx from '@nx/eslint-plugin';
import { apiFolderRules } from './tools/eslint/api-folders.mjs';

/**
 * Type-aware rules for the API: a promise nobody awaits loses its rejection (an unhandled
 * rejection ends the process), and a promise handed to a caller that expects void (an event
 * listener, a Nest hook, a timer) is never awaited either. One program for sources and tests: the
 * API's spec tsconfig includes both. Used here for ESLint runs from the repository root and by
 * apps/api/eslint.config.mjs for `nx lint api`.
 */
export const apiTypeAwareRules = (files, apiDir) => ({
  files,
  languageOptions: {
    parserOptions: { project: ['./tsconfig.spec.json'], tsconfigRootDir: apiDir },
  },
  rules: {
    '@typescript-eslint/no-floating-promises': 'error',
    '@typescript-eslint/no-misused-promises': 'error',
  },
});

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/tmp',
      '**/.data',
      '**/.nx',
      '**/.angular',
      // Written by pgtyped (npm run sql:types), checked by apps/api/test/typed-sql.int-spec.ts.
      '**/*.queries.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // Web code cannot import API code and vice versa; both share only the libraries in libs/.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // Pure domain libraries (the SLA calendar, the place finder) stand on the contracts only.
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:contracts'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  apiTypeAwareRules(['apps/api/**/*.ts'], `${import.meta.dirname}/apps/api`),
  apiFolderRules(['apps/api/src/app/**/*.ts'], `${import.meta.dirname}/apps/api/src/app`),
];
