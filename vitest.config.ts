import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Real SQLite files and real processes: forks isolate native handles.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // Prints the safety figures (kills survived, fuzz cases, backups restored) at the end of a run.
    globalSetup: ['test/helpers/figures-setup.ts'],
  },
});
