// ESM jest over TypeScript: ts-jest compiles, Node's vm modules load the ESM-only @actions/* packages.
const tsJest = [
  'ts-jest',
  { useESM: true, tsconfig: { module: 'NodeNext', moduleResolution: 'NodeNext', isolatedModules: true } },
]

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
}

/** @type {import('jest').Config} */
export default {
  // Integration tests drive real git, servers and rpm; on a busy two-core runner a push or a
  // hook can take more than jest's default 5 s. A hang still fails, after 30 s.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      // Self-contained: our own small specs and repos made in temp dirs. Green on any fresh machine.
      testMatch: [
        '<rootDir>/test/unit/**/*.test.ts',
        '<rootDir>/test/integration/**/*.test.ts',
        '<rootDir>/test/e2e/**/*.test.ts',
      ],
    },
    {
      ...common,
      displayName: 'corpus',
      // Real Fedora specs and upstream bundles in ../shared/fixtures, used in place.
      testMatch: ['<rootDir>/test/corpus/**/*.test.ts'],
    },
  ],
  collectCoverageFrom: ['src/**/*.ts', '!src/index.ts', '!src/cli.ts'],
  coverageReporters: ['text-summary', 'text'],
  coverageThreshold: {
    './src/config/': { lines: 90 },
    './src/spec/': { lines: 90 },
  },
}
