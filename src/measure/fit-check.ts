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
// naming the part, e.g. body[2], and by how many px, with the fix) and `slide-text-size` (text
// drawn smaller than 24 px). Without Chromium the check says so and carries on.

import { accessSync, constants, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import type { DeckPluginOptions } from '../build/deck-plugin.ts';
import { inPage } from '../browser/in-page.ts';
import { compileDeck } from '../model/compile.ts';
import type { CompiledSlide } from '../model/compiled.ts';
import { SLIDE_SIZE } from '../model/slide-size.ts';
import { FULL_EDITION } from '../model/types.ts';
import { buildDeck, buildFailureMessage, PROJECT_ROOT } from '../build/run-build.ts';
import { chromiumPath, ChromiumNotFoundError, launchChromium } from '../browser/chromium.ts';
import type { DeckInput } from '../load/deck-input.ts';
import { readManifest } from '../output/manifest-file.ts';
import { serveDirectory } from '../browser/serve.ts';
import { showWholeSlide } from '../browser/slide-walk.ts';
import { measure, MIN_TEXT_PX, type SlideFit, type Spill } from '../present/fit-measure.ts';
import { isVisual } from '../render/blocks.ts';
import { DECK, type Problem } from '../check/rule.ts';

export const FIT_RULE = 'slide-fit';
export const TEXT_SIZE_RULE = 'slide-text-size';

export type FitOutcome =
  | {
      readonly checked: true;
      /** Slides measured, over every edition (a slide shown in two editions counts twice). */
      readonly slides: number;
      readonly editions: number;
      readonly width: number;
      readonly height: number;
      readonly seconds: number;
      readonly problems: readonly Problem[];
    }
  | { readonly checked: false; readonly reason: string };

export interface FitOptions {
  /** The loaded deck (for the block numbers in messages: body[2]). */
  readonly input: DeckInput;
  /** The deck to build, as the check was given it (default: slides/index.ts). */
  readonly deck?: DeckPluginOptions;
  readonly signal?: AbortSignal;
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
  const nameOnly = [...options.input.figures].filter(([name, text]) => name.endsWith('.svg') && text === '').map(([name]) => name);
  if (nameOnly.length > 0) {
    return { checked: false, reason: `the deck names figures without their files (${nameOnly.join(', ')}), so it cannot be drawn; give their folder with --figures` };
  }
  const scratch = join(PROJECT_ROOT, 'out', `.check-fit-${process.pid}`);
  const aborted = () => {
    if (options.signal?.aborted) throw new Error('interrupted');
  };
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof serveDirectory>> | undefined;
  // Ctrl-C (runCommand aborts): remove the scratch build now and close the browser, so whatever
  // the walk was waiting for fails at once and nothing is left even if the process exits first.
  const onAbort = () => {
    rmSync(scratch, { recursive: true, force: true });
    void browser?.close().catch(() => undefined);
  };
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    options.log?.('building the deck to measure it');
    try {
      await buildDeck(relative(PROJECT_ROOT, scratch), { quiet: true, deck: options.deck });
    } catch (error) {
      const message = buildFailureMessage(error);
      if (message === undefined || options.signal?.aborted) throw error;
      const problem: Problem = { slide: DECK, rule: FIT_RULE, severity: 'error', message: `the deck could not be built to measure its fit: ${message.replace(/\.$/, '')}`, fix: 'Fix that, then run the check again.' };
      return { checked: true, slides: 0, editions: 0, ...SIZE, seconds: (performance.now() - started) / 1000, problems: [problem] };
    }
    aborted();
    const manifest = readManifest(scratch, relative(PROJECT_ROOT, scratch));
    server = await serveDirectory(scratch);
    try {
      // Ctrl-C is runCommand's to handle (playwright's own handler would exit before cleaning up).
      browser = await launchChromium({ handleSIGINT: false, handleSIGTERM: false });
    } catch (error) {
      return { checked: false, reason: `Chromium did not start (${(error as Error).message.split('\n')[0]})` };
    }
    aborted();
    const context = await browser.newContext({ viewport: manifest.slideSize, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const problems: Problem[] = [];
    const seen = new Set<string>();
    let slides = 0;
    const editions = Object.values(manifest.editions);
    for (const edition of editions) {
      options.log?.(`measuring the ${edition.name} edition (${edition.slides.length} slides)`);
      await page.goto(server.url + edition.page, { waitUntil: 'load' });
      const state = await page
        .waitForSelector('html:is([data-deck-state="ready"], [data-deck-state="error"])', { timeout: READY_TIMEOUT_MS })
        .then((el) => el.getAttribute('data-deck-state'))
        .catch(() => null);
      if (state !== 'ready') {
        problems.push({ slide: DECK, rule: FIT_RULE, severity: 'error', message: `the ${edition.name} edition (${edition.page}) did not start in Chromium, so its fit was not measured`, fix: 'Run `npm run dev` and look at the browser console for the error.' });
        continue;
      }
      // Show the canvas at exactly scale 1 (the canvas plus reveal's margin), so CSS px are canvas px.
      const config = await page.evaluate(() => {
        const c = window.Reveal!.getConfig();
        return { width: Number(c.width), height: Number(c.height), margin: c.margin ?? 0 };
      });
      await page.setViewportSize({ width: Math.ceil(config.width * (1 + config.margin)) + 2, height: Math.ceil(config.height * (1 + config.margin)) + 2 });
      await page.waitForFunction(() => window.Reveal!.getScale() === 1);
      const compiled = compileDeck({ ...options.input, edition: edition.name }).slides;
      for (let index = 0; index < edition.slides.length; index++) {
        aborted();
        await showWholeSlide(page, index);
        const fit = await inPage(page, measure, { width: config.width, height: config.height, minPx: MIN_TEXT_PX });
        if (fit.hiddenSteps > 0) throw new Error(`slide ${fit.id}: ${fit.hiddenSteps} steps stayed hidden while it was measured`);
        slides++;
        const slide = compiled.find((s) => s.id === fit.id);
        for (const finding of slideFitProblems(fit, slide, config)) {
          const key = `${finding.rule}\0${finding.slide}\0${finding.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          problems.push(edition.name === FULL_EDITION ? finding : { ...finding, edition: edition.name });
        }
      }
    }
    return { checked: true, slides, editions: editions.length, width: manifest.slideSize.width, height: manifest.slideSize.height, seconds: (performance.now() - started) / 1000, problems };
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await browser?.close().catch(() => undefined);
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The body block a spill names: body[i] in the slide as written (a split layout reorders them). */
function blockIndex(spill: Spill, slide: CompiledSlide | undefined): number | undefined {
  if (spill.index === undefined || !slide) return spill.index;
  if (spill.column === undefined) return spill.index;
  const inColumn = slide.body.map((block, i) => ({ block, i })).filter(({ block }) => isVisual(block) === (spill.column === 'visual'));
  return inColumn[spill.index]?.i;
}

const PART_NAME: Readonly<Record<Exclude<Spill['part'], 'block'>, string>> = {
  title: 'the title',
  subtitle: 'the subtitle',
  byline: 'the byline',
  badges: 'the evidence badges',
  sources: 'the sources line',
};

function describeSpill(spill: Spill, slide: CompiledSlide | undefined): string {
  const where = spill.part === 'block' ? `body[${blockIndex(spill, slide) ?? '?'}] (${spill.what})` : `${PART_NAME[spill.part]} (${spill.what})`;
  const space = spill.part === 'block' ? 'the space under the title' : 'the slide';
  return spill.edge === 'height' ? `${where} runs ${spill.over} px out of ${space}` : `${where} runs ${spill.over} px past the right edge of ${space}`;
}

/** The check problems for one measured slide: what runs out, by how much, and what to do. */
export function slideFitProblems(fit: SlideFit, slide: CompiledSlide | undefined, size: { width: number; height: number }): Problem[] {
  const problems: Problem[] = [];
  const at = `${size.width}×${size.height}`;
  if (fit.overflow.length > 0) {
    const header = fit.spills.filter((s) => s.part !== 'block' && s.part !== 'sources');
    // A header that runs off the slide squeezes the body out too: name the header alone.
    const culprits = header.length > 0 ? header : fit.spills;
    const what = culprits.length > 0 ? culprits.slice(0, 3).map((s) => describeSpill(s, slide)).join('; ') + (culprits.length > 3 ? `; and ${culprits.length - 3} more` : '') : fit.overflow[0]!;
    const steps = slide && slide.steps > 0 ? `, with all ${slide.steps} steps shown` : '';
    let fix: string;
    if (header.length > 0 || fit.headerHeight > fit.frameHeight / 2) {
      fix = `Shorten the title: with what sits beside and under it, it is ${fit.headerHeight} px tall on a ${fit.frameHeight} px slide. Keep it to a line or two and put the rest in the body or the notes.`;
    } else {
      const visual = slide?.body.some(isVisual) ?? false;
      const side = visual && slide?.layout !== 'split' ? ", or set layout: 'split' to put the figure or chart beside the text" : '';
      fix = `Shorten the text, split it into two slides (a new file in slides/, listed in slides/index.ts)${side}.`;
    }
    const by = fit.bodyOver > 0 ? ` (the body is ${fit.bodyOver} px too tall)` : '';
    problems.push({ slide: fit.id, rule: FIT_RULE, severity: 'error', message: `does not fit its ${at} slide${steps}${by}: ${what}`, fix });
  }
  if (fit.smallText.length > 0) {
    const more = fit.smallText.length > 3 ? `; and ${fit.smallText.length - 3} more` : '';
    problems.push({
      slide: fit.id,
      rule: TEXT_SIZE_RULE,
      severity: 'error',
      message: `has text smaller than ${MIN_TEXT_PX} px on its ${at} slide: ${fit.smallText.slice(0, 3).join('; ')}${more}`,
      fix: 'Make it larger; in a figure, set a larger font-size in the SVG or draw it at a larger scale.',
    });
  }
  return problems;
}
