// `npm run bench` (bundle): the bytes a browser needs to present the built deck, gzipped (node:zlib
// level 9) by kind, against the budget; what Chromium actually requests on load; and the time from
// navigation to <html data-deck-state="ready">, median of several cold loads in headless Chromium.
// Bytes over budget are reported loudly and make the command fail; timings are only reported.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDeck } from '../node/build.ts';
import { launchChromium } from '../node/chromium.ts';
import { serveDirectory } from '../node/serve.ts';

const KB = 1024;
export const BUDGET = { total: 150 * KB, js: 80 * KB } as const;
/** For scale: the stock reveal.js starter with its default theme (black.css inlines 4 fonts). */
const STOCK_STARTER_GZ = 495 * KB;
const RUNS = 7;

type Kind = 'html' | 'js' | 'css' | 'font' | 'image';

export interface Asset {
  readonly file: string;
  readonly kind: Kind;
  readonly raw: number;
  readonly gz: number;
}

const gz = (data: Buffer) => gzipSync(data, { level: 9 }).length;

function asset(dist: string, file: string, kind: Kind): Asset {
  const data = readFileSync(join(dist, file));
  return { file, kind, raw: data.length, gz: gz(data) };
}

/**
 * What presenting needs: index.html, the scripts and stylesheets it links, the fonts those
 * stylesheets reference (woff2: every @font-face lists woff2 first and Chromium never fetches the
 * .woff fallback), and the images. Returns the assets and the files left out.
 */
export function neededAssets(dist: string): { assets: Asset[]; skipped: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\.?\/?([^"#?]+)"/g)].map((m) => m[1]!);
  const assets: Asset[] = [asset(dist, 'index.html', 'html')];
  for (const file of linked) {
    if (file.endsWith('.js')) assets.push(asset(dist, file, 'js'));
    else if (file.endsWith('.css')) {
      assets.push(asset(dist, file, 'css'));
      const css = readFileSync(join(dist, file), 'utf8');
      const fonts = [...css.matchAll(/url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/g)].map((m) => join(file, '..', m[1]!));
      for (const font of new Set(fonts)) assets.push(asset(dist, font, 'font'));
    } else if (/\.(svg|png|jpe?g|webp|ico)$/.test(file)) assets.push(asset(dist, file, 'image'));
  }
  const counted = new Set(assets.map((a) => a.file));
  const all = (dir: string): string[] => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? all(join(dir, f)) : [relative(dist, join(dir, f))]));
  for (const file of all(dist)) if (!counted.has(file) && /\.(svg|png|jpe?g|webp)$/.test(file)) assets.push(asset(dist, file, 'image'));
  return { assets, skipped: all(dist).filter((f) => !assets.some((a) => a.file === f)) };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const pad = (s: string, n: number) => s.padEnd(n);
const padL = (s: string, n: number) => s.padStart(n);

async function measureLoads(dist: string): Promise<{ readyMs: number[]; requested: string[] }> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  const readyMs: number[] = [];
  let requested: string[] = [];
  try {
    // One warm-up load (Chromium's own start-up), then RUNS cold loads, each in a fresh context.
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      const urls: string[] = [];
      page.on('requestfinished', (r) => urls.push(r.url()));
      // A string, so nothing in it is rewritten by the TypeScript loader.
      await page.addInitScript(`new MutationObserver(() => {
        if (document.documentElement.dataset.deckState === 'ready' && !window.__readyAt) window.__readyAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-deck-state'] });`);
      await page.goto(server.url, { waitUntil: 'load' });
      await page.waitForSelector('html[data-deck-state="ready"]', { timeout: 30_000 });
      const at = (await page.evaluate('window.__readyAt')) as number;
      if (run > 0) readyMs.push(at);
      requested = urls.map((u) => new URL(u).pathname.replace(/^\//, '') || 'index.html');
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { readyMs, requested };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function run(): Promise<void> {
  const dist = await buildDeck('out/bench-dist', { quiet: true });
  const { assets, skipped } = neededAssets(dist);
  const sum = (kind?: Kind, key: 'raw' | 'gz' = 'gz') => assets.filter((a) => !kind || a.kind === kind).reduce((n, a) => n + a[key], 0);

  console.log('Bytes needed to present the built deck (gzip -9):\n');
  console.log(`  ${pad('kind', 8)}${padL('files', 6)}${padL('raw', 12)}${padL('gzip', 12)}`);
  for (const kind of ['html', 'js', 'css', 'font', 'image'] as const) {
    const n = assets.filter((a) => a.kind === kind).length;
    console.log(`  ${pad(kind, 8)}${padL(String(n), 6)}${padL(kb(sum(kind, 'raw')), 12)}${padL(kb(sum(kind)), 12)}`);
  }
  console.log(`  ${pad('total', 8)}${padL(String(assets.length), 6)}${padL(kb(sum(undefined, 'raw')), 12)}${padL(kb(sum()), 12)}`);
  console.log('\n  files:');
  for (const a of assets) console.log(`    ${pad(a.file, 72)}${padL(kb(a.gz), 10)}`);
  if (skipped.length) console.log(`  not counted (never fetched by Chromium: .woff fallbacks after woff2): ${skipped.join(', ')}`);

  const over: string[] = [];
  const check = (label: string, value: number, budget: number) => {
    const ok = value <= budget;
    if (!ok) over.push(`${label} ${kb(value)} > ${kb(budget)}`);
    console.log(`  ${ok ? '✓' : '✗ OVER BUDGET'} ${label}: ${kb(value)} of ${kb(budget)} (${Math.round((value / budget) * 100)} %)`);
  };
  console.log('\nBudget:');
  check('everything needed to present', sum(), BUDGET.total);
  check('main-thread JavaScript', sum('js'), BUDGET.js);
  console.log(`  (the stock reveal.js starter with its default theme ships about ${kb(STOCK_STARTER_GZ)}; this deck is ${(STOCK_STARTER_GZ / sum()).toFixed(1)}× smaller)`);

  const { readyMs, requested } = await measureLoads(dist);
  const expected = new Set(assets.map((a) => a.file));
  const extra = requested.filter((f) => !expected.has(f));
  const missing = [...expected].filter((f) => !requested.includes(f));
  console.log(`\nWhat Chromium requested on a cold load (${requested.length} files): ${requested.join(', ')}`);
  console.log(extra.length || missing.length ? `  differs from the count above: extra ${extra.join(', ') || 'none'}; not requested ${missing.join(', ') || 'none'}` : '  exactly the files counted above.');
  console.log(`\nNavigation → data-deck-state="ready", headless Chromium, ${RUNS} cold loads (after one warm-up):`);
  console.log(`  median ${median(readyMs).toFixed(0)} ms (min ${Math.min(...readyMs).toFixed(0)}, max ${Math.max(...readyMs).toFixed(0)}); served from 127.0.0.1 without compression`);

  if (over.length) {
    console.error(`\n✗✗✗ OVER BUDGET: ${over.join('; ')} ✗✗✗`);
    throw new Error(`over budget: ${over.join('; ')}`);
  }
}
