import baseConfig, { apiTypeAwareRules } from '../../eslint.config.mjs';
import { apiFolderRules } from '../../tools/eslint/api-folders.mjs';

export default [
  ...baseConfig,
  // Written by pgtyped (`npm run sql:types`) and compared with a fresh run by typed-sql.int-spec.ts.
  { ignores: ['**/*.queries.ts'] },
  apiTypeAwareRules(['**/*.ts'], import.meta.dirname),
  apiFolderRules(['src/app/**/*.ts'], `${import.meta.dirname}/src/app`),
];
