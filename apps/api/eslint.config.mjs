import baseConfig, { apiTypeAwareRules } from '../../eslint.config.mjs';
import { apiFolderRules } from '../../tools/eslint/api-folders.mjs';

export default [
  ...baseConfig,
  apiTypeAwareRules(['**/*.ts'], import.meta.dirname),
  apiFolderRules(['src/app/**/*.ts'], `${import.meta.dirname}/src/app`),
];
