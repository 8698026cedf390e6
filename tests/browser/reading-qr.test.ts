// The QR code to the published reading view (issue 20), as people meet it: drawn only when
// slides/local.ts sets readingViewUrl (here a fixture local, tests/fixtures/local/
// reading-view-local.ts), on the summary slide of every edition and on the handout's last page,
// each time with the sentence saying what it opens and the address as text beside it. The slide
// is screenshot in Chromium and the handout PDF drawn by pdftoppm, and both are decoded with jsQR:
// they must give exactly the configured address, at error correction M on screen and Q on paper,
// the printed code at least 25 mm wide with a 4-module quiet zone, named on the web and carrying
// alt text in the tagged PDF.

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildDeck } from '../../src/build/run-build.ts';
import { exportHandout, HANDOUT_MAX_PAGES } from '../../src/export/handout-pdf.ts';
import { compileLoaded, loadDeckFrom, PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { checkFit } from '../../src/measure/fit-check.ts';
import { shownAddress } from '../../src/model/reading-view.ts';
import { QR_CAPTION, qrLabel } from '../../src/model/reading-view-words.ts';
import { HANDOUT_WORDS } from '../../src/model/handout-spec.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { qrDrawing, QUIET_ZONE } from '../../src/render/qr.ts';
import { QR_CLASS } from '../../src/render/reading-qr.ts';
import { pdfUaFacts, type StructElement } from '../export/support/pdf-ua.ts';
import { startDeckSession, type DeckSession } from '../support/deck-page.ts';
import { connectToSharedBrowser } from '../support/shared.ts';
import { codeWidthPx, decodeQr, modulesOf, pdfPagePixels, pngPixels, quietAround } from '../support/qr-decode.ts';
import local from '../fixtures/local/reading-view-local.ts';
import deck from '../../slides/index.ts';
import { editionNames } from '../../src/model/listing.ts';
import type { AnyDeck } from '../../src/model/types.ts';

const LOCAL_MODULE = join(PROJECT_ROOT, 'tests/fixtures/local/reading-view-local.ts');
const URL = local.readingViewUrl!;
const dist = join(PROJECT_ROOT, 'out', `test-qr-${process.pid}`);
const pdfDir = join(PROJECT_ROOT, 'out', `test-qr-pdf-${process.pid}`);
const versionAt = (correction: 'M' | 'Q') => (qrDrawing(URL, correction).modules - 17) / 4;

let session: DeckSession;
beforeAll(async () => {
  await buildDeck(relative(PROJECT_ROOT, dist), { quiet: true, deck: { localModule: LOCAL_MODULE } });
  session = await startDeckSession({ dist });
});
afterAll(async () => {
  await session?.close();
  rmSync(dist, { recursive: true, force: true });
  rmSync(pdfDir, { recursive: true, force: true });
});

/** The slides of an edition that carry a QR code, by id. */
const qrSlides = (page: Page) => page.$$eval(`section:has(figure.${QR_CLASS.figure})`, (s) => s.map((x) => x.id));

describe('on the slides (error correction M)', () => {
  const editions = () => Object.values(readManifest(dist).editions);

  it('is on the summary slide of every edition, and on no other', async () => {
    for (const edition of editions()) {
      await session.open(edition.page);
      expect(await qrSlides(session.page), edition.name).toEqual(['summary']);
    }
  });

  it('has an accessible name, the sentence saying what it opens and the address as text beside it', async () => {
    await session.open('#/summary');
    const slide = session.page.locator('section#summary');
    await expect(slide.getByRole('img', { name: qrLabel(URL), exact: true }).count()).resolves.toBe(1);
    const caption = slide.locator(`figure.${QR_CLASS.figure} figcaption`);
    expect((await caption.innerText()).replace(/\s+/g, ' ').trim()).toBe(`${QR_CAPTION} ${shownAddress(URL)}`);
    expect(await caption.locator('a').getAttribute('href')).toBe(URL);
    // Built into the HTML (no script draws it): present before reveal.js starts.
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(html).toContain(`<title>${qrLabel(URL)}</title>`);
  });

  it('decodes from a screenshot of the slide to exactly the address, at M', async () => {
    for (const edition of editions()) {
      await session.open(`${edition.page}#/summary`);
      await session.page.evaluate(() => document.fonts.ready);
      const pixels = await pngPixels(session.page, await session.page.screenshot());
      const code = decodeQr(pixels);
      expect(code?.data, edition.name).toBe(URL);
      // The version a code of this address has at M (Q would need a larger one).
      expect(code?.version).toBe(versionAt('M'));
      expect(versionAt('Q')).toBeGreaterThan(versionAt('M'));
      // The quiet zone: 4 modules of white all round, on the slide as shown.
      const module = codeWidthPx(code!) / modulesOf(code!.version);
      expect(quietAround(pixels, code!, QUIET_ZONE * module - 1)).toBe(true);
    }
  });

  it('fits its slide in every edition (npm run check: no slide-fit or text-size problem)', async () => {
    const loaded = compileLoaded(await loadDeckFrom({ localModule: LOCAL_MODULE }));
    const fit = await checkFit({ loaded, deck: { localModule: LOCAL_MODULE } });
    expect(fit.checked).toBe(true);
    if (fit.checked) expect(fit.problems.map((p) => `${p.slide}: ${p.message}`)).toEqual([]);
  });

  it('is not drawn when readingViewUrl is not set (the deck as shipped)', () => {
    const shipped = inject('distDir');
    for (const page of ['index.html', 'short.html', 'handout.html']) expect(readFileSync(join(shipped, page), 'utf8')).not.toContain(QR_CLASS.code);
  });
});

describe('on the handout (error correction Q)', () => {
  // With a clinic's full details and the address (the fullest handout there is), every edition's
  // handout fits its page budget on both papers, the code on its last page. One export per edition
  // and paper of this file's build, in the run's Chromium, made by whichever test asks first (the
  // full A4 one is read by two tests; neither changes it).
  const exports = new Map<string, ReturnType<typeof exportHandout>>();
  const handout = (edition: string, paper: 'letter' | 'a4') => {
    const out = join(pdfDir, `handout-${edition}-${paper}.pdf`);
    if (!exports.has(out)) exports.set(out, exportHandout({ distDir: dist, manifest: readManifest(dist), edition, paper, out, timeoutMs: 60_000, browser: connectToSharedBrowser() }));
    return exports.get(out)!.then((result) => ({ out, result }));
  };
  const runs = editionNames(deck as unknown as AnyDeck).flatMap((edition) => (['letter', 'a4'] as const).map((paper) => ({ edition, paper })));
  for (const { edition, paper } of runs) {
    it(`decodes from the last page of the ${edition} edition's ${paper} PDF (at most ${HANDOUT_MAX_PAGES} pages) to exactly the address, at Q, at least 25 mm wide with its quiet zone`, async () => {
      const { out, result } = await handout(edition, paper);
      expect(result.pages).toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
      const last = result.pages;
      const dpi = 200;
      const pixels = pdfPagePixels(out, last, dpi);
      const code = decodeQr(pixels);
      expect(code?.data).toBe(URL);
      expect(code?.version).toBe(versionAt('Q'));
      const modules = modulesOf(code!.version);
      const modulePx = codeWidthPx(code!) / modules;
      const widthMm = ((modules + 2 * QUIET_ZONE) * modulePx * 25.4) / dpi;
      expect(widthMm).toBeGreaterThanOrEqual(25);
      expect(quietAround(pixels, code!, QUIET_ZONE * modulePx - 2)).toBe(true);
      // No other page has it, and the address is printed as text on the same page, with what it opens.
      for (let p = 1; p < last; p++) expect(decodeQr(pdfPagePixels(out, p, 100)), `page ${p}`).toBeNull();
      const text = execFileSync('pdftotext', ['-f', String(last), '-l', String(last), '-layout', out, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(URL);
      expect(text).toContain(HANDOUT_WORDS.readOnline);
      expect(text).toContain(HANDOUT_WORDS.scanQr);
    });
  }

  it('is a Figure with alt text in the tagged PDF', async () => {
    const { out } = await handout('full', 'a4');
    const all: StructElement[] = [];
    const visit = (e: StructElement) => (all.push(e), e.kids.forEach(visit));
    (await pdfUaFacts(out)).elements.forEach(visit);
    // The QR code is one Figure (with its label as alt text) beside the handout's other figures.
    const figures = all.filter((e) => e.role === 'Figure');
    expect(figures.map((e) => e.alt)).toContain(qrLabel(URL));
    expect(figures.filter((e) => !e.alt?.trim())).toEqual([]);
  });
});
