import baseConfig, { apiTypeAwareRules } from '../../eslint.config.mjs';

export default [...baseConfig, apiTypeAwareRules(['**/*.ts'], import.meta.dirname)];
