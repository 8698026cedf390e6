// Issue 23, bad case: a detailed SVG figure made `npm run build` crawl (0.23 MB took 14 s, 0.47
// MB 62 s, 0.93 MB 665 s: the sanitiser and labeller walked the drawing node by node under
// jsdom, in time that grew with the square of its size), with no progress line, and a killed
// build left a `.dist.building-*` folder. Now the SVG is read once, in one streaming pass, and
// put into the page as text: the page's DOM holds the same two nodes for any drawing, however
// large (times are reported by `npm run bench figures`, never asserted here). The build says
// when it inlines large figures, and the next build removes what a killed one left.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detailedSvg } from '../../src/bench/figures.ts';
import { slidesHtml } from '../../src/build/render-html.ts';
import { buildDeck } from '../../src/build/run-build.ts';
import { compileLoaded, loadDeck } from '../../src/load/load-deck.ts';
import { removeAbandonedScratch } from '../../src/output/scratch.ts';
import { readSvg } from '../../src/render/svg-markup.ts';
import { ROOT } from './support.ts';

const scratch = mkdtempSync(join(ROOT, 'out', '.test-large-figure-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a large SVG figure', { timeout: 180_000 }, () => {
  const markup = detailedSvg(0.93 * 1024 * 1024);

  it('is read in one pass: every drawn part hidden from screen readers, every label kept for the check', () => {
    const read = readSvg(markup);
    if (!read.ok) throw new Error(read.fault.message);
    const parts = (markup.match(/<g id=/g) ?? []).length;
    expect(parts).toBeGreaterThan(5000);
    expect((read.svg.inner.match(/<g id="p\d+" transform="[^"]+" aria-hidden="true">/g) ?? []).length).toBe(parts);
    expect(read.svg.texts).toHaveLength(parts);
    expect(read.svg.texts[0]).toBe('Part 0');
  });

  it('is not built node by node in the page: the figure’s <svg> holds its title and a placeholder, the page its whole drawing', async () => {
    const loaded = compileLoaded(await loadDeck());
    const assets = new Map([...loaded.input.assets, ['tmem-doorway.svg', { kind: 'svg' as const, markup }]]);
    const html = slidesHtml(loaded.editions[0]!, assets);
    const svg = html.slice(html.indexOf('<svg', html.indexOf('data-src="tmem-doorway.svg"')));
    expect(svg).toMatch(/^<svg [^>]*role="img" focusable="false"><title>[^<]+<\/title>\n<g id="p0"/);
    expect((html.match(/<g id="p\d+"/g) ?? []).length).toBe((markup.match(/<g id=/g) ?? []).length);
    expect(html).not.toContain('deck-figure:');
  });

  it('npm run build says when it inlines large figures', async () => {
    const figures = join(scratch, 'figures');
    mkdirSync(figures);
    const svgs = readdirSync(join(ROOT, 'slides/figures')).filter((f) => f.endsWith('.svg'));
    for (const name of svgs) {
      writeFileSync(join(figures, name), name === 'tmem-doorway.svg' ? markup : readSvgFile(name));
    }
    const lines: string[] = [];
    await buildDeck(join('out', scratch.split('/out/')[1]!, 'dist'), { quiet: true, deck: { figuresDir: figures }, onProgress: (line) => lines.push(line) });
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^inlining 0\\.9\\d MB of SVG figures into the pages \\(${svgs.length} files\\); a large drawing takes a moment$`))]);
    expect(readdirSync(scratch).filter((f) => f.includes('.building-'))).toEqual([]);
  });
});

describe('a build killed outright', () => {
  it('leaves a temporary folder that the next build removes', () => {
    // A process that has ended: its id names the folders a killed build of it would leave.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const left = join(scratch, `.dist.building-${dead}-abc123`);
    mkdirSync(left, { recursive: true });
    const mine = join(scratch, `.dist.building-${process.pid}-abc123`);
    mkdirSync(mine, { recursive: true });
    removeAbandonedScratch(scratch, '.dist.building');
    expect(existsSync(left)).toBe(false);
    expect(existsSync(mine)).toBe(true); // this process's own is not touched
    rmSync(mine, { recursive: true });
  });
});

function readSvgFile(name: string): string {
  return readFileSync(join(ROOT, 'slides/figures', name), 'utf8');
}
