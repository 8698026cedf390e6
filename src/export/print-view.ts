// Driving reveal.js's print view in a Chromium page: load it, wait until every slide is
// printable (or name the one that is not), adjust the DOM for the PDF, check that every slide
// fits its page, and report the page boxes in print order.

import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { guardPage, type PageIncidents } from '../browser/page-guard.ts';
import { DeckScriptError, ExportError, FailedRequestError, OffOriginRequestError, SlideNotReadyError, SlideOverflowError } from './export-errors.ts';
import { inPage } from '../browser/in-page.ts';
import type { ManifestEdition } from '../model/manifest.ts';
import type { Lang } from '../model/locales.ts';
import { UI } from '../model/ui/index.ts';
import { CLASS, DATA } from '../render/markup.ts';
import { addNotesPages, type NotesPagesInput } from './page/notes-pages.ts';
import { overflowingSlides } from './page/overflow.ts';
import { prepareForPrint, printBoxes, slideSize, spaceBlockEnds, type PrintBox } from './page/prepare.ts';
import { pageFacts, type PageFacts } from './page/readiness.ts';
import { brokenImages, notReady } from './readiness.ts';
import type { Variant } from './variants.ts';

/** Extension points for tests and tools; both run with the deck's page. */
export interface PrintHooks {
  /** Before navigation (e.g. extra routes). */
  readonly beforeLoad?: (page: Page) => Promise<void>;
  /** After the print view is laid out and before the export's own changes and checks. */
  readonly beforePrint?: (page: Page) => Promise<void>;
}

interface PrintViewOptions {
  /** The edition's page (e.g. http://127.0.0.1:4000/index.html). */
  readonly url: string;
  /** The edition as the manifest describes it (titles, notes). */
  readonly edition: ManifestEdition;
  /** The deck's language: the words the notes pages add come from its catalog (src/model/ui/). */
  readonly lang: Lang;
  readonly variant: Variant;
  readonly timeoutMs: number;
  readonly hooks?: PrintHooks;
}

/** A PDF page: its slide, its title (from the manifest) and whether it is the slide or its notes. */
export interface PrintPage extends PrintBox {
  readonly title: string;
}

interface PrintLayout {
  readonly pages: readonly PrintPage[];
  readonly slideSize: { readonly width: number; readonly height: number };
  /** Still recording: check again after printing (throwIncidents). */
  readonly incidents: PageIncidents;
  readonly origin: string;
}

const POLL_MS = 25;

/**
 * URLs the deck's Content-Security-Policy blocked (Chromium 150 logs "Loading the image
 * 'https://…' violates the following Content Security Policy directive …", "Connecting to
 * '…' violates …"; older versions "Refused to load …"). The policy can stop an off-origin
 * request before page-guard sees it: it is an off-origin request all the same.
 */
export function refusedByPolicy(consoleErrors: readonly string[], origin: string): string[] {
  return consoleErrors.flatMap((text) => {
    if (!text.includes('Content Security Policy')) return [];
    const url = /'(https?:\/\/[^']+)'/.exec(text)?.[1] ?? /https?:\/\/[^\s'"]+/.exec(text)?.[0];
    return url && !url.startsWith(`${origin}/`) ? [url] : [];
  });
}

/** Fails on the first off-origin request, failed request or script error the page has had. */
export function throwIncidents(incidents: PageIncidents, origin: string): void {
  const offOrigin = [...incidents.offOrigin, ...refusedByPolicy(incidents.consoleErrors, origin)];
  if (offOrigin.length > 0) throw new OffOriginRequestError([...new Set(offOrigin)]);
  if (incidents.failed.length > 0) throw new FailedRequestError([...new Set(incidents.failed)]);
  if (incidents.pageErrors.length > 0) throw new DeckScriptError(incidents.pageErrors);
}

/** Requests the page has started and not finished (what a stalled load is waiting for). */
function trackOpenRequests(page: Page): Set<string> {
  const open = new Set<string>();
  page.on('request', (r) => open.add(r.url()));
  page.on('requestfinished', (r) => open.delete(r.url()));
  page.on('requestfailed', (r) => open.delete(r.url()));
  return open;
}

async function factsBefore(page: Page, deadline: number): Promise<PageFacts | null> {
  // The page can be mid-navigation (no document yet) or stuck in a long task: never wait past the deadline.
  // (An unref'd timer: a pending race must not keep the process alive after the export.)
  const timer = sleep(Math.max(0, deadline - Date.now()), null, { ref: false });
  return Promise.race([inPage(page, pageFacts, { stateAttribute: DATA.deckState, errorClass: CLASS.error }).catch(() => null), timer]);
}

async function waitUntilPrintable(page: Page, incidents: PageIncidents, origin: string, open: Set<string>, deadline: number, timeoutMs: number): Promise<void> {
  let last: PageFacts | null = null;
  for (;;) {
    throwIncidents(incidents, origin);
    const facts = await factsBefore(page, deadline);
    if (facts) {
      last = facts;
      // Requests can fail while the facts are gathered: report the request, not its broken image.
      throwIncidents(incidents, origin);
      if (facts.errorScreen !== null) throw new DeckScriptError([facts.errorScreen, ...incidents.consoleErrors]);
      const broken = brokenImages(facts);
      const foreign = broken.filter((b) => !b.url.startsWith(`${origin}/`));
      if (foreign.length > 0) throw new OffOriginRequestError(foreign.map((b) => b.url));
      if (broken.length > 0) throw new ExportError(`Image ${broken.map((b) => `${b.url} (slide ${b.slide})`).join(', ')} cannot be shown. Check the file.`);
      if (notReady(facts, [...open]) === null) return;
    }
    if (Date.now() >= deadline) {
      throwIncidents(incidents, origin);
      const why = last ? notReady(last, [...open]) : { slide: null, reason: 'the page did not respond' };
      const errors = incidents.consoleErrors.length > 0 ? `; console errors: ${incidents.consoleErrors.join(' | ')}` : '';
      throw new SlideNotReadyError(why?.slide ?? null, (why?.reason ?? 'unknown') + errors, timeoutMs);
    }
    await sleep(POLL_MS);
  }
}

export async function layOutPrintView(page: Page, options: PrintViewOptions): Promise<PrintLayout> {
  const { timeoutMs, hooks, variant, edition } = options;
  const deadline = Date.now() + timeoutMs;
  const origin = new URL(options.url).origin;
  // Off-origin requests are aborted and recorded; the export fails on the first one.
  const incidents = await guardPage(page, origin, { block: true });
  const open = trackOpenRequests(page);
  await hooks?.beforeLoad?.(page);

  // 'commit' only: the wait below (one deadline for everything) knows what is missing, and a
  // stalled font or image would otherwise surface as a bare navigation timeout.
  await page.goto(options.url + variant.query, { waitUntil: 'commit', timeout: timeoutMs });
  await waitUntilPrintable(page, incidents, origin, open, deadline, timeoutMs);

  await hooks?.beforePrint?.(page);
  await inPage(page, prepareForPrint);
  if (variant.notesPages) {
    const words = UI[options.lang].notes;
    const notes: NotesPagesInput = {
      slides: Object.fromEntries(
        edition.slides.map((s) => {
          // The page runs to at most one page per word of its notes (each page takes at least one),
          // so a label for each of those parts is enough: the catalog's labels are functions, which
          // cannot go into the page.
          const parts = 2 + [...s.notes.say, s.notes.question, s.notes.answer].join(' ').split(/\s+/).length;
          const labels = { sheet: words.sheet(s.number, false), sheetContinued: words.sheet(s.number, true), pages: Array.from({ length: parts }, (_, i) => words.pageLabel(s.number, i + 1)) };
          return [s.id, { number: s.number, title: s.title, ...s.notes, labels }];
        }),
      ),
      classes: { question: CLASS.notesQuestion, answer: CLASS.notesAnswer },
      words: { ask: words.ask, answer: words.answer, continuedFooter: words.continuedFooter },
    };
    await inPage(page, addNotesPages, notes);
  }
  // A space at the end of every text block, the notes pages' too (print.css draws it, pre-wrap).
  await inPage(page, spaceBlockEnds, '.reveal .slides :is(section, .notes-sheet) :is(h1, h2, h3, p, li, dt, dd, figcaption, caption, th, td, .evidence-badges > *)');
  // Hooks and notes pages may have added content: the same conditions must still hold.
  await waitUntilPrintable(page, incidents, origin, open, deadline, timeoutMs);

  const overflows = await inPage(page, overflowingSlides, { frame: CLASS.frame, body: CLASS.body });
  if (overflows.length > 0) throw new SlideOverflowError(overflows);
  const titles = new Map(edition.slides.map((s) => [s.id, s.title]));
  const boxes = await inPage(page, printBoxes);
  const unknown = boxes.find((b) => !titles.has(b.slide));
  if (unknown) throw new ExportError(`The page shows a slide "${unknown.slide}" that the build's deck.json does not list. Rebuild the deck (npm run build).`);
  const pages = boxes.map((b) => ({ ...b, title: titles.get(b.slide)! }));
  return { pages, slideSize: await inPage(page, slideSize), incidents, origin };
}
