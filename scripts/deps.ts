// `npm run -s deps`: the folder-level import graph of src/, drawn from the code (every static
// `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')` of a
// relative path), one line per folder with the folders it imports. Lazy imports are marked
// `(lazy)`: a command pays for them only on the path that needs them.
// tests/layout/layers.test.ts keeps the arrows pointing down the declared layer order.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SRC = resolve(import.meta.dirname, '../src');

export interface ImportEdge {
  /** Importing file and imported file, relative to src/ (forward slashes). */
  readonly from: string;
  readonly to: string;
  /** `await import()`: loaded only when that code runs. */
  readonly lazy: boolean;
  /** `import type`: erased, never loaded. */
  readonly typeOnly: boolean;
}

const SOURCE = /\.(ts|js)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : SOURCE.test(e.name) ? [join(dir, e.name)] : []));
}

const posix = (path: string): string => path.split(sep).join('/');

/** The comment-free text of a module (so an example in a comment is no import). */
const withoutComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Every relative import of every module under src/. */
export function importEdges(src: string = SRC): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of filesUnder(src)) {
    const code = withoutComments(readFileSync(file, 'utf8'));
    const found: { spec: string; lazy: boolean; typeOnly: boolean }[] = [];
    for (const m of code.matchAll(/^\s*(import|export)\s+(type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) found.push({ spec: m[3]!, lazy: false, typeOnly: Boolean(m[2]) });
    for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ spec: m[1]!, lazy: true, typeOnly: false });
    for (const { spec, lazy, typeOnly } of found) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (!target.startsWith(src + sep)) continue;
      edges.push({ from: posix(relative(src, file)), to: posix(relative(src, target)), lazy, typeOnly });
    }
  }
  return edges;
}

/** A module's folder under src/ ("check/rules/x.ts" → "check": subfolders belong to their top folder). */
export const folderOf = (path: string): string => path.split('/')[0]!;

/** Folder → the folders it imports (eager and lazy kept apart), type-only imports included. */
export function folderGraph(edges: readonly ImportEdge[] = importEdges()): Map<string, { eager: Set<string>; lazy: Set<string> }> {
  const graph = new Map<string, { eager: Set<string>; lazy: Set<string> }>();
  const node = (f: string) => graph.get(f) ?? graph.set(f, { eager: new Set(), lazy: new Set() }).get(f)!;
  for (const e of edges) {
    const from = folderOf(e.from);
    const to = folderOf(e.to);
    node(to);
    if (from === to) {
      node(from);
      continue;
    }
    (e.lazy ? node(from).lazy : node(from).eager).add(to);
  }
  for (const entry of graph.values()) for (const f of entry.eager) entry.lazy.delete(f);
  return graph;
}

/** One folder's line as `npm run -s deps` prints it and the README draws it: "load      → exit, model". */
export function folderLine(folder: string, { eager, lazy }: { eager: ReadonlySet<string>; lazy: ReadonlySet<string> }): string {
  const targets = [...[...eager].sort(), ...[...lazy].sort().map((f) => `${f} (lazy)`)];
  return `${folder.padEnd(9)} → ${targets.join(', ') || '(nothing)'}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const graph = folderGraph();
  for (const [folder, entry] of [...graph].sort(([a], [b]) => a.localeCompare(b))) console.log(folderLine(folder, entry));
}
