// The translation exchange: `npm run review -- --export es` (the strings, with their English, to a
// PO file a translation team opens) and `--import es FILE` (a reviewed file back, through the
// parity checks, into slides/es/). Each import that must be refused is made for real against the
// real deck, and the Spanish modules are compared byte for byte before and after: nothing written.
// One import that must succeed runs in a throwaway copy of the project (its own slides/es/), and
// the copy's check then reads the Spanish as the import left it.

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { po } from 'gettext-parser';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { exchangeUnits, placeInSource } from '../../src/review/translation-exchange.ts';
import { PROJECT_ROOT, runMain } from '../support/cli.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

const ES = join(PROJECT_ROOT, 'slides/es');
const dir = mkdtempSync(join(tmpdir(), 'exchange-'));
const exported = join(dir, 'translation-es.po');
let text = '';

/** A hash of every Spanish module: an import that is refused leaves them all as they were. */
const spanishHash = (): string => {
  const h = createHash('sha256');
  for (const f of readdirSync(ES).filter((n) => n.endsWith('.ts')).sort()) h.update(f).update(readFileSync(join(ES, f)));
  return h.digest('hex');
};

/** The exported file with one entry's msgstr (found by msgctxt) replaced. */
function withMsgstr(context: string, value: string): string {
  const file = po.parse(text);
  const group = file.translations[context];
  if (!group) throw new Error(`no msgctxt "${context}" in the export`);
  const entry = Object.values(group)[0]!;
  entry.msgstr = [value];
  return po.compile(file, { foldLength: 0 }).toString('utf8');
}

async function importing(content: string): Promise<{ code: number; stderr: string; unchanged: boolean }> {
  const before = spanishHash();
  const file = join(dir, `import-${Math.random().toString(16).slice(2)}.po`);
  writeFileSync(file, content);
  const run = await runMain('review', ['--import', 'es', file]);
  return { code: run.code ?? -1, stderr: run.stderr, unchanged: spanishHash() === before };
}

beforeAll(async () => {
  const run = await runMain('review', ['--export', 'es', '--out', exported]);
  expect(run.code, run.stderr).toBe(0);
  text = readFileSync(exported, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run review -- --export es', () => {
  it('writes every translatable string of every Spanish slide, with its English, where it is, and the language', async () => {
    const { deck, translations } = await loadDeck();
    const spanish = translations.find((t) => t.lang === 'es')!.input.deck;
    const units = exchangeUnits(deck, spanish);
    const file = po.parse(text);
    expect(file.headers.Language).toBe('es-US');
    const contexts = Object.keys(file.translations).filter((c) => c !== '');
    expect(contexts).toHaveLength(units.length);
    expect(new Set(units.map((u) => u.slide))).toEqual(new Set(spanish.slides.map((s) => s.id)));
    const title = file.translations['title title']!;
    expect(Object.keys(title)).toEqual([deck.slides[0]!.title]);
    expect(Object.values(title)[0]!.msgstr[0]).toBe(spanish.slides[0]!.title);
    expect(Object.values(title)[0]!.comments?.reference).toBe('slides/es/title.ts');
  });

  it('never offers a locked field (ids, facts, terms, numbers, citations) for translation', () => {
    expect(text).not.toMatch(/msgctxt "[^"]*\.(id|facts|term|num|cite|type|kind|src)(\[\d+\])?"/);
  });

  it('shows a piece of a sentence with the whole English sentence it is part of', () => {
    const entry = Object.values(po.parse(text).translations['title body[0].text[0]']!)[0]!;
    expect(entry.comments?.extracted).toMatch(/^Part 1 of \d+ of the English: .*\[chemo\]/);
  });
});

describe('npm run review -- --import es: a file that must be refused, nothing written', () => {
  it('takes the file back as it was exported: nothing to change', async () => {
    const r = await importing(text);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/nothing to change/);
    expect(r.unchanged).toBe(true);
  });

  it('refuses a number changed in the translation (20 women became 12), naming the file, the entry and the slide module', async () => {
    const context = 'before-we-start body[0].items[1].text';
    const units = Object.keys(po.parse(text).translations);
    const at = units.find((c) => c.startsWith('before-we-start body[0].items[1]'))!;
    const current = Object.values(po.parse(text).translations[at]!)[0]!.msgstr[0]!;
    expect(current, context).toMatch(/20/);
    const r = await importing(withMsgstr(at, current.replace('20', '12')));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/import-[0-9a-f]+\.po → slides\/es\/before-we-start\.ts › translation-numbers: .*writes the numbers 12, where the English writes 20/);
    expect(r.unchanged).toBe(true);
  });

  it('refuses a piece of a sentence left in English, even where the whole sentence still reads as Spanish', async () => {
    const r = await importing(withMsgstr('title body[0].text[0]', 'Large trials compared '));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/msgctxt "title body\[0\]\.text\[0\]" › msgstr: is the English, untranslated/);
    expect(r.unchanged).toBe(true);
  });

  it('refuses a change that breaks a rule of the check (a slide over 50 words)', async () => {
    const r = await importing(withMsgstr('summary body[1].items[2].text', 'Siga su plan de tratamiento y pregunte siempre a su equipo de atención médica'));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/slides\/es\/summary\.ts › slide-density: has \d+ words/);
    expect(r.unchanged).toBe(true);
  });

  it('refuses an entry left out, an empty or fuzzy translation, an unknown entry and an English that changed since the export', async () => {
    const file = po.parse(text);
    delete file.translations['title subtitle'];
    Object.values(file.translations['title body[0].title']!)[0]!.msgstr = [''];
    Object.values(file.translations['summary title']!)[0]!.comments = { flag: 'fuzzy' };
    file.translations['no-such-slide title'] = { Hello: { msgctxt: 'no-such-slide title', msgid: 'Hello', msgstr: ['Hola'] } };
    const stale = Object.values(file.translations['title title']!)[0]!;
    stale.msgid = 'An older English title';
    const r = await importing(po.compile(file, { foldLength: 0 }).toString('utf8'));
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/msgctxt "title subtitle" › msgctxt: is missing from the file/);
    expect(r.stderr).toMatch(/msgctxt "title body\[0\]\.title" › msgstr: is empty/);
    expect(r.stderr).toMatch(/msgctxt "summary title" › flag: is marked fuzzy/);
    expect(r.stderr).toMatch(/msgctxt "no-such-slide title" › msgctxt: is not a string of the deck as it is now/);
    expect(r.stderr).toMatch(/msgctxt "title title" › msgid: is "An older English title", but the English now says/);
    expect(r.unchanged).toBe(true);
  });

  it('refuses a file that is not PO, or is in another language', async () => {
    const notPo = await importing('msgid "unterminated\n');
    expect(notPo.code).toBe(3);
    expect(notPo.stderr).toMatch(/› \(file\): is not a PO file/);
    const empty = await importing('');
    expect(empty.code).toBe(3);
    const french = await importing(text.replace('Language: es-US', 'Language: fr'));
    expect(french.code).toBe(3);
    expect(french.stderr).toMatch(/› Language: is "fr", not es-US/);
    expect(notPo.unchanged && french.unchanged).toBe(true);
  });

  it('says how to call it when the file is missing or not given', async () => {
    const missing = await runMain('review', ['--import', 'es', join(dir, 'nothing.po')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nothing\.po does not exist/);
    const none = await runMain('review', ['--import', 'es']);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/Give the reviewed PO file/);
  });
});

describe('placing a reviewed string in its module', () => {
  it('changes only that string literal, escaped, and the module still parses', () => {
    const file = join(ES, 'title.ts');
    const source = readFileSync(file, 'utf8');
    const { text: out, problems } = placeInSource(source, 'slides/es/title.ts', [{ path: ['subtitle'], value: "Un titular de 2025 dijo 'contraproducente'. Veamos qué mostró, y qué no." }]);
    expect(problems).toEqual([]);
    const before = source.match(/subtitle: ('(?:[^'\\]|\\.)*')/)![1]!;
    expect(out).toBe(source.replace(before, "'Un titular de 2025 dijo \\'contraproducente\\'. Veamos qué mostró, y qué no.'"));
    const diagnostics = ts.transpileModule(out, { reportDiagnostics: true, compilerOptions: { module: ts.ModuleKind.ESNext } }).diagnostics ?? [];
    expect(diagnostics).toEqual([]);
  });

  it('says where to change it by hand when the string is not written as a plain literal there', () => {
    const { problems } = placeInSource("translate(en, { title: `a ${'b'}` }, 'x')", 'slides/es/x.ts', [{ path: ['title'], value: 'c' }]);
    expect(problems).toEqual([expect.objectContaining({ where: 'slides/es/x.ts', field: 'title', message: expect.stringMatching(/not written as a plain string/) })]);
  });
});

describe('a reviewed file that passes, imported into a copy of the project', () => {
  let copy: ProjectCopy;
  beforeAll(() => {
    copy = copyProject('exchange-import');
  });
  afterAll(() => copy?.dispose());

  it('writes the new wording into slides/es/<id>.ts, and the check reads it there', { timeout: 240_000 }, async () => {
    const file = join(dir, 'reviewed.po');
    writeFileSync(file, withMsgstr('title subtitle', 'Un titular de 2025 dijo que la quimio puede ser contraproducente. Veamos qué mostró el estudio.'));
    const run = await copy.main('review', ['--import', 'es', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/1 string changed in 1 module \(slides\/es\/title\.ts\)/);
    expect(copy.read('slides/es/title.ts')).toContain("subtitle: 'Un titular de 2025 dijo que la quimio puede ser contraproducente. Veamos qué mostró el estudio.',");
    const check = await copy.main('check', ['--no-fit', '--lang', 'es']);
    expect(check.code, check.stderr + check.stdout).toBe(0);
  });
});
