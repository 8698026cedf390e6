// The Spanish (es-US) PDFs as `npm run pdf -- --lang es` prints them from dist/es/: the slides,
// the notes and the handout on US Letter and A4, each exported once per run from the shared
// build's dist/es/ (tests/setup/shared-run.ts: 'es-slides', 'es-notes', 'es-handout',
// 'es-handout-a4'). What they must say comes from the Spanish deck compiled here (slides/es/),
// never from the build the PDFs were printed from. Their words at line wraps are checked with
// the English ones in pdf-words.test.ts.

import { readFileSync } from 'node:fs';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { HANDOUT_MAX_PAGES } from '../../src/export/handout-pdf.ts';
import { translationBuild } from '../../src/build/build-languages.ts';
import { compileLoaded, loadDeckFrom } from '../../src/load/load-deck.ts';
import type { CompiledDeck } from '../../src/model/compiled.ts';
import { handoutTitle, type CompiledHandout } from '../../src/model/handout-compile.ts';
import { evidenceKinds } from '../../src/model/evidence.ts';
import { LOCALES } from '../../src/model/locales.ts';
import { UI } from '../../src/model/ui/index.ts';
import { sharedPdf } from '../support/shared.ts';
import type { SharedPdfName } from '../setup/shared-names.ts';
import { catalog, norm, openPdf, outline, pageTexts, pdfInfo } from './support/pdf.ts';
import { expectHandoutTags, pdfUaFacts, STANDARD_TYPES, taggedText, walk, type PdfUaFacts } from './support/pdf-ua.ts';

const TAG = LOCALES.es.tag;
let deck: CompiledDeck;
let handout: CompiledHandout;
const NAMES = ['es-slides', 'es-notes', 'es-handout', 'es-handout-a4'] as const satisfies readonly SharedPdfName[];
const files = {} as Record<(typeof NAMES)[number], string>;
const pages = {} as Record<keyof typeof files, number>;

beforeAll(async () => {
  const es = translationBuild(compileLoaded(await loadDeckFrom()), 'es');
  deck = es.editions.find((e) => e.edition === 'full')!;
  handout = es.handouts[es.editions.indexOf(deck)]!;
  for (const name of NAMES) {
    const { result } = await sharedPdf(name as 'es-slides');
    files[name] = result.path;
    pages[name] = typeof result.pages === 'number' ? result.pages : result.pages.length;
  }
}, 900_000);

/** The translation statement as the PDF's metadata holds it: Info /Translation, the end of the subject, the last keyword, and in the XMP. */
async function translationSaid(file: string): Promise<{ entry?: string; subject?: string; keywords?: string; xmp: string }> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  const entry = info.lookupMaybe(PDFName.of('Translation'), PDFHexString)?.decodeText();
  return { ...(entry ? { entry } : {}), subject: doc.getSubject(), keywords: doc.getKeywords(), xmp: (await catalog(file)).xmp };
}


describe.each(NAMES)('the Spanish %s PDF', (name) => {
  it(`is in ${TAG} (/Lang) and says in its metadata that the translation is not yet reviewed`, async () => {
    const statement = deck.translation!.statement;
    expect((await catalog(files[name])).lang).toBe(TAG);
    const said = await translationSaid(files[name]);
    expect(said.entry).toBe(statement);
    expect(said.subject?.endsWith(statement)).toBe(true);
    expect(said.keywords?.endsWith(statement)).toBe(true);
    expect(said.xmp).toContain(`<rdf:li>${statement}</rdf:li>`);
    expect(said.xmp).toContain(`<rdf:li>${TAG}</rdf:li>`);
  });
});

describe('the Spanish slide PDF', () => {
  it('has one page per Spanish slide, each showing its Spanish title (pdftotext)', () => {
    expect(pages['es-slides']).toBe(deck.slides.length);
    const texts = pageTexts(files['es-slides']).map(norm);
    expect(texts.length).toBe(deck.slides.length);
    const missing = deck.slides.filter((s, i) => !texts[i]!.includes(norm(s.title))).map((s) => `${s.number} ${s.id}: "${s.title}"`);
    expect(missing).toEqual([]);
  });

  it('has the Spanish evidence prefix ("Tipo de evidencia:") in the text and the tags of every slide with badges', async () => {
    const pdf = await openPdf(files['es-slides']);
    const texts = pageTexts(files['es-slides']);
    const missing: string[] = [];
    for (const [i, slide] of deck.slides.entries()) {
      const kinds = evidenceKinds(slide.evidence);
      if (kinds.length === 0) continue;
      const prefix = (kinds.length === 1 ? UI.es.badges.one : UI.es.badges.many).trim();
      if (!norm(texts[i]!).includes(prefix)) missing.push(`${slide.id}: not in the text`);
      if (!norm(await taggedText(pdf, i)).includes(prefix)) missing.push(`${slide.id}: not in the tags`);
    }
    expect(deck.slides.some((x) => evidenceKinds(x.evidence).length > 0)).toBe(true);
    expect(missing).toEqual([]);
  });

  it('gives every Figure the Spanish alt text of its slide', async () => {
    const figures = [...walk((await pdfUaFacts(files['es-slides'])).elements)].filter(({ el }) => el.role === 'Figure').map(({ el }) => el.alt);
    const alts = deck.slides.flatMap((s) => s.body.flatMap((b) => (b.type === 'figure' || b.type === 'chart' ? [b.alt] : [])));
    expect(alts.length).toBeGreaterThan(0);
    for (const alt of alts) expect(figures).toContain(alt);
  });
});

describe('the Spanish notes PDF', () => {
  it('has every slide and at least one notes page after each, its heading in Spanish', () => {
    expect(pages['es-notes']).toBeGreaterThanOrEqual(2 * deck.slides.length);
    const text = norm(pageTexts(files['es-notes']).join('\n'));
    for (const s of deck.slides) expect(text, s.id).toContain(norm(UI.es.notes.sheet(s.number, false)));
    expect(text).not.toContain(norm(UI.en.notes.sheet(1, false)));
  });
});

describe.each([
  { name: 'es-handout', paper: 'US Letter', size: [612, 792] },
  { name: 'es-handout-a4', paper: 'A4', size: [595.28, 841.89] },
] as const)('the Spanish handout on $paper', ({ name, size }) => {
  it(`is 2 to ${HANDOUT_MAX_PAGES} portrait pages of that paper, titled in Spanish, one bookmark per section`, async () => {
    const pdf = await openPdf(files[name]);
    expect(pdf.numPages).toBe(pages[name]);
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    expect(pdf.numPages).toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
    for (let i = 1; i <= pdf.numPages; i++) {
      const [x0, y0, x1, y1] = (await pdf.getPage(i)).view as [number, number, number, number];
      expect(Math.abs(x1 - x0 - size[0]), `page ${i} width`).toBeLessThan(1);
      expect(Math.abs(y1 - y0 - size[1]), `page ${i} height`).toBeLessThan(1);
    }
    expect(pdfInfo(files[name]).Title).toBe(handoutTitle(deck.meta));
    expect((await outline(pdf)).map((m) => m.title)).toEqual(handout.sections.map((s) => s.title));
  });

  it('is tagged for screen readers: one H1, an H2 per section, lists with LBody, the table; nothing drawn untagged', async () => {
    await expectHandoutTags(files[name], handout.sections.length);
  });
});

// The PDF/UA-1 items tests/export/pdf-ua.test.ts checks on the English PDFs (src/export/pdf-ua.ts repairs them).
describe.each(['es-slides', 'es-handout', 'es-handout-a4'] satisfies SharedPdfName[])('PDF/UA-1: the Spanish %s PDF', (name) => {
  let facts: PdfUaFacts;
  beforeAll(async () => {
    facts = await pdfUaFacts(files[name]);
  });

  it('identifies itself as PDF/UA-1 in its XMP metadata (pdfuaid:part 1)', () => {
    expect(facts.uaPart).toBe('1');
  });

  it('describes every link annotation (/Contents)', () => {
    expect(facts.linkAnnotations.filter((l) => !l.contents?.trim()).map((l) => `page ${l.page + 1}`)).toEqual([]);
    if (name === 'es-slides') expect(facts.linkAnnotations.length).toBeGreaterThan(0);
  });

  it('gives every Figure its /Alt, and no Figure wraps other figures or tables', () => {
    const figures = [...walk(facts.elements)].filter(({ el }) => el.role === 'Figure').map(({ el }) => el);
    expect(figures.filter((f) => !f.alt?.trim()).length, 'Figures without /Alt').toBe(0);
    expect(figures.filter((f) => f.kids.some((k) => k.role === 'Figure' || k.role === 'Table')).length, 'Figures around other content').toBe(0);
  });

  it('uses standard structure types only, or maps them to one in its /RoleMap', () => {
    const bad = [...new Set([...walk(facts.elements)].map(({ el }) => el.type))].filter((t) => !STANDARD_TYPES.has(t) && !STANDARD_TYPES.has(facts.roleMap[t] ?? ''));
    expect(bad).toEqual([]);
    for (const target of Object.values(facts.roleMap)) expect(STANDARD_TYPES.has(target), target).toBe(true);
  });

  it('puts the content of every list item in an LBody, next to its label (Lbl)', () => {
    const items = [...walk(facts.elements)].filter(({ el }) => el.role === 'LI').map(({ el }) => el);
    expect(items.length).toBeGreaterThan(0);
    const bad = items.filter((li) => li.kids.some((k) => k.role !== 'Lbl' && k.role !== 'LBody') || !li.kids.some((k) => k.role === 'LBody'));
    expect(bad.map((li) => li.kids.map((k) => k.role).join(','))).toEqual([]);
  });
});
