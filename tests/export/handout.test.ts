// `npm run pdf -- --handout`: the patient handout, printed from the shared test build on US Letter
// (the default) and A4, and for the short edition (the run's shared exports: tests/setup/shared-run.ts),
// then read back with poppler, pdf.js and pdf-lib. What it must say comes from slides/handout.ts compiled against the real deck.

import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { parseCliArgs } from '../../src/cli/pdf-args.ts';
import { UsageError } from '../../src/exit/cli-error.ts';
import { handoutOut } from '../../src/export/variants.ts';
import { ExportError } from '../../src/export/export-errors.ts';
import { exportHandout, HANDOUT_MAX_PAGES, HandoutTooLongError, type HandoutExportResult } from '../../src/export/handout-pdf.ts';
import type { Paper } from '../../src/export/variants.ts';
import { compileDeck } from '../../src/model/compile.ts';
import type { CompiledBlock } from '../../src/model/compiled.ts';
import { compileHandout, handoutTitle, type CompiledHandout } from '../../src/model/handout-compile.ts';
import { runsText } from '../../src/model/runs.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { readManifest } from '../../src/output/manifest-file.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import realHandout from '../../slides/handout.ts';
import realDeck from '../../slides/index.ts';
import { runMain } from '../support/cli.ts';
import { connectToSharedBrowser, sharedPdf } from '../support/shared.ts';
import { tempDir, tempFiles } from './support/export.ts';
import { catalog, fonts, norm, openPdf, outline, pageTexts, pdfInfo, textSizes } from './support/pdf.ts';
import { decorationsAsContent, expectHandoutTags, markedContentText, missingMcids, paintedPaths } from './support/pdf-ua.ts';

const dir = tempDir();
/** The shared exports by the names these tests give them; anything else is written to `dir`. */
const shared: Record<string, string> = {};
const file = (name: string) => shared[name] ?? join(dir, name);
const distDir = inject('distDir');
const manifest = readManifest(distDir);
const deck = realDeck as unknown as AnyDeck;
const expected = (edition: string): CompiledHandout => compileHandout(realHandout, compileDeck({ deck, edition }), deck);
const results: Record<string, HandoutExportResult> = {};

const run = (out: string, paper: Paper = 'letter', edition = 'full', dist = distDir) =>
  exportHandout({ distDir: dist, manifest: readManifest(dist), edition, paper, out, timeoutMs: 60_000, browser: connectToSharedBrowser() });

beforeAll(async () => {
  const names = { letter: 'handout', again: 'handout-again', a4: 'handout-a4', short: 'handout-short', shortA4: 'handout-short-a4' } as const;
  for (const [key, name] of Object.entries(names)) {
    results[key] = (await sharedPdf(name)).result;
    shared[`${name}.pdf`] = results[key].path;
  }
});

/** The words a figure's drawing prints (its <text> labels): the drawing itself is on paper, not only its caption. */
const svgLabels = (src: string): string[] =>
  [...readFileSync(join(PROJECT_ROOT, 'slides/figures', src), 'utf8').matchAll(/<text\b[^>]*>([^<]+)<\/text>/g)].map((m) => m[1]!).filter((t) => /\p{L}{3}/u.test(t));

/** What a section prints, piece by piece (each a run of text that must be on the section's page). */
function sectionStrings(section: CompiledHandout['sections'][number]): string[] {
  const blockStrings = (block: CompiledBlock): string[] =>
    block.type === 'list'
      ? block.items.map((item) => runsText(item))
      : block.type === 'paragraph' || block.type === 'callout'
        ? [runsText(block.text)]
        : block.type === 'figure'
          ? [runsText(block.caption), ...svgLabels(block.src)]
          : block.type === 'chart'
            ? [runsText(block.caption), ...block.rows.map((r) => r.label)]
            : [];
  switch (section.kind) {
    case 'blocks':
      return section.pieces.flatMap((p) => blockStrings(p.block));
    case 'table':
      return [...blockStrings(section.piece.block), ...section.words.flatMap((p) => blockStrings(p.block))];
    case 'questions':
      return blockStrings(section.piece.block);
    case 'words':
      return section.terms.map((t) => `${t.entry.term} ${t.entry.definition}`);
    case 'help':
      return [...section.lines];
    case 'sources':
      return section.sources.map((s) => s.source.short);
    case 'address':
      return [section.text];
  }
}

const EXPORTS = [
  { name: 'handout.pdf', edition: 'full', paper: 'US Letter' },
  { name: 'handout-a4.pdf', edition: 'full', paper: 'A4' },
  { name: 'handout-short.pdf', edition: 'short', paper: 'US Letter' },
  { name: 'handout-short-a4.pdf', edition: 'short', paper: 'A4' },
] as const;

describe.each(EXPORTS)('$name ($edition edition on $paper)', ({ name, edition }) => {
  const handout = expected(edition);
  let pages: string[];
  beforeAll(() => {
    pages = pageTexts(file(name)).map(norm);
  });

  it(`has 2 to ${HANDOUT_MAX_PAGES} pages and every section, each whole on one page (a section and its why are never split)`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
    const ids = handout.sections.map((s) => s.id);
    for (const id of ['main-message', 'can-and-cannot', 'study-found', 'trial-numbers', 'what-to-do', 'key-points', 'questions', 'words', 'help', 'sources', 'about']) expect(ids).toContain(id);
    for (const section of handout.sections) {
      const on = pages.findIndex((t) => t.includes(section.title));
      expect(on, `${section.title}: heading not found`).toBeGreaterThanOrEqual(0);
      for (const str of sectionStrings(section)) expect(pages[on], `${section.title} (page ${on + 1}): "${str}"`).toContain(norm(str));
    }
  });

  it('says what the study found, the drug’s and the test’s status, the trials in words and their age, and the study’s title labelled', () => {
    const text = pages.join(' ');
    expect(text).toContain('In mice, paclitaxel slowed tumor growth');
    expect(text).toContain('About 20 women had three chemo drugs');
    expect(text).toContain('Doorway counts are markers: signs in tissue.');
    expect(text).toMatch(/rebastinib was experimental and not approved, and counting doorways is a research test\. There is nothing to buy or pay for/);
    expect(text).toContain('With chemo first, cancer came back nearby somewhat more often, but more women kept their breast.');
    expect(text).toContain('Women joined from 1983 to 2002, so the drugs were older.');
    expect(text).toContain('The study (its title, in the researchers’ own words): “Neoadjuvant chemotherapy induces breast cancer metastasis through a TMEM-mediated mechanism”');
    expect(text).toContain('Your next steps, in order.');
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));


describe.each([
  { name: 'handout.pdf', paper: 'US Letter', size: [612, 792] },
  { name: 'handout-a4.pdf', paper: 'A4', size: [595.28, 841.89] }, // ISO 216: 210 × 297 mm
])('npm run pdf -- --handout on $paper', ({ name, size }) => {
  let pdf: PDFDocumentProxy;
  beforeAll(async () => {
    pdf = await openPdf(file(name));
  });

  it(`is 2 to ${HANDOUT_MAX_PAGES} portrait pages of that paper`, async () => {
    expect(pdf.numPages).toBeGreaterThanOrEqual(2);
    expect(pdf.numPages).toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
    for (let i = 1; i <= pdf.numPages; i++) {
      const [x0, y0, x1, y1] = (await pdf.getPage(i)).view as [number, number, number, number];
      expect(Math.abs(x1 - x0 - size[0]!), `page ${i} width`).toBeLessThan(1);
      expect(Math.abs(y1 - y0 - size[1]!), `page ${i} height`).toBeLessThan(1);
    }
  });

  it('sets its text for paper: nothing under 12 pt, in the deck’s embedded fonts', async () => {
    const sizes = (await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => textSizes(pdf, i)))).flat();
    expect(sizes.length).toBeGreaterThan(100);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11.9);
    const list = fonts(file(name));
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => !f.embedded)).toEqual([]);
    expect(list.every((f) => /AtkinsonHyperlegibleNext/.test(f.name))).toBe(true);
  });

  it('marks its borders, backgrounds and rules as artifacts: only a figure’s drawing and a bullet are painted as content', async () => {
    // Chromium tags a box's background and borders with the element's own tag (the table's
    // borders as Table content, a callout's background as its text); src/export/pdf-ua.ts re-marks them.
    expect(await decorationsAsContent(pdf)).toEqual([]);
    const painted = (await Promise.all(Array.from({ length: pdf.numPages }, (_, i) => paintedPaths(pdf, i)))).flat();
    expect(painted.filter((o) => o === 'Artifact').length, 'borders, backgrounds and rules drawn').toBeGreaterThan(40);
    // Cutting a sequence into text and artifacts leaves every tagged MCID on its page.
    for (let i = 0; i < pdf.numPages; i++) expect(await missingMcids(pdf, i), `page ${i + 1}`).toEqual([]);
  });

  it('has one bookmark per section, in order, each at the page where that section starts', async () => {
    const sections = manifest.handouts.full!.sections;
    const marks = await outline(pdf);
    expect(marks.map((m) => m.title)).toEqual(sections.map((s) => s.title));
    const texts = pageTexts(file(name)).map(norm);
    for (const m of marks) expect(texts[m.page], m.title).toContain(m.title);
    expect(marks.map((m) => m.page)).toEqual([...marks.map((m) => m.page)].sort((a, b) => a - b));
  });
});

describe('the handout (US Letter)', () => {
  const handout = expected('full');
  let text: string;
  beforeAll(() => {
    text = norm(pageTexts(file('handout.pdf')).join('\n'));
  });

  it('holds every section, in order: main message, can and cannot, what the study found, trial numbers, what to do, key points, questions, words, help, sources, about', () => {
    const at = handout.sections.map((s) => text.indexOf(s.title));
    expect(at.every((n) => n >= 0), JSON.stringify(handout.sections.map((s) => s.title))).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(handout.sections.map((s) => s.id).slice(0, 10)).toEqual(['main-message', 'can-and-cannot', 'study-found', 'trial-numbers', 'what-to-do', 'key-points', 'questions', 'words', 'help', 'sources']);
  });

  it('says only what the slides say: every block it points at, word for word', () => {
    const blocks = handout.sections.flatMap((s) => (s.kind === 'blocks' ? s.pieces : s.kind === 'table' ? [s.piece, ...s.words] : s.kind === 'questions' ? [s.piece] : []));
    expect(blocks.length).toBeGreaterThan(5);
    for (const { block, ref } of blocks) {
      const runs = block.type === 'list' ? block.items : block.type === 'paragraph' || block.type === 'callout' ? [block.text] : block.type === 'chart' ? [block.caption] : [];
      for (const r of runs) expect(text, ref).toContain(norm(runsText(r)));
      if (block.type === 'chart') for (const row of block.rows) expect(text, ref).toContain(row.label);
    }
  });

  it('prints the trial numbers as a table, the questions with room to write, the words, and where to get help', () => {
    expect(text).toMatch(/What was counted Chemo before surgery Chemo after surgery/);
    expect(text).toContain('38 in 100');
    expect(text).toContain('My own questions:');
    for (const s of handout.sections) if (s.kind === 'words') for (const t of s.terms) expect(text).toContain(`${t.entry.term} ${t.entry.definition}`);
    // No clinic details are set in slides/local.ts: the neutral line, and a line for the number.
    expect(text).toContain('Ask your care team. Their phone number:');
  });

  it('lists its few sources, numbered from 1, each with where to read it printed (paper has no links)', () => {
    const sources = handout.sections.find((s) => s.kind === 'sources');
    expect(sources?.kind).toBe('sources');
    if (sources?.kind !== 'sources') return;
    expect(sources.sources.length).toBeLessThanOrEqual(5);
    // A long address wraps at any character on paper: compared without the line breaks.
    const unwrapped = text.replace(/\s/g, '');
    sources.sources.forEach((s, i) => {
      expect(text).toContain(`${i + 1}. ${s.source.short}.`);
      expect(unwrapped).toContain(s.source.doi ? `doi.org/${s.source.doi}` : s.source.url!);
    });
  });

  it('is tagged for screen readers: headings, lists and the table in the structure tree; language, title and XMP set', async () => {
    const cat = await catalog(file('handout.pdf'));
    expect(cat).toMatchObject({ lang: deck.meta.lang, marked: true, structTree: true, hasOutlines: true });
    expect(cat.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    const info = pdfInfo(file('handout.pdf'));
    expect(info).toMatchObject({ Tagged: 'yes', Title: handoutTitle(deck.meta) });
    await expectHandoutTags(file('handout.pdf'), handout.sections.length);
  });

  it('tags the word list as a list: one LI per word, its term and definition in the LBody, in order', async () => {
    const words = handout.sections.find((s) => s.kind === 'words');
    if (words?.kind !== 'words') throw new Error('the handout has no words section');
    const expectedItems = words.terms.map((t) => norm(`${t.entry.term} ${t.entry.definition}`));
    const pdf = await openPdf(file('handout.pdf'));
    type Node = { role?: string; type?: string; id?: string; children?: Node[] };
    const lists: { items: string[]; bodies: boolean }[] = [];
    for (let i = 0; i < pdf.numPages; i++) {
      const text = await markedContentText(pdf, i);
      const textOf = (n: Node): string => (n.type === 'content' && n.id ? (text.get(Number(/_mc(\d+)$/.exec(n.id)?.[1])) ?? '') : (n.children ?? []).map(textOf).join(''));
      const visit = (n: Node): void => {
        if (n.role === 'L') {
          const items = (n.children ?? []).filter((c) => c.role === 'LI');
          lists.push({ items: items.map((li) => norm(textOf(li))), bodies: items.every((li) => li.children?.some((c) => c.role === 'LBody')) });
        }
        n.children?.forEach(visit);
      };
      const tree = (await (await pdf.getPage(i + 1)).getStructTree()) as Node | null;
      if (tree) visit(tree);
    }
    // Before: a <dl>, which Chromium tags NonStruct; no list held the words.
    expect(lists).toContainEqual({ items: expectedItems, bodies: true });
  });

  it('is byte-identical when exported twice', () => {
    expect(readFileSync(file('handout-again.pdf')).equals(readFileSync(file('handout.pdf')))).toBe(true);
    expect(results.again!.bytes).toBe(results.letter!.bytes);
  });
});

describe('the short edition’s handout (--edition short)', () => {
  it(`is its own 2 to ${HANDOUT_MAX_PAGES} pages, with every section, drawing only on that edition’s slides`, () => {
    const handout = expected('short');
    expect(results.short!.pages).toBeGreaterThanOrEqual(2);
    expect(results.short!.pages).toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
    const text = norm(pageTexts(file('handout-short.pdf')).join('\n'));
    for (const s of handout.sections) expect(text).toContain(s.title);
    const shortSlides = new Set(manifest.editions.short!.slides.map((s) => s.id));
    for (const s of handout.sections) if (s.kind === 'blocks') for (const p of s.pieces) expect(shortSlides.has(p.slide.id), p.ref).toBe(true);
  });
});

describe('the handout export when something is wrong', () => {
  it(`refuses a handout over ${HANDOUT_MAX_PAGES} pages, naming the count and what to change, and keeps the previous file`, async () => {
    const long = join(dir, 'long-dist');
    cpSync(distDir, long, { recursive: true });
    const page = join(long, 'handout.html');
    const filler = `<section><h2>Filler</h2>${'<p>Line of filler text to push the handout past its page budget.</p>'.repeat(400)}</section>`;
    writeFileSync(page, readFileSync(page, 'utf8').replace('</article>', `${filler}</article>`));
    const out = file('kept.pdf');
    writeFileSync(out, 'previous');
    const error = await run(out, 'letter', 'full', long).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HandoutTooLongError);
    expect((error as Error).message).toMatch(new RegExp(`^The handout runs to \\d+ pages of US Letter \\(at most ${HANDOUT_MAX_PAGES}\\)\\. Point slides/handout\\.ts at fewer or shorter blocks`));
    expect(readFileSync(out, 'utf8')).toBe('previous');
    expect(tempFiles(dir)).toEqual([]);
  });

  it('says when the build has no handout for the edition asked for', async () => {
    const error = await exportHandout({ distDir, manifest: { ...manifest, handouts: {} }, edition: 'full', paper: 'letter', out: file('none.pdf'), timeoutMs: 10_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportError);
    expect((error as Error).message).toBe('The build has no patient handout: the deck has no slides/handout.ts (or dist/ was built before it existed). Add it, then rebuild with `npm run build`.');
    expect(existsSync(file('none.pdf'))).toBe(false);
  });
});

describe('npm run pdf arguments for the handout', () => {
  it('take --handout with US Letter by default, --paper a4, and write out/handout.pdf or out/handout-<edition>.pdf', () => {
    expect(parseCliArgs(['--handout'])).toMatchObject({ handout: { paper: 'letter' }, edition: 'full' });
    expect(parseCliArgs(['--handout', '--paper', 'A4', '--edition', 'short'])).toMatchObject({ handout: { paper: 'a4' }, edition: 'short' });
    expect(parseCliArgs([]).handout).toBeUndefined();
    expect([handoutOut('full'), handoutOut('short')]).toEqual(['out/handout.pdf', 'out/handout-short.pdf']);
  });

  it('reject a handout with slide variants, a paper without the handout, and an unknown paper', () => {
    expect(() => parseCliArgs(['--handout', '--notes'])).toThrow(new UsageError('--handout prints the patient handout, not the slides: leave out --notes and --steps.'));
    expect(() => parseCliArgs(['--paper', 'a4'])).toThrow(new UsageError('--paper is for the handout: add --handout, e.g. `npm run pdf -- --handout --paper a4`.'));
    expect(() => parseCliArgs(['--handout', '--paper', 'legal'])).toThrow(new UsageError('--paper must be letter (US Letter) or a4, not "legal".'));
  });
});

describe('npm run pdf -- --handout (the command, in-process)', () => {
  const cli = (args: string[]) => runMain('pdf', args, { cwd: dir });

  it('prints the handout on A4 with --paper a4 and names the file written last on stdout', async () => {
    const r = await cli(['--handout', '--paper', 'a4', '--dist', distDir, '--out', 'take-home.pdf']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('take-home.pdf');
    const written = /^\[pdf\] write: take-home\.pdf: (\d+) pages, A4, \d+ KB/m.exec(r.stderr);
    expect(Number(written?.[1])).toBeGreaterThanOrEqual(2);
    expect(Number(written?.[1])).toBeLessThanOrEqual(HANDOUT_MAX_PAGES);
    expect(pdfInfo(join(dir, 'take-home.pdf'))['Page size']).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('stops at a wrong paper with the usage and exit code 2, writing nothing', async () => {
    const r = await cli(['--handout', '--paper', 'legal', '--dist', distDir, '--out', 'legal.pdf']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('[pdf] --paper must be letter (US Letter) or a4, not "legal".');
    expect(r.stderr).toContain('--handout       the patient handout');
    expect(existsSync(join(dir, 'legal.pdf'))).toBe(false);
  });
});
