// `npm run bench` (bundle): the bytes a browser needs to present the built deck, gzipped (node:zlib
// level 9) by kind, against the budget; what Chromium actually requests on load; and the time from
// navigation to <html data-deck-state="ready">, with first and largest contentful paint, total
// blocking time and layout shift, median of several cold loads in headless Chromium, served gzipped;
// on the phone profile the reading view (read.html) too.
// Bytes over budget are reported loudly and make the command fail; timings are only reported.

import { LOCALES, TRANSLATION_LANGS } from '../model/locales.ts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { escapeHtml } from '../build/render-html.ts';
import { buildDeck } from '../build/run-build.ts';
import { readManifest } from '../output/manifest-file.ts';
import { DATA, DECK_STATE, stateSelector } from '../render/markup.ts';
import { READ_PAGE } from '../model/reading-view.ts';
import { launchChromium } from '../browser/chromium.ts';
import { serveDirectory } from '../browser/serve.ts';

const KB = 1024;
/** Gzipped bytes: everything needed to present, and the JavaScript the main thread loads. */
// The text-spacing fit (WCAG 1.4.12) and the fit measure it uses are loaded only when the
// reader's spacing is on (src/present/text-fit-scale.ts, about 2.3 KB gzipped), not counted here.
export const BUDGET = { total: 150 * KB, js: 55 * KB } as const;
/** For scale: the stock reveal.js starter with its default theme (black.css inlines 4 fonts). */
const STOCK_STARTER_GZ = 495 * KB;
const RUNS = 7;
/** First paint on a phone (issue 21), reported by the phone profile, never asserted. */
const TARGET = { fcp: 1800, tbt: 200 } as const;

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
  // The translations' folders (dist/es/) are other decks, presented on their own: not this one's bytes.
  const translations = new Set(TRANSLATION_LANGS.map((l) => join(dist, LOCALES[l].folder)));
  const all = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      if (!statSync(path).isDirectory()) return [relative(dist, path)];
      return translations.has(join(path, '/')) ? [] : all(path);
    });
  for (const file of all(dist)) if (!counted.has(file) && /\.(svg|png|jpe?g|webp)$/.test(file)) assets.push(asset(dist, file, 'image'));
  return { assets, skipped: all(dist).filter((f) => !assets.some((a) => a.file === f)) };
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const pad = (s: string, n: number) => s.padEnd(n);
const padL = (s: string, n: number) => s.padStart(n);

/** How a load is measured: a desktop as the deck is presented, or a phone-class device. */
interface Profile {
  readonly name: string;
  readonly viewport: { readonly width: number; readonly height: number };
  /** Chromium CPU slowdown (CDP Emulation.setCPUThrottlingRate). */
  readonly cpu: number;
  /** CDP Network.emulateNetworkConditions, or none. */
  readonly network?: { readonly latency: number; readonly downloadThroughput: number; readonly uploadThroughput: number };
}

export const DESKTOP: Profile = { name: 'desktop (1280×720, no throttling)', viewport: { width: 1280, height: 720 }, cpu: 1 };
/** Lighthouse's mobile preset numbers (150 ms RTT, 1.6 Mbps down, 750 kbps up, 4× CPU), applied live. */
export const PHONE: Profile = {
  name: 'phone class (412×823, 4× slower CPU, 150 ms RTT, 1.6 Mbps)',
  viewport: { width: 412, height: 823 },
  cpu: 4,
  network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};

interface LoadTimes {
  /** First contentful paint (ms from navigation). */
  readonly fcp: number;
  /** Largest contentful paint (ms from navigation): the last candidate before ready. */
  readonly lcp: number;
  /** Cumulative layout shift until ready (shifts without recent input, as Lighthouse counts them). */
  readonly cls: number;
  /** <html data-deck-state="ready"> (ms from navigation); for a page without a deck, its fonts loaded. */
  readonly ready: number;
  /** Sum of long tasks' time over 50 ms until ready (total blocking time, as Lighthouse defines it). */
  readonly tbt: number;
}

/** The pages whose first paint is measured: the slides (ready when reveal.js is) and the reading view (no script: ready once its fonts are). */
type MeasuredPage = 'index.html' | typeof READ_PAGE;

export async function measureLoads(dist: string, profile: Profile, gzip = true, pageFile: MeasuredPage = 'index.html'): Promise<{ times: LoadTimes[]; requested: string[] }> {
  // Compressed, as a production host serves it (Lighthouse's figures in the README are with gzip too).
  const server = await serveDirectory(dist, 0, { gzip });
  const browser = await launchChromium();
  const times: LoadTimes[] = [];
  let requested: string[] = [];
  try {
    // One warm-up load (Chromium's own start-up), then RUNS cold loads, each in a fresh context.
    for (let run = 0; run <= RUNS; run++) {
      const context = await browser.newContext({ viewport: { ...profile.viewport } });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      if (profile.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
      if (profile.network) {
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
      }
      const urls: string[] = [];
      page.on('requestfinished', (r) => urls.push(r.url()));
      // A string, so nothing in it is rewritten by the TypeScript loader.
      await page.addInitScript(`window.__longTasks = []; window.__lcp = NaN; window.__cls = 0;
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
        new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });
        new MutationObserver(() => {
          if (document.documentElement.getAttribute('${DATA.deckState}') === '${DECK_STATE.ready}' && !window.__readyAt) window.__readyAt = performance.now();
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['${DATA.deckState}'] });`);
      await page.goto(server.url + (pageFile === 'index.html' ? '' : pageFile), { waitUntil: 'load' });
      if (pageFile === 'index.html') await page.waitForSelector(stateSelector(DECK_STATE.ready), { timeout: 60_000 });
      // The reading view has no script: it is ready when its fonts are and a frame has painted with them.
      else await page.evaluate(`document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => { window.__readyAt = performance.now(); r(); }))))`);
      const measured = (await page.evaluate(`(() => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        const ready = window.__readyAt;
        const tbt = window.__longTasks.filter(([start]) => start < ready).reduce((n, [, d]) => n + Math.max(0, d - 50), 0);
        return { fcp: fcp ? fcp.startTime : NaN, lcp: window.__lcp, cls: window.__cls, ready, tbt };
      })()`)) as LoadTimes;
      if (run > 0) times.push(measured);
      requested = urls.map((u) => new URL(u).pathname.replace(/^\//, '') || 'index.html');
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { times, requested };
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

  const manifest = readManifest(dist);
  const editions = Object.values(manifest.editions).map((e) => `${e.name} ${e.slides.length} slides (${e.page}, ${e.spokenMinutes} min of notes)`);
  console.log(`\nThe build (deck.json): ${editions.join('; ')}; first slide "${manifest.editions.full!.slides[0]!.title}".`);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  console.log(`  First slide's title in the HTML the server sends: ${html.includes(escapeHtml(manifest.editions.full!.slides[0]!.title)) ? 'yes' : 'NO'}`);

  const { times: desktop, requested } = await measureLoads(dist, DESKTOP);
  const expected = new Set(assets.map((a) => a.file));
  const extra = requested.filter((f) => !expected.has(f));
  const missing = [...expected].filter((f) => !requested.includes(f));
  console.log(`\nWhat Chromium requested on a cold load (${requested.length} files): ${requested.join(', ')}`);
  console.log(extra.length || missing.length ? `  differs from the count above: extra ${extra.join(', ') || 'none'}; not requested ${missing.join(', ') || 'none'}` : '  exactly the files counted above.');
  const { times: phone } = await measureLoads(dist, PHONE);
  const { times: phoneRead } = await measureLoads(dist, PHONE, true, READ_PAGE);
  console.log(`\nLoad times, headless Chromium, median of ${RUNS} cold loads after one warm-up; served from 127.0.0.1 with gzip, as a host must.`);
  console.log('  (Not Lighthouse, which needs Node 22: the phone profile applies Lighthouse\'s mobile throttling numbers live through CDP.');
  console.log(`   Targets on the phone: first contentful paint under ${TARGET.fcp} ms, total blocking time under ${TARGET.tbt} ms, no layout shift. Reported, never asserted.)`);
  for (const [profile, times, what] of [[DESKTOP, desktop, 'index.html'], [PHONE, phone, 'index.html'], [PHONE, phoneRead, READ_PAGE]] as const) {
    const m = (key: keyof LoadTimes) => median(times.map((t) => t[key]));
    const flag = (ok: boolean) => (profile === PHONE ? (ok ? ' ✓' : ' ✗ over target') : '');
    console.log(`  ${what}, ${profile.name}:`);
    const ready = what === READ_PAGE ? 'fonts loaded and painted' : 'ready to present';
    console.log(`    first contentful paint ${m('fcp').toFixed(0)} ms${flag(m('fcp') < TARGET.fcp)}; largest contentful paint ${m('lcp').toFixed(0)} ms; ${ready} ${m('ready').toFixed(0)} ms`);
    console.log(`    total blocking time ${m('tbt').toFixed(0)} ms${flag(m('tbt') < TARGET.tbt)}; cumulative layout shift ${m('cls').toFixed(3)}${flag(m('cls') < 0.01)}`);
  }

  if (over.length) {
    console.error(`\n✗✗✗ OVER BUDGET: ${over.join('; ')} ✗✗✗`);
    throw new Error(`over budget: ${over.join('; ')}`);
  }
}
