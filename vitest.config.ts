import { defineConfig } from 'vitest/config';
import { V8_FLAGS } from './src/load/node-args.ts';

// Three kinds of tests, one command (`npm test`):
//  - node: the model, validation, checks and anything else that needs no DOM;
//  - dom: the pure renderer, against jsdom;
//  - browser: the built deck in real headless Chromium (Debian's chromium, via playwright-core).
//    They share one production build, one Chromium, one single-file build and one set of PDF
//    exports per run, made by tests/setup/shared-run.ts (how a test gets them: its first lines).
export default defineConfig({
  test: {
    // A guard against a hang, not a measure of speed (tests wait for states): checking the real
    // deck in-process takes several seconds on a busy 2-core machine, more than vitest's 5 s.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Both cores: node and dom files run two at a time (vitest's default on 2 cores is one); the
    // browser files still run one at a time (fileParallelism: false below).
    maxWorkers: 2,
    // The V8 options the commands run with (src/load/node-args.ts: patterns compiled once).
    execArgv: [...V8_FLAGS],
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['tests/**/*.test.ts'], exclude: ['tests/render/**', 'tests/browser/**', 'tests/export/**'] },
      },
      {
        extends: true,
        test: { name: 'dom', environment: 'jsdom', include: ['tests/render/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts', 'tests/export/**/*.test.ts'],
          globalSetup: ['tests/setup/shared-run.ts'],
          setupFiles: ['tests/setup/per-file.ts'],
          // Two cores: one Chromium at a time keeps timings and memory sane.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
