import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // A JSON report per run lets scripts/test-summary.mjs add up test:all's three runs.
    reporters: ['default', 'json'],
    outputFile: { json: `test-results/vitest-${process.pid}.json` },
    // Each test file boots Payload (and for http/e2e a whole server): run files one at a
    // time on this 2-core machine rather than starve the servers under test.
    fileParallelism: false,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          globalSetup: ['test/support/databaseGlobalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'http',
          include: ['test/http/**/*.test.ts'],
          globalSetup: ['test/support/databaseGlobalSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/databaseGlobalSetup.ts', 'test/support/productionBuild.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
