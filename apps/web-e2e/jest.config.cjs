// Browser end-to-end tests: playwright-core drives the machine's Chromium against the built
// product, started by tools/test.mjs (E2E_BASE_URL) on a fresh database in demo mode.
const base = require('../../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  testTimeout: 60000,
  maxWorkers: 1,
};
