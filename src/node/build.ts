// Building the deck from Node (for the PDF export, the benchmark and test setup).

import { resolve } from 'node:path';
import { build, mergeConfig, type InlineConfig } from 'vite';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Runs the production build into `outDir` (default dist/). Throws on a validation error.
 * `config` is merged over vite.config.ts (extra plugins, e.g. for the single-file build).
 */
export async function buildDeck(outDir = 'dist', options: { quiet?: boolean; config?: InlineConfig } = {}): Promise<string> {
  const target = resolve(PROJECT_ROOT, outDir);
  // Vite makes a development build (import.meta.env.DEV true: zod and the validator ship) when
  // NODE_ENV is already set to anything but "production", as vitest sets it to "test". Tests and
  // tools must measure the deck that ships, so force a production build for the call's duration.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const base: InlineConfig = {
      root: PROJECT_ROOT,
      configFile: resolve(PROJECT_ROOT, 'vite.config.ts'),
      logLevel: options.quiet ? 'error' : 'info',
      build: { outDir: target, emptyOutDir: true },
    };
    await build(options.config ? mergeConfig(base, options.config) : base);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return target;
}
