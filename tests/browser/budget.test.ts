// The byte budget of the shared test build, with the same accounting as `npm run bench`
// (src/bench/bundle.ts). Bytes only: nothing is timed in tests.

import { readdirSync, readFileSync } from 'node:fs';
import { NGINX_CONFIG_FILE } from '../../src/build/static-host.ts';
import { join } from 'node:path';
import { MANIFEST_FILE } from '../../src/model/manifest.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { describe, expect, inject, it } from 'vitest';
import { BUDGET, neededAssets } from '../../src/bench/bundle.ts';

describe('the bytes needed to present stay within budget', () => {
  const { assets, skipped } = neededAssets(inject('distDir'));
  const gz = (kind?: string) => assets.filter((a) => !kind || a.kind === kind).reduce((n, a) => n + a.gz, 0);

  it('counts the page, its script, stylesheet, woff2 fonts and images (never the .woff fallbacks)', () => {
    expect(assets.map((a) => a.kind).sort()).toEqual(expect.arrayContaining(['css', 'font', 'html', 'js']));
    expect(assets.filter((a) => a.file.endsWith('.woff'))).toEqual([]);
    // Never fetched to present the full deck: the .woff fallbacks, the manifest the Node tools
    // read, the other editions' pages, and the other pages the build writes (the reading view,
    // the handout pages) with the stylesheets only they link.
    const manifest = readManifest(inject('distDir'));
    const editionPages = Object.values(manifest.editions).map((e) => e.page).filter((p) => p !== 'index.html');
    const otherPages = Object.values(manifest.pages);
    const theirStyles = otherPages.flatMap((page) => [...readFileSync(join(inject('distDir'), page), 'utf8').matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"/g)].map((m) => m[1]!));
    // …the text-spacing fit, loaded only once the reader's spacing is on (src/present/text-fit.ts)…
    const onDemand = readdirSync(join(inject('distDir'), 'assets')).filter((f) => f.startsWith('text-fit-scale-') && f.endsWith('.js')).map((f) => `assets/${f}`);
    expect(onDemand).toHaveLength(1);
    // …and the web server's configuration (dist/nginx.conf), which the server reads, never a browser.
    expect(skipped.filter((f) => !f.endsWith('.woff')).sort()).toEqual([...new Set([MANIFEST_FILE, NGINX_CONFIG_FILE, ...editionPages, ...otherPages, ...theirStyles, ...onDemand])].sort());
  });

  it(`everything needed to present: at most ${BUDGET.total / 1024} KB gzipped; main-thread JavaScript at most ${BUDGET.js / 1024} KB`, () => {
    expect(gz()).toBeLessThanOrEqual(BUDGET.total);
    expect(gz('js')).toBeLessThanOrEqual(BUDGET.js);
  });
});
