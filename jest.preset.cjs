// Shared Jest settings for Node-side TypeScript tests (API unit, API integration, browser e2e).
const { join } = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: join(__dirname, 'apps/api/tsconfig.spec.json') }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@simpul/contracts$': join(__dirname, 'libs/contracts/src/index.ts'),
    '^@simpul/place-finder$': join(__dirname, 'libs/place-finder/src/index.ts'),
    '^@simpul/sla$': join(__dirname, 'libs/sla/src/index.ts'),
    // flatbush is an ES module; Jest runs CommonJS, so it loads the package's UMD build.
    '^flatbush$': join(__dirname, 'node_modules/flatbush/flatbush.js'),
  },
};
