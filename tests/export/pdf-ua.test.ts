// PDF/UA-1, as far as it can be checked without veraPDF (which cannot be installed here): the
// three PDFs of the real deck, read with pdf-lib (structure tree, role map, annotations, XMP) and
// pdf.js (the glyphs in each tagged marked-content sequence). And browser printing with
// `?print-pdf` gives pages of the slide's size.

import { PDFDocument } from 'pdf-lib';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceKinds } from '../../src/model/evidence.ts';
import type { VariantName } from '../../src/export/variants.ts';
import { startDeckSession } from '../support/deck-page.ts';
import { notesParagraphs, slides } from './support/deck-expect.ts';
import { sharedPdf } from '../support/shared.ts';
import { openPdf, pageTexts } from './support/pdf.ts';
import { decorationsAsContent, markedContentText, mcidsUnder, missingMcids, pdfUaFacts, STANDARD_TYPES, taggedText, walk, type PdfUaFacts } from './support/pdf-ua.ts';

const VARIANTS: VariantName[] = ['slides', 'notes', 'steps'];
const files = {} as Record<VariantName, string>;
const file = (v: VariantName) => files[v];
const facts = {} as Record<VariantName, PdfUaFacts>;
const pdfs = {} as Record<VariantName, PDFDocumentProxy>;
/** Words of the deck as the print view lays it out (and the notes), to tell a glued word from a real one. */
const words = new Set<string>();

const wordsOf = (text: string): string[] =>
  text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);

beforeAll(async () => {
  for (const v of VARIANTS) {
    // The run's shared export of each variant, and the print view's text it was made from.
    const { result, printView } = await sharedPdf(v);
    files[v] = result.path;
    for (const w of wordsOf(printView.text)) words.add(w);
    facts[v] = await pdfUaFacts(file(v));
    pdfs[v] = await openPdf(file(v));
    for (const w of wordsOf(pageTexts(file(v)).join('\n'))) words.add(w);
  }
  for (const slide of slides) for (const p of notesParagraphs(slide)) for (const w of wordsOf(p)) words.add(w);
});

describe.each(VARIANTS)('PDF/UA-1: the %s PDF', (v) => {
  it('identifies itself as PDF/UA-1 in its XMP metadata (pdfuaid:part 1)', () => {
    expect(facts[v].uaPart).toBe('1');
  });

  it('describes every link annotation (/Contents)', () => {
    const links = facts[v].linkAnnotations;
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((l) => !l.contents?.trim()).map((l) => `page ${l.page + 1}`)).toEqual([]);
  });

  it('gives every Figure its /Alt, and no Figure wraps other figures or tables', () => {
    const figures = [...walk(facts[v].elements)].filter(({ el }) => el.role === 'Figure').map(({ el }) => el);
    // The compiled alt text: a fact's number in it is rendered (the source deck's alt is rich text).
    const alts = slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'figure' || b.type === 'chart' ? [b.alt] : [])));
    expect(figures.length).toBeGreaterThanOrEqual(new Set(alts).size);
    expect(figures.filter((f) => !f.alt?.trim()).length, 'Figures without /Alt').toBe(0);
    expect(figures.filter((f) => f.kids.some((k) => k.role === 'Figure' || k.role === 'Table')).length, 'Figures around other content').toBe(0);
    for (const alt of alts) expect(figures.map((f) => f.alt)).toContain(alt);
  });

  it('uses standard structure types only, or maps them to one in its /RoleMap', () => {
    const { roleMap, elements } = facts[v];
    const bad = [...new Set([...walk(elements)].map(({ el }) => el.type))].filter((t) => !STANDARD_TYPES.has(t) && !STANDARD_TYPES.has(roleMap[t] ?? ''));
    expect(bad).toEqual([]);
    for (const target of Object.values(roleMap)) expect(STANDARD_TYPES.has(target), target).toBe(true);
  });

  it('puts the content of every list item in an LBody, next to its label (Lbl)', () => {
    const items = [...walk(facts[v].elements)].filter(({ el }) => el.role === 'LI').map(({ el }) => el);
    expect(items.length).toBeGreaterThan(0);
    const bad = items.filter((li) => li.kids.some((k) => k.role !== 'Lbl' && k.role !== 'LBody') || !li.kids.some((k) => k.role === 'LBody'));
    expect(bad.map((li) => li.kids.map((k) => k.role).join(','))).toEqual([]);
  });

  it('marks backgrounds, borders and underlines as artifacts: only figures’ drawings and bullets are painted as content', async () => {
    expect(await decorationsAsContent(pdfs[v])).toEqual([]);
    for (let i = 0; i < pdfs[v].numPages; i++) expect(await missingMcids(pdfs[v], i), `page ${i + 1}`).toEqual([]);
  });

  it('keeps the space where a line wraps: no two words glued together in any tagged text', async () => {
    const pdf = pdfs[v];
    // A word split over two marked-content sequences ("doorway" in a link, then "s") is a piece
    // of a real word; a glued pair ("cancersurgery") is in no word at all.
    const all = [...words].join('\n');
    const glued: string[] = [];
    let checked = 0;
    for (let i = 0; i < pdf.numPages; i++) {
      // A Figure is read by its /Alt: the drawing's labels inside it are not read as text.
      const drawing = await mcidsUnder(pdf, i, 'Figure');
      for (const [mcid, text] of await markedContentText(pdf, i)) {
        if (drawing.has(mcid)) continue;
        for (const w of wordsOf(text)) {
          checked++;
          if (!words.has(w) && !all.includes(w)) glued.push(`page ${i + 1}: "${w}"`);
        }
      }
    }
    expect(glued).toEqual([]);
    expect(checked, 'words checked').toBeGreaterThan(500);
  });
});

describe('PDF/UA-1: text hidden on screen for screen readers', () => {
  it('has the evidence prefix ("Kind of evidence:") in the text and the tags of every slide with badges', async () => {
    const texts = pageTexts(file('slides'));
    const missing: string[] = [];
    for (const [i, slide] of slides.entries()) {
      const kinds = evidenceKinds(slide.evidence);
      if (kinds.length === 0) continue;
      const prefix = kinds.length === 1 ? 'Kind of evidence:' : 'Kinds of evidence:';
      if (!texts[i]!.replace(/\s+/g, ' ').includes(prefix)) missing.push(`${slide.id}: not in the text`);
      const tagged = (await taggedText(pdfs.slides, i)).replace(/\s+/g, ' ');
      if (!tagged.includes(prefix)) missing.push(`${slide.id}: not in the tags`);
    }
    expect(slides.some((x) => evidenceKinds(x.evidence).length > 0)).toBe(true);
    expect(missing).toEqual([]);
  });
});

describe('printing from the browser', () => {
  it.each(['?print-pdf', '?view=print'])('%s gives one 960×540 pt page per slide (the slide’s size, no margin band)', async (query) => {
    const s = await startDeckSession();
    try {
      await s.open(query, 'pdf-ready');
      const pdf = await PDFDocument.load(await s.page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(pdf.getPageCount()).toBe(slides.length);
      const sizes = new Set(pdf.getPages().map((p) => `${Math.round(p.getWidth() * 100) / 100}×${Math.round(p.getHeight() * 100) / 100}`));
      expect([...sizes]).toEqual(['960×540']);
    } finally {
      await s.close();
    }
  });
});
