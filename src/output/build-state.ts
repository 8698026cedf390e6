// Whether a built deck matches the sources as they are now, by content (dist/deck.json records the
// SHA-256 of every file the build read; src/load/source-hash.ts), and what to say when it does not.

import { existsSync } from 'node:fs';
import type { Manifest } from '../model/manifest.ts';
import { describeFiles, ManifestError, readManifest, staleInputs } from './manifest-file.ts';

type BuildState =
  | { readonly state: 'current'; readonly manifest: Manifest }
  | { readonly state: 'stale'; readonly manifest: Manifest; readonly changed: readonly string[] }
  | { readonly state: 'unusable'; readonly reason: string };

export function buildState(distDir: string, root: string, shown: string): BuildState {
  if (!existsSync(distDir)) return { state: 'unusable', reason: `${shown}/ does not exist yet` };
  let manifest: Manifest;
  try {
    manifest = readManifest(distDir, shown);
  } catch (error) {
    if (error instanceof ManifestError) return { state: 'unusable', reason: error.message };
    throw error;
  }
  const changed = staleInputs(manifest, root);
  return changed.length === 0 ? { state: 'current', manifest } : { state: 'stale', manifest, changed };
}

/** "slides/large-trials.ts changed since dist/ was built" (names up to three files). */
export const staleReason = (changed: readonly string[], shown: string): string =>
  `${describeFiles(changed)} ${changed.length === 1 ? 'has' : 'have'} changed since ${shown}/ was built`;
