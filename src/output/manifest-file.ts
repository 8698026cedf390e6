// Reading dist/deck.json (src/model/manifest.ts) and deciding whether a build is current.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_FILE, manifestSchema, type Manifest } from '../model/manifest.ts';
import { changedFiles, hashInputs } from '../load/source-hash.ts';

export class ManifestError extends Error {
  override name = 'ManifestError';
}

export function readManifest(distDir: string, shownAs: string = distDir): Manifest {
  const file = join(distDir, MANIFEST_FILE);
  if (!existsSync(join(distDir, 'index.html'))) throw new ManifestError(`${shownAs}/ has no index.html: it is not a built deck. Build it with \`npm run build\`.`);
  if (!existsSync(file)) throw new ManifestError(`${shownAs}/ has no ${MANIFEST_FILE}: it was built by an older version of the deck. Rebuild it with \`npm run build\`.`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ManifestError(`${shownAs}/${MANIFEST_FILE} is not valid JSON (${(error as Error).message}). Rebuild with \`npm run build\`.`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new ManifestError(`${shownAs}/${MANIFEST_FILE} is not a deck manifest this version can read (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}). Rebuild with \`npm run build\`.`);
  return parsed.data as unknown as Manifest;
}

/** The build inputs that changed since `manifest` was written (empty: the build is current). */
export function staleInputs(manifest: Manifest, root: string): string[] {
  return changedFiles(manifest.inputs, hashInputs(root).files);
}

/** "slides/large-trials.ts, src/render/chart.ts and 3 more" */
export function describeFiles(files: readonly string[], max = 3): string {
  const shown = files.slice(0, max).join(', ');
  return files.length > max ? `${shown} and ${files.length - max} more` : shown;
}
