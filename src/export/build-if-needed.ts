// `npm run pdf` builds the deck first when dist/ is missing or older than what it is built from.
// The build goes to a temporary folder that replaces dist/ only when complete, so an
// interrupted build never leaves a half-written dist/ that looks up to date.

import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildDeck, PROJECT_ROOT } from '../node/build.ts';

/** What the production build reads (besides node_modules). */
export const BUILD_INPUTS = ['slides', 'src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestFile(path: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtimeMs: stat.mtimeMs };
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(path)) {
    const found = newestFile(join(path, entry));
    if (found && (!newest || found.mtimeMs > newest.mtimeMs)) newest = found;
  }
  return newest;
}

/** Why `distDir` must be rebuilt, or null when it is up to date. */
export function buildReason(distDir: string, root: string = PROJECT_ROOT): string | null {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return `${relative(root, distDir) || distDir}/ has no index.html`;
  const built = statSync(index).mtimeMs;
  for (const input of BUILD_INPUTS) {
    const newest = newestFile(join(root, input));
    if (newest && newest.mtimeMs > built) return `${relative(root, newest.path)} changed after the last build`;
  }
  return null;
}

export interface BuildJob {
  /** The temporary folder being written (remove it if the run is interrupted). */
  readonly tempDir: string;
  readonly done: Promise<void>;
}

/** Builds into a temporary folder under out/, then swaps it in for `distDir`. */
export function buildInto(distDir: string): BuildJob {
  const target = resolve(distDir);
  const tempDir = resolve(PROJECT_ROOT, 'out', `.dist-build-${process.pid}`);
  const done = (async () => {
    try {
      await buildDeck(tempDir, { quiet: true });
      rmSync(target, { recursive: true, force: true });
      renameSync(tempDir, target);
    } finally {
      rmSync(tempDir, { recursive: true, force: true });
    }
  })();
  return { tempDir, done };
}
