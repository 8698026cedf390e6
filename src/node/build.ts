// Building the deck from Node (for the PDF export, the benchmark and test setup).

import { resolve } from 'node:path';
import { build } from 'vite';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Runs the production build into `outDir` (default dist/). Throws on a validation error. */
export async function buildDeck(outDir = 'dist', options: { quiet?: boolean } = {}): Promise<string> {
  const target = resolve(PROJECT_ROOT, outDir);
  await build({
    root: PROJECT_ROOT,
    configFile: resolve(PROJECT_ROOT, 'vite.config.ts'),
    logLevel: options.quiet ? 'error' : 'info',
    build: { outDir: target, emptyOutDir: true },
  });
  return target;
}
