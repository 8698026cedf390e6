// The three PDFs of the real deck, exported once each and read back with poppler, pdfjs-dist
// and pdf-lib. Expected counts and texts come from the deck model (slides/index.ts).

import { readFileSync } from 'node:fs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../src/export/slides-pdf.ts';
import { PDF_CREATOR, PDF_PRODUCER } from '../../src/export/finish-pdf.ts';
import { deck, doiUrls, notesParagraphs, slides, stepPages, stepwiseItems, withoutCitations } from './support/deck-expect.ts';
import { sharedPdf } from '../support/shared.ts';
import { catalog, colourShare, fonts, links, norm, openPdf, outline, pageTexts, pdfInfo, structRoles, textSizes } from './support/pdf.ts';

const PT_PER_PX = 0.75;
/** The run's shared exports of the shared build (tests/setup/shared-run.ts). */
const files: Record<string, string> = {};
const file = (name: string) => files[name]!;
/** The slide size as the deck configures it, read from the running deck (not from the exporter). */
let configured: { width: number; height: number };
const results: Record<string, ExportResult> = {};

beforeAll(async () => {
  const shared = { 'deck.pdf': 'slides', 'deck-again.pdf': 'slides-again', 'deck-notes.pdf': 'notes', 'deck-steps.pdf': 'steps' } as const;
  for (const [name, pdf] of Object.entries(shared)) {
    const { result, printView } = await sharedPdf(pdf);
    files[name] = result.path;
    results[pdf === 'slides-again' ? 'again' : pdf] = result;
    if (pdf === 'slides') configured = { width: printView.width, height: printView.height };
  }
});

describe('npm run pdf (one page per slide)', () => {
  let pdf: PDFDocumentProxy;
  let texts: string[];
  beforeAll(async () => {
    pdf = await openPdf(file('deck.pdf'));
    texts = pageTexts(file('deck.pdf')).map(norm);
  });

  it('has one page per slide, each at the slide size, with its title as selectable text', async () => {
    expect(pdf.numPages).toBe(slides.length);
    expect(texts).toHaveLength(slides.length);
    slides.forEach((slide, i) => expect(texts[i], `page ${i + 1}`).toContain(norm(slide.title)));
    for (let i = 1; i <= pdf.numPages; i++) {
      const [x0, y0, x1, y1] = (await pdf.getPage(i)).view;
      expect([x1! - x0!, y1! - y0!]).toEqual([configured.width * PT_PER_PX, configured.height * PT_PER_PX]);
    }
  });

  it('shows every step of every slide', () => {
    const stepped = slides.filter((s) => stepwiseItems(s).length > 0);
    expect(stepped.length).toBeGreaterThan(0);
    for (const slide of stepped) {
      const page = withoutCitations(texts[slides.indexOf(slide)]!);
      for (const item of stepwiseItems(slide)) expect(page, slide.id).toContain(withoutCitations(item));
    }
  });

  it('numbers its pages, on the printed background of the number', async () => {
    for (let i = 0; i < pdf.numPages; i++) {
      const items = (await (await pdf.getPage(i + 1)).getTextContent()).items.filter((it) => 'str' in it && it.str.trim() === String(i + 1));
      // bottom-right corner of the page
      expect(items.some((it) => 'transform' in it && it.transform[4] > configured.width * PT_PER_PX * 0.8 && it.transform[5] < configured.height * PT_PER_PX * 0.15), `page ${i + 1}`).toBe(true);
    }
    // The number is white on the theme's accent colour: without printed backgrounds it would vanish.
    const [w, h] = [configured.width * PT_PER_PX, configured.height * PT_PER_PX];
    const corner = { x: Math.round(w - 60), y: Math.round(h - 45), w: 60, h: 45 };
    expect(colourShare(file('deck.pdf'), 0, corner, [0x0b, 0x3d, 0x6e])).toBeGreaterThan(0.1);
  });

  it('embeds its fonts', () => {
    const list = fonts(file('deck.pdf'));
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => !f.embedded)).toEqual([]);
  });

  it('is a tagged PDF in the deck language, with every slide in the structure tree', async () => {
    const cat = await catalog(file('deck.pdf'));
    expect(cat).toMatchObject({ lang: deck.meta.lang, marked: true, structTree: true, hasOutlines: true });
    expect(pdfInfo(file('deck.pdf')).Tagged).toBe('yes');
    // reveal.js marks all slides but the first aria-hidden; the export must undo that or
    // assistive technology would skip them.
    for (let i = 0; i < slides.length; i++) expect(await structRoles(pdf, i), `page ${i + 1}`).toContain(i === 0 ? 'H1' : 'H2');
  });

  it('has one bookmark per slide title, pointing at its page', async () => {
    expect(await outline(pdf)).toEqual(slides.map((s, i) => ({ title: s.title, page: i })));
  });

  it('carries the deck metadata, dated by the deck itself', async () => {
    const info = pdfInfo(file('deck.pdf'));
    expect(info).toMatchObject({
      Title: deck.meta.title,
      Author: deck.meta.author,
      // The description, then the review status (the shipped deck records no review).
      Subject: `${deck.meta.description} Not yet reviewed by a clinician.`,
      Keywords: deck.meta.keywords.join(', '),
      Creator: PDF_CREATOR,
      Producer: PDF_PRODUCER,
    });
    expect(info.CreationDate).toMatch(new RegExp(`^${deck.meta.date}T00:00:00`));
    expect(info.ModDate).toMatch(new RegExp(`^${deck.meta.date}T00:00:00`));
    const { xmp } = await catalog(file('deck.pdf'));
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${deck.meta.title}</rdf:li>`);
    expect(xmp).toContain(`<xmp:CreateDate>${deck.meta.date}T00:00:00Z</xmp:CreateDate>`);
  });

  it('links every DOI on the sources slides, and links between slides go to the right page', async () => {
    const found = await links(pdf);
    const urls = new Set(found.flatMap((l) => (l.url ? [l.url] : [])));
    for (const url of doiUrls()) expect(urls, url).toContain(url);
    // Source lines link to the slide that lists the source: each internal link lands on a slide page.
    const internal = found.filter((l) => l.target !== null);
    for (const l of internal) expect(l.target).toBeLessThan(slides.length);
  });

  it('is byte-identical when exported twice', () => {
    expect(readFileSync(file('deck-again.pdf')).equals(readFileSync(file('deck.pdf')))).toBe(true);
    expect(results.again!.bytes).toBe(results.slides!.bytes);
  });
});

describe('npm run pdf -- --steps', () => {
  it('has one page per step: each slide with all steps hidden, then one more page per step', async () => {
    const pdf = await openPdf(file('deck-steps.pdf'));
    const texts = pageTexts(file('deck-steps.pdf')).map(norm);
    const expected = slides.flatMap((s) => Array.from({ length: stepPages(s) }, () => s));
    expect(expected.length).toBeGreaterThan(slides.length);
    expect(pdf.numPages).toBe(expected.length);
    expected.forEach((slide, i) => expect(texts[i], `page ${i + 1}`).toContain(norm(slide.title)));

    // The first page of a stepped slide hides its list items; its last page shows them all.
    let first = 0;
    const starts: number[] = [];
    for (const slide of slides) {
      starts.push(first);
      const items = stepwiseItems(slide).map(withoutCitations);
      if (items.length > 0) {
        expect(withoutCitations(texts[first]!), slide.id).not.toContain(items[0]);
        for (const item of items) expect(withoutCitations(texts[first + stepPages(slide) - 1]!), slide.id).toContain(item);
      }
      first += stepPages(slide);
    }
    expect(await outline(pdf)).toEqual(slides.map((s, i) => ({ title: s.title, page: starts[i] })));
  });
});

describe('npm run pdf -- --notes', () => {
  let pdf: PDFDocumentProxy;
  let texts: string[];
  let slidePages: number[];
  beforeAll(async () => {
    pdf = await openPdf(file('deck-notes.pdf'));
    texts = pageTexts(file('deck-notes.pdf')).map(norm);
    slidePages = (await outline(pdf)).map((o) => o.page);
  });

  it('bookmarks every slide title, each slide followed by its notes pages', async () => {
    expect((await outline(pdf)).map((o) => o.title)).toEqual(slides.map((s) => s.title));
    expect(slidePages[0]).toBe(0);
    slides.forEach((slide, i) => {
      const start = slidePages[i]!;
      const end = slidePages[i + 1] ?? pdf.numPages;
      expect(end - start, `${slide.id}: a slide page and at least one notes page`).toBeGreaterThanOrEqual(2);
      for (let p = start + 1; p < end; p++) expect(texts[p], `page ${p + 1}`).toMatch(new RegExp(`^Notes for slide ${i + 1}\\b`));
    });
    expect(pdf.numPages).toBe(results.notes!.pages.length);
  });

  it('prints slide pages exactly as the slides PDF does (notes never overlap a slide)', () => {
    const plain = pageTexts(file('deck.pdf')).map(norm);
    slides.forEach((_, i) => expect(texts[slidePages[i]!]).toBe(plain[i]));
  });

  it('contains every slide’s notes in full', () => {
    slides.forEach((slide, i) => {
      const notes = texts.slice(slidePages[i]! + 1, slidePages[i + 1] ?? texts.length).join(' ');
      for (const paragraph of notesParagraphs(slide)) expect(notes, slide.id).toContain(paragraph);
    });
  });

  it('sets notes in type no smaller than the slides’ smallest (24 px = 18 pt)', async () => {
    const sizes = (await Promise.all(slides.map((_, i) => textSizes(pdf, slidePages[i]! + 1)))).flat();
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18 - 0.01);
  });
});
