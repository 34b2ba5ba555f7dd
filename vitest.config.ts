import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    // Real SQLite files and real processes: forks isolate native handles.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          // Prints the safety figures (kills survived, fuzz cases, backups restored) at the end of a run.
          globalSetup: ['test/helpers/figures-setup.ts'],
        },
      },
      {
        // The renderer in Debian's Chromium against the real handlers (browser mode).
        // One browser at a time: CI machines have two cores.
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
    ],
  },
});
