// API integration tests: the real Nest app against a real PostgreSQL with migrations applied
// (DATABASE_URL, set up by tools/test.mjs) and real socket.io clients.
const base = require('../../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.int-spec.ts'],
  testTimeout: 30000,
  maxWorkers: 1,
};
