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
  // Seen once in CI: the run finished (all results written) but a handle stayed open, so Jest
  // never exited and CI would have waited for its 90-minute limit. Each suite closes the apps,
  // sockets and child processes it opens; forceExit makes sure a leak found later cannot hang CI.
  forceExit: true,
};
