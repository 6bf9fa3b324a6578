// API unit tests: pure logic, no database.
const base = require('../../jest.preset.cjs');

module.exports = {
  ...base,
  displayName: 'api-unit',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
