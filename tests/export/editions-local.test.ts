// Making the deck one's own (issue 11) in the built deck and its PDFs: the short edition builds,
// exports in every variant and stays within 10 minutes; a clinic's details and a current review
// show on the right slides and in the PDF's metadata.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { JSDOM } from 'jsdom';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { recordReview } from '../../src/model/compile.ts';
import type { Manifest } from '../../src/model/manifest.ts';
import { buildDeck } from '../../src/build/run-build.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { reviewModule } from '../../src/review/record.ts';
import { exportVariant, tempDir } from './support/export.ts';
import { outline, openPdf, pdfInfo } from './support/pdf.ts';
import { sharedPdf } from '../support/shared.ts';

const dir = tempDir();
const scratch = join(PROJECT_ROOT, 'out', `test-local-${process.pid}`);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('the short edition', () => {
  let manifest: Manifest;
  beforeAll(() => {
    manifest = readManifest(inject('distDir'));
  });

  it('is built next to the full deck, as short.html, with at most 10 minutes of speaker notes', () => {
    const short = manifest.editions.short!;
    expect(short.page).toBe('short.html');
    expect(short.spokenMinutes).toBeLessThanOrEqual(10);
    expect(short.slides.length).toBeLessThan(manifest.editions.full!.slides.length);
    expect(short.slides.slice(0, 2).map((s) => s.kind)).toEqual(['title', 'caveats']);
    for (const kind of ['actions', 'summary', 'sources', 'about']) expect(short.slides.map((s) => s.kind)).toContain(kind);
    const html = readFileSync(join(inject('distDir'), 'short.html'), 'utf8');
    const sections = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(short.slides.map((s) => s.id));
  });

  it('numbers only the sources it cites, from 1, on its own sources slides', () => {
    const html = readFileSync(join(inject('distDir'), 'short.html'), 'utf8');
    const numbers = [...html.matchAll(/<li id="source-[^"]+" value="(\d+)"/g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeLessThan([...readFileSync(join(inject('distDir'), 'index.html'), 'utf8').matchAll(/<li id="source-/g)].length);
  });

  it.each(['slides', 'notes', 'steps'] as const)('exports as a PDF (--edition short, %s)', async (variant) => {
    // The run's shared export (tests/setup/shared-run.ts).
    const { result } = await sharedPdf(`short-${variant}`);
    const out = result.path;
    const short = manifest.editions.short!;
    const expected = variant === 'steps' ? short.slides.reduce((n, s) => n + 1 + s.steps, 0) : short.slides.length;
    if (variant === 'notes') expect(result.pages.length).toBeGreaterThanOrEqual(2 * short.slides.length);
    else expect(result.pages.length).toBe(expected);
    expect((await outline(await openPdf(out))).map((m) => m.title)).toEqual(short.slides.map((s) => s.title));
  });
});

describe('a clinic’s own details and a current review', () => {
  let dist: string;
  let index: string;
  beforeAll(async () => {
    // A review of the content exactly as it is, written where the build can import it.
    const { deck, figures } = await loadDeck();
    const review = join(scratch, 'review.ts');
    mkdirSync(dirname(review), { recursive: true });
    const record = recordReview(deck, figures, { name: 'Dr. Ana Rivera', role: 'Breast oncologist, MD', scope: 'against the full paper and the fact sheet', date: '2026-03-01' });
    writeFileSync(review, reviewModule(record, relative(scratch, join(PROJECT_ROOT, 'slides/define.ts'))));
    dist = await buildDeck(relative(PROJECT_ROOT, join(scratch, 'dist')), {
      quiet: true,
      deck: { localModule: 'tests/fixtures/local/full-local.ts', reviewModule: review },
    });
    index = readFileSync(join(dist, 'index.html'), 'utf8');
  });

  /** A slide's text as the page shows it (its notes left out). */
  const section = (id: string) => {
    const node = new JSDOM(index).window.document.getElementById(id)!;
    node.querySelector('aside.notes')?.remove();
    return node.textContent!.replace(/\s+/g, ' ');
  };

  it('the title slide names the presenter, the clinic and the day', () => {
    expect(section('title')).toContain('Presented by Dana Lee, Oncology nurse educator · Riverside Cancer Center · December 3, 2026');
  });

  it('the action and summary slides say who to call, with phone, hours and website', () => {
    for (const id of ['what-this-means-for-you', 'summary']) {
      const s = section(id);
      expect(s, id).toContain('Call Riverside Cancer Center at (555) 010-0199.');
      expect(s, id).toContain('Monday to Friday, 8 am to 5 pm · https://example.org/breast-care');
    }
  });

  it('the about slide says who reviewed it, when, and when the next review is due', () => {
    const about = section('about-this-deck');
    expect(about).toContain('Reviewed by Dr. Ana Rivera, Breast oncologist, MD, on March 1, 2026');
    expect(about).toContain('March 1, 2027');
  });

  it('the PDF names the presenter and the clinic as its author, and carries the review', async () => {
    const out = join(dir, 'local.pdf');
    await exportVariant('slides', out, { distDir: dist, manifest: readManifest(dist) });
    expect(pdfInfo(out).Author).toBe('Dana Lee, Riverside Cancer Center');
    const doc = await PDFDocument.load(readFileSync(out), { updateMetadata: false });
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    const review = info.get(PDFName.of('ClinicalReview')) as PDFHexString | PDFString;
    expect(review.decodeText()).toBe('Reviewed by Dr. Ana Rivera, Breast oncologist, MD, on March 1, 2026 (against the full paper and the fact sheet).');
    expect(doc.getSubject()).toMatch(/Reviewed by Dr\. Ana Rivera/);
  });

  it('with nothing set (the shipped local.ts and review.ts): no contact details, and not reviewed', () => {
    const shipped = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
    expect(shipped).not.toContain('contact-detail');
    expect(shipped).toContain('Questions? Call your care team.');
    expect(shipped).toContain('Not yet reviewed by a clinician.');
    expect(EXIT.ok).toBe(0);
  });
});
