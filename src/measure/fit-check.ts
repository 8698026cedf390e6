// `npm run check`'s fit check: every slide of every edition, with every step shown, at the slide
// size (1280×720), in Chromium. The deck is built into a scratch folder under out/ (the same
// build that ships), served on 127.0.0.1 and measured with src/present/fit-measure.ts, the one
// definition of "fits" that the fit tests and the dev server's marker use too.
//
// Steps (fragments) only fade in: a hidden step keeps its place in the layout, so the slide
// with every step shown is the largest any of its steps gets (and measuring it also measures
// the text of every step). The walk checks that no step was left hidden.
//
// Findings are check problems like any rule's: `slide-fit` (something runs out of the slide,
// naming the part, e.g. body[2], and by how many px, with the fix), `slide-text-size` (text
// drawn smaller than 24 px) and `slide-text-spacing` (with the reader's text spacing of WCAG
// 1.4.12 the slide runs out even scaled down to the deck's smallest scale). Each translation is
// built and measured beside the English (its problems name slides/<folder><id>.ts). Without
// Chromium the check says so and carries on.

import { accessSync, constants, rmSync } from 'node:fs';
import { releaseScratch, scratchPath } from '../output/scratch.ts';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser, Page } from 'playwright-core';
import { chromiumPath, ChromiumNotFoundError, launchChromium } from '../browser/chromium.ts';
import { inPage } from '../browser/in-page.ts';
import { serveDirectory } from '../browser/serve.ts';
import { showWholeSlide } from '../browser/slide-walk.ts';
import type { DeckPluginOptions } from '../build/deck-plugin.ts';
import { BuildError, buildDeck } from '../build/run-build.ts';
import { translationBuild } from '../build/build-languages.ts';
import { DECK, type Problem } from '../check/rule.ts';
import { PROJECT_ROOT, type LoadedDeck } from '../load/load-deck.ts';
import { editionOf } from '../model/editions.ts';
import { SLIDE_SIZE } from '../model/slide-size.ts';
import { FULL_EDITION } from '../model/types.ts';
import { readManifest } from '../output/manifest-file.ts';
import type { Manifest } from '../model/manifest.ts';
import { measure, MIN_TEXT_PX } from '../present/fit-measure.ts';
import { LOCALES, type Lang } from '../model/locales.ts';
import { FIT_RULE, slideFitProblems, textSpacingProblems } from './fit-problems.ts';
import { applyTextSpacing, waitForTextFit } from './text-spacing.ts';


type FitOutcome =
  | {
      readonly checked: true;
      /** Slides measured, over every edition (a slide shown in two editions counts twice). */
      readonly slides: number;
      readonly editions: number;
      readonly width: number;
      readonly height: number;
      readonly seconds: number;
      readonly problems: readonly Problem[];
      /** Each translation measured the same way (slides/es/: problems name slides/es/<id>.ts). */
      readonly translations: readonly TranslationFit[];
    }
  | { readonly checked: false; readonly reason: string };

export interface TranslationFit {
  readonly lang: Lang;
  readonly slides: number;
  readonly editions: number;
  readonly problems: readonly Problem[];
}

interface FitOptions {
  /** The deck as the check loaded and compiled it: built as it is (no second load), and the slides' block numbers in messages (body[2]). */
  readonly loaded: LoadedDeck;
  /** The deck to build, as the check was given it (default: slides/index.ts). */
  readonly deck?: Omit<DeckPluginOptions, 'compiled'>;
  readonly signal?: AbortSignal;
  /**
   * Measure the deck's translations too (loaded.translations, each built as `npm run build`
   * builds dist/es/), in the same browser; their problems name their own files (slides/es/<id>.ts).
   */
  readonly translations?: boolean;
  /** Progress for people (stderr), e.g. "building", "measuring 47 slides". */
  readonly log?: (message: string) => void;
}

const SIZE = { width: SLIDE_SIZE.width, height: SLIDE_SIZE.height };

/** How long a page may take to start in the browser (a busy machine is slow, a broken deck never starts). */
const READY_TIMEOUT_MS = 60_000;

export async function checkFit(options: FitOptions): Promise<FitOutcome> {
  const started = performance.now();
  try {
    accessSync(chromiumPath(), constants.X_OK);
  } catch {
    return { checked: false, reason: new ChromiumNotFoundError(chromiumPath()).message };
  }
  // A fixture deck may list its figures by name only (its `assets` export): nothing to draw.
  const nameOnly = [...options.loaded.input.figures].filter(([name, text]) => name.endsWith('.svg') && text === '').map(([name]) => name);
  if (nameOnly.length > 0) {
    return { checked: false, reason: `the deck names figures without their files (${nameOnly.join(', ')}), so it cannot be drawn; give their folder with --figures` };
  }
  // Removed however the check ends (src/output/scratch.ts), and by the next check if it was killed.
  const scratch = scratchPath(join(PROJECT_ROOT, 'out'), '.check-fit');
  const aborted = () => {
    if (options.signal?.aborted) throw new Error('interrupted');
  };
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  // Ctrl-C (the command's signal aborts): remove the scratch build now and close the browser, so
  // whatever the walk was waiting for fails at once and nothing is left even if the process exits first.
  const onAbort = () => {
    rmSync(scratch, { recursive: true, force: true });
    void browser?.close().catch(() => undefined);
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    options.log?.('building the deck to measure it');
    try {
      await buildDeck(relative(PROJECT_ROOT, scratch), { quiet: true, deck: { ...options.deck, compiled: options.loaded }, signal: options.signal });
    } catch (error) {
      if (!(error instanceof BuildError) || options.signal?.aborted) throw error;
      const problem: Problem = { slide: DECK, rule: FIT_RULE, severity: 'error', message: `the deck could not be built to measure its fit: ${error.message.replace(/\.$/, '')}`, fix: 'Fix that, then run the check again.' };
      return { checked: true, slides: 0, editions: 0, ...SIZE, seconds: (performance.now() - started) / 1000, problems: [problem], translations: [] };
    }
    // Each translation as a deck of its own (as src/cli/commands/build.ts builds it), in its folder beside the English.
    const translated = options.translations ? options.loaded.translations : [];
    const translationBuilds: { lang: Lang; folder: string; loaded: LoadedDeck; failed?: Problem }[] = [];
    for (const t of translated) {
      const folder = LOCALES[t.lang].folder;
      const compiled = translationBuild(options.loaded, t.lang);
      options.log?.(`building the ${LOCALES[t.lang].name} deck to measure it`);
      try {
        await buildDeck(relative(PROJECT_ROOT, join(scratch, folder)), { quiet: true, deck: { compiled, inSite: true }, signal: options.signal });
        translationBuilds.push({ lang: t.lang, folder, loaded: compiled });
      } catch (error) {
        if (!(error instanceof BuildError) || options.signal?.aborted) throw error;
        translationBuilds.push({ lang: t.lang, folder, loaded: compiled, failed: { slide: DECK, rule: FIT_RULE, severity: 'error', message: `the ${t.lang} deck (slides/${folder}) could not be built to measure its fit: ${error.message.replace(/\.$/, '')}`, fix: 'Fix that, then run the check again.' } });
      }
    }
    aborted();
    const manifest = readManifest(scratch, relative(PROJECT_ROOT, scratch));
    server = await serveDirectory(scratch);
    try {
      // Ctrl-C is the command's to handle (runAsProcess) (playwright's own handler would exit before cleaning up).
      browser = await launchChromium({ handleSIGINT: false, handleSIGTERM: false });
    } catch (error) {
      return { checked: false, reason: `Chromium did not start (${(error as Error).message.split('\n')[0]})` };
    }
    aborted();
    const context = await browser.newContext({ viewport: manifest.slideSize, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const english = await measureBuild(page, server.url, manifest, options.loaded, '', options);
    const translations: TranslationFit[] = [];
    for (const t of translationBuilds) {
      if (t.failed) {
        translations.push({ lang: t.lang, slides: 0, editions: 0, problems: [t.failed] });
        continue;
      }
      const built = readManifest(join(scratch, t.folder), relative(PROJECT_ROOT, join(scratch, t.folder)));
      translations.push({ lang: t.lang, ...(await measureBuild(page, server.url, built, t.loaded, t.folder, options)) });
    }
    const { slides, problems } = english;
    return { checked: true, slides, editions: english.editions, width: manifest.slideSize.width, height: manifest.slideSize.height, seconds: (performance.now() - started) / 1000, problems, translations };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
    releaseScratch(scratch);
  }
}

/**
 * Every slide of every edition of one build (served at `base` + `folder`), measured at scale 1:
 * the check's problems, located in the deck's own files (a translation's in slides/<folder>).
 */
async function measureBuild(page: Page, base: string, manifest: Manifest, loaded: LoadedDeck, folder: string, options: FitOptions): Promise<{ slides: number; editions: number; problems: Problem[] }> {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let slides = 0;
  const editions = Object.values(manifest.editions);
  const file = folder === '' ? undefined : (id: string) => `slides/${folder}${id}.ts`;
  for (const edition of editions) {
    options.log?.(`measuring the ${folder === '' ? '' : `${folder} `}${edition.name} edition (${edition.slides.length} slides)`);
    await page.goto(base + folder + edition.page, { waitUntil: 'load' });
    const state = await page
      .waitForSelector('html:is([data-deck-state="ready"], [data-deck-state="error"])', { timeout: READY_TIMEOUT_MS })
      .then((el) => el.getAttribute('data-deck-state'))
      .catch(() => null);
    if (state !== 'ready') {
      problems.push({ slide: DECK, rule: FIT_RULE, severity: 'error', message: `the ${folder}${edition.name} edition (${folder}${edition.page}) did not start in Chromium, so its fit was not measured`, fix: 'Run `npm run dev` and look at the browser console for the error.' });
      continue;
    }
    // Show the canvas at exactly scale 1 (the canvas plus reveal's margin), so CSS px are canvas px.
    const config = await page.evaluate(() => {
      const c = window.Reveal!.getConfig();
      return { width: Number(c.width), height: Number(c.height), margin: c.margin ?? 0 };
    });
    await page.setViewportSize({ width: Math.ceil(config.width * (1 + config.margin)) + 2, height: Math.ceil(config.height * (1 + config.margin)) + 2 });
    await page.waitForFunction(() => window.Reveal!.getScale() === 1);
    const compiled = editionOf(loaded, edition.name)?.slides ?? [];
    for (let index = 0; index < edition.slides.length; index++) {
      if (options.signal?.aborted) throw new Error('interrupted');
      await showWholeSlide(page, index);
      const fit = await inPage(page, measure, { width: config.width, height: config.height, minPx: MIN_TEXT_PX });
      if (fit.hiddenSteps > 0) throw new Error(`slide ${fit.id}: ${fit.hiddenSteps} steps stayed hidden while it was measured`);
      slides++;
      const slide = compiled.find((s) => s.id === fit.id);
      for (const finding of slideFitProblems(fit, slide, config, file?.(fit.id))) {
        const key = `${finding.rule}\0${finding.slide}\0${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(edition.name === FULL_EDITION ? finding : { ...finding, edition: edition.name });
      }
    }
    // Again with the reader's text spacing (WCAG 1.4.12): every slide must still fit (the deck
    // scales the slide shown down to fit it, src/present/text-fit.ts). A slide that does not
    // fit as it is was named above: that comes first.
    await applyTextSpacing(page);
    for (let index = 0; index < edition.slides.length; index++) {
      if (options.signal?.aborted) throw new Error('interrupted');
      await showWholeSlide(page, index);
      const scale = await waitForTextFit(page);
      const fit = await inPage(page, measure, { width: config.width, height: config.height, minPx: MIN_TEXT_PX });
      if (problems.some((p) => p.slide === fit.id && p.rule === FIT_RULE)) continue;
      for (const finding of textSpacingProblems(fit, compiled.find((s) => s.id === fit.id), config, scale)) {
        const key = `${finding.rule}\0${finding.slide}\0${finding.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        problems.push(edition.name === FULL_EDITION ? finding : { ...finding, edition: edition.name });
      }
    }
  }
  return { slides, editions: editions.length, problems };
}
