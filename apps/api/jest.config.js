const path = require('node:path');
const root = path.resolve(__dirname, '../..');
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
  },
];

module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@hebei/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@hebei/demo-data$': path.join(root, 'tools/demo-data/index.ts'),
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  // A ceiling, not a measure: suites that start two APIs with the demo data take minutes on a loaded 2-core machine.
  testTimeout: 180000,
  // MariaDB tests share one server process; files still run in parallel workers, each with its own database.
  maxWorkers: 2,
};
