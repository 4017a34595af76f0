/** `npm run fuzz`: the long robustness run (GREX_FUZZ_RUNS cases per function, default 1,000,000). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.fuzz.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }] },
  testTimeout: 6 * 3600 * 1000,
};
