// `npm run bench figures`: how the time to read and inline an SVG figure grows with its size.
// The real deck is rendered (every page a build renders: each edition's slides and the reading
// view) with its doorway drawing replaced by detailed drawings of about 0.23, 0.47 and 0.93 MB.
// Before issue 23 this grew with the square of the size (14 s, 62 s, 665 s to build); reading the
// SVG in one streaming pass (src/render/svg-markup.ts) makes it linear. Figures only, no budget.

import { performance } from 'node:perf_hooks';
import { readingViewHtml, slidesHtml } from '../build/render-html.ts';
import { compileLoaded, loadDeck } from '../load/load-deck.ts';
import type { AssetMap } from '../render/context.ts';
import { readSvg } from '../render/svg-markup.ts';

/** A detailed drawing of about `bytes` bytes: many small labelled groups, as a traced diagram has. */
export function detailedSvg(bytes: number): string {
  const part = (i: number) => `<g id="p${i}" transform="translate(${i % 97} ${i % 89})"><rect x="1" y="2" width="3" height="4" fill="#123456" stroke="#000"/><text x="1" y="2" font-size="26">Part ${i}</text></g>\n`;
  let body = '';
  for (let i = 0; body.length < bytes - 200; i++) body += part(i);
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 560 390" width="560" height="390">\n${body}</svg>\n`;
}

const FIGURE = 'tmem-doorway.svg';

export async function run(): Promise<void> {
  const loaded = compileLoaded(await loadDeck());
  console.log('SVG figure size → time to read it and render every page that shows it (the build\'s "render" work for it):\n');
  const rows: string[] = [];
  for (const mb of [0.23, 0.47, 0.93]) {
    const markup = detailedSvg(mb * 1024 * 1024);
    let started = performance.now();
    const read = readSvg(markup);
    const readMs = performance.now() - started;
    if (!read.ok) throw new Error(`the generated drawing is not well-formed: ${read.fault.message}`);
    const assets: AssetMap = new Map([...loaded.input.assets, [FIGURE, { kind: 'svg', markup }]]);
    started = performance.now();
    let out = 0;
    for (const deck of loaded.editions) out += slidesHtml(deck, assets).length;
    out += readingViewHtml(loaded.editions[0]!, assets, { slidesHref: 'index.html' }).length;
    const renderMs = performance.now() - started;
    const size = (markup.length / 1024 / 1024).toFixed(2);
    rows.push(`  ${size} MB: read ${readMs.toFixed(0)} ms, render ${renderMs.toFixed(0)} ms (${(renderMs / Number(size)).toFixed(0)} ms per MB), ${(out / 1024 / 1024).toFixed(1)} MB of HTML`);
  }
  console.log(rows.join('\n'));
}
