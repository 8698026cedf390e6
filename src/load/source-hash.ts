// What a build is made from, by content: every file the production build reads (the deck's
// content in slides/, the engine in src/, public/, the HTML pages and the build config), each
// with its SHA-256. The build writes this into dist/deck.json; `npm run pdf` compares it with
// the files as they are now, so a stale dist/ is named file by file, not guessed from mtimes.

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the production build reads (besides node_modules), relative to the project root. */
const BUILD_INPUTS = ['slides', 'src', 'public', 'index.html', 'read.html', 'vite.config.ts', 'package.json'] as const;

/** The deck's own content: what it says and shows (the manifest's `sourceHash`). */
export const CONTENT_INPUTS = ['slides'] as const;

interface InputHashes {
  /** Project-relative path (forward slashes) → hex SHA-256 of the file's bytes. */
  readonly files: Readonly<Record<string, string>>;
  /** SHA-256 over the sorted list of paths and their hashes. */
  readonly hash: string;
}

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .filter((name) => !name.startsWith('.'))
    .flatMap((name) => filesUnder(root, `${path}/${name}`));
}

const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');

export function hashInputs(root: string, inputs: readonly string[] = BUILD_INPUTS): InputHashes {
  const files: Record<string, string> = {};
  for (const path of inputs.flatMap((input) => filesUnder(root, input)).sort()) files[path] = sha(readFileSync(join(root, path)));
  return { files, hash: combined(files) };
}

/** The hash of a set of file hashes (independent of the order they were listed in). */
export function combined(files: Readonly<Record<string, string>>): string {
  return sha(
    Object.keys(files)
      .sort()
      .map((path) => `${path}\0${files[path]}\n`)
      .join(''),
  );
}

/** The files that differ between two sets: changed, added (only in `now`) or removed. */
export function changedFiles(built: Readonly<Record<string, string>>, now: Readonly<Record<string, string>>): string[] {
  const paths = new Set([...Object.keys(built), ...Object.keys(now)]);
  return [...paths].filter((p) => built[p] !== now[p]).sort();
}

/** Only the files under the given top-level inputs (e.g. the deck's content in slides/). */
export function subset(files: Readonly<Record<string, string>>, inputs: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([path]) => inputs.some((i) => path === i || path.startsWith(`${i}/`))));
}
