// The layering of src/, kept true: every import runs down this list of folders, never up or
// sideways into a folder above (scripts/deps.ts draws the same graph: `npm run -s deps`).
// The pure parts (model, render, check) use no Node API and no browser or bundler; the
// commands (src/cli) are on top, and nothing below imports them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderGraph, folderLine, folderOf, importEdges, SRC } from '../../scripts/deps.ts';

/** Bottom first. A folder may import only folders before it. */
const LAYERS = ['exit', 'model', 'render', 'theme', 'present', 'check', 'load', 'output', 'browser', 'build', 'measure', 'export', 'review', 'bench', 'cli'] as const;

const rank = (folder: string): number => LAYERS.indexOf(folder as (typeof LAYERS)[number]);

describe('the layout of src/', () => {
  const edges = importEdges();

  it('has every folder in the layer list', () => {
    const folders = new Set(edges.flatMap((e) => [folderOf(e.from), folderOf(e.to)]));
    expect([...folders].filter((f) => rank(f) < 0)).toEqual([]);
  });

  it('has no import that runs back up the layers', () => {
    const upward = edges.filter((e) => folderOf(e.from) !== folderOf(e.to) && rank(folderOf(e.to)) > rank(folderOf(e.from))).map((e) => `${e.from} → ${e.to}`);
    expect(upward).toEqual([]);
  });

  it('keeps the model, the renderers and the checker free of Node, the browser driver and the bundler', () => {
    const pure = [...new Set(edges.map((e) => e.from))].filter((f) => ['model', 'render', 'check'].includes(folderOf(f)));
    const offending = pure.filter((file) => /from ['"](node:|vite|playwright-core|jsdom|pdf-lib)/.test(readFileSync(join(SRC, file), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('is drawn in the README as the code has it: one line per folder, bottom first, each with the folders it imports', () => {
    const readme = readFileSync(join(SRC, '../README.md'), 'utf8');
    const block = /The folders, bottom first[\s\S]*?```\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README.md: the block after "The folders, bottom first"').toBeDefined();
    const graph = folderGraph(edges);
    const drawn = LAYERS.filter((f) => graph.has(f)).map((f) => folderLine(f, graph.get(f)!));
    expect(block!.trimEnd().split('\n')).toEqual(drawn);
  });
});
