// Accessibility of the built deck in real Chromium: axe-core on every slide with all its steps
// shown, on the help overlay and on the overview; the page's language, title and headings; and
// the contrast of text inside SVG figures and charts, which axe cannot measure.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import deck from '../../slides/index.ts';
import { runAxe, svgTextContrast, type AxeReport, type SvgTextContrast } from '../support/axe.ts';
import { expectNoIncidentsAfterEach, settle, showWholeSlide, slidesOf, startDeckSession, type DeckSession, type SlideInfo } from '../support/deck-page.ts';

/** content-standards A23: text at least 4.5:1 (the theme aims for 7:1). */
const MIN_TEXT_CONTRAST = 4.5;

function problemsIn(where: string, report: AxeReport): string[] {
  return [
    ...report.violations.map((v) => `${where}: ${v.rule} (${v.impact}) at ${v.target}: ${v.summary}`),
    ...report.contrastIncomplete.map((v) => `${where}: colour contrast undecided at ${v.target}: ${v.summary}`),
  ];
}

interface SlideAudit {
  readonly slide: SlideInfo;
  readonly shown: string;
  readonly axe: AxeReport;
  readonly svgText: SvgTextContrast[];
}

describe('accessibility of the built deck', () => {
  let s: DeckSession;
  let audits: SlideAudit[];
  beforeAll(async () => {
    s = await startDeckSession();
    await s.open();
    // One visit per slide, every step shown; the tests below read the results.
    audits = [];
    for (const [index, slide] of (await slidesOf(s.page)).entries()) {
      const shown = await showWholeSlide(s.page, index);
      audits.push({ slide, shown, axe: await runAxe(s.page), svgText: await svgTextContrast(s.page, `#${slide.id}`) });
    }
  });
  afterAll(async () => s?.close());
  expectNoIncidentsAfterEach(() => s);

  it('names its language and title, and each slide has exactly one heading', async () => {
    const page = await s.page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.title,
      headings: [...document.querySelectorAll('.reveal .slides > section')].map((x) => ({
        id: x.id,
        count: x.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]').length,
        text: x.querySelector('h1, h2')?.textContent?.trim() ?? '',
      })),
    }));
    expect(page.lang).toBe(deck.meta.lang);
    expect(page.title).toBe(deck.meta.title);
    expect(page.title).not.toBe('Patient education deck'); // index.html's placeholder
    expect(page.headings.map((h) => h.id)).toEqual(deck.slides.map((x) => x.id));
    for (const h of page.headings) {
      expect(h.count, `slide ${h.id}: headings`).toBe(1);
      expect(h.text, `slide ${h.id}: heading text`).not.toBe('');
    }
  });

  it('every slide, with all its steps shown, has no axe violations and no undecided colour contrast', async () => {
    expect(audits.map((a) => a.shown)).toEqual(deck.slides.map((x) => x.id));
    expect(audits.flatMap((a) => problemsIn(`slide ${a.slide.id}`, a.axe))).toEqual([]);
    const svgText = audits.reduce((n, a) => n + a.axe.svgTextSkipped, 0);
    // If axe ever learns to measure SVG text, the separate check below can go.
    console.info(`axe: ${audits.length} slides clean; ${svgText} SVG text nodes left to the SVG contrast check`);
  });

  it(`text inside SVG figures and charts sits on a solid colour with contrast of at least ${MIN_TEXT_CONTRAST}:1`, async () => {
    const problems = audits.flatMap(({ slide, svgText }) =>
      svgText.flatMap((t) =>
        t.problem ? [`slide ${slide.id}: "${t.text}": ${t.problem}`] : t.ratio! < MIN_TEXT_CONTRAST ? [`slide ${slide.id}: "${t.text}" has contrast ${t.ratio}:1`] : [],
      ),
    );
    expect(problems).toEqual([]);
    const checked = audits.reduce((n, a) => n + a.svgText.length, 0);
    expect(checked, 'SVG texts checked: every one axe skipped').toBeGreaterThanOrEqual(audits.reduce((n, a) => n + a.axe.svgTextSkipped, 0));
    console.info(`SVG text contrast: ${checked} text nodes checked`);
  });

  it('the help overlay (?) and the overview (Esc) have no axe violations either', async () => {
    await showWholeSlide(s.page, 0);
    await s.page.keyboard.press('Shift+Slash');
    await s.page.waitForSelector('.reveal .r-overlay-help');
    await settle(s.page, '.reveal'); // the overlay fades and scales in
    const help = await runAxe(s.page);
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('.reveal .r-overlay-help', { state: 'detached' });

    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => window.Reveal!.isOverview());
    await settle(s.page, '.reveal');
    const overview = await runAxe(s.page);
    await s.page.keyboard.press('Escape');

    expect([...problemsIn('help overlay', help), ...problemsIn('overview', overview)]).toEqual([]);
  });
});
