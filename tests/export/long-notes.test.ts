// The notes handout with notes far longer than a page: they continue on as many pages as they
// need, in full, and never push into or over the next slide. The fixture is real text: in the
// manifest the export reads (the notes PDF prints the notes deck.json gives), the first slide's
// notes become the notes of the first six slides, followed by all of them again as one paragraph
// longer than a page (which must be split between words). A DOI link is added to a slide to
// prove links stay clickable.

import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportResult } from '../../src/export/slides-pdf.ts';
import { deck, notesParagraphs, slides } from './support/deck-expect.ts';
import { inject } from 'vitest';
import type { Manifest } from '../../src/model/manifest.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { exportVariant, tempDir } from './support/export.ts';
import { links, norm, openPdf, outline, pageTexts } from './support/pdf.ts';

const dir = tempDir();
const out = join(dir, 'long-notes.pdf');
const [first, second] = [slides[0]!, slides[1]!];
const paragraphs = slides.slice(0, 6).flatMap(notesParagraphs);
const giant = paragraphs.join(' ');

/** The build's manifest with the first slide's notes made very long (question and answer kept). */
function longNotesManifest(): Manifest {
  const manifest = readManifest(inject('distDir'));
  const full = manifest.editions.full!;
  const slidesWithLongNotes = full.slides.map((s, i) => (i === 0 ? { ...s, notes: { ...s.notes, say: [...paragraphs, giant] } } : s));
  return { ...manifest, editions: { ...manifest.editions, full: { ...full, slides: slidesWithLongNotes } } };
}
const source = Object.values(deck.sources as Record<string, { doi?: string }>).find((s) => s.doi)!;
const doi = `https://doi.org/${source.doi}`;

let result: ExportResult;
let pdf: PDFDocumentProxy;
let texts: string[];
let marks: { title: string; page: number }[];

beforeAll(async () => {
  result = await exportVariant('notes', out, {
    manifest: longNotesManifest(),
    hooks: {
      beforePrint: (page) =>
        page.evaluate(
          ([secondId, href]) => {
            const link = document.createElement('a');
            link.href = href;
            link.textContent = href;
            document.querySelector(`[id="${secondId}"] .slide-sources`)!.append(' ', link);
          },
          [second.id, doi] as const,
        ),
    },
  });
  pdf = await openPdf(out);
  texts = pageTexts(out).map(norm);
  marks = await outline(pdf);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('notes longer than a page', () => {
  it('continue over as many notes pages as needed, each saying so', () => {
    const notesPages = texts.slice(1, marks[1]!.page);
    expect(notesPages.length).toBeGreaterThanOrEqual(3);
    notesPages.forEach((text, i) => {
      expect(text).toMatch(i === 0 ? /^Notes for slide 1: / : /^Notes for slide 1 \(continued\): /);
      if (i < notesPages.length - 1) expect(text).toContain('Continued on the next page.');
      else expect(text).not.toContain('Continued on the next page.');
    });
  });

  it('are printed in full, in order, the page-long paragraph split between words', () => {
    const title = norm(first.title);
    const body = norm(
      texts
        .slice(1, marks[1]!.page)
        .join(' ')
        .replaceAll(`Notes for slide 1 (continued): ${title}`, ' ')
        .replaceAll(`Notes for slide 1: ${title}`, ' ')
        .replaceAll('Continued on the next page.', ' ')
        .replace(/\b1 · notes(?: \d+)?/g, ' '),
    );
    expect(body).toBe(norm([...paragraphs, giant, `They may ask: ${first.notes.question}`, `You can answer: ${first.notes.answer}`].join(' ')));
  });

  it('leave the next slide on its own page, where its bookmark points', () => {
    expect(marks.map((m) => m.title)).toEqual(slides.map((s) => s.title));
    expect(texts[marks[1]!.page]).toContain(norm(second.title));
    expect(texts[marks[1]!.page]).not.toContain('Notes for slide');
    expect(pdf.numPages).toBe(result.pages.length);
  });

  it('keep links clickable: the DOI added to a slide is a link on that slide’s page', async () => {
    expect(await links(pdf)).toContainEqual({ page: marks[1]!.page, url: doi, target: null });
  });
});
