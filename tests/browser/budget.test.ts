// The byte budget of the shared test build, with the same accounting as `npm run bench`
// (src/bench/bundle.ts). Bytes only: nothing is timed in tests.

import { MANIFEST_FILE } from '../../src/model/manifest.ts';
import { readManifest } from '../../src/node/manifest.ts';
import { describe, expect, inject, it } from 'vitest';
import { BUDGET, neededAssets } from '../../src/bench/bundle.ts';

describe('the bytes needed to present stay within budget', () => {
  const { assets, skipped } = neededAssets(inject('distDir'));
  const gz = (kind?: string) => assets.filter((a) => !kind || a.kind === kind).reduce((n, a) => n + a.gz, 0);

  it('counts the page, its script, stylesheet, woff2 fonts and images (never the .woff fallbacks)', () => {
    expect(assets.map((a) => a.kind).sort()).toEqual(expect.arrayContaining(['css', 'font', 'html', 'js']));
    expect(assets.filter((a) => a.file.endsWith('.woff'))).toEqual([]);
    // Never fetched to present the full deck: the .woff fallbacks, the manifest the Node tools
    // read, and the other editions' pages.
    const editionPages = Object.values(readManifest(inject('distDir')).editions).map((e) => e.page).filter((p) => p !== 'index.html');
    expect(skipped.filter((f) => !f.endsWith('.woff')).sort()).toEqual([MANIFEST_FILE, ...editionPages].sort());
  });

  it(`everything needed to present: at most ${BUDGET.total / 1024} KB gzipped; main-thread JavaScript at most ${BUDGET.js / 1024} KB`, () => {
    expect(gz()).toBeLessThanOrEqual(BUDGET.total);
    expect(gz('js')).toBeLessThanOrEqual(BUDGET.js);
  });
});
