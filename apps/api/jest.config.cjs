// API unit tests: pure logic, no database. They include the specs of the pure libraries the API
// is built on (the SLA calendar and the place finder), so `npm test` runs them in api-unit.
const base = require('../../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'api-unit',
  rootDir: __dirname,
  roots: ['<rootDir>/src', '<rootDir>/../../libs/sla', '<rootDir>/../../libs/place-finder'],
  testMatch: ['**/*.spec.ts'],
};
