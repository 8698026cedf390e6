// npm run kit: the clinic kit as a presenter gets it. The start pages (START-HERE.html and the
// Spanish EMPIECE-AQUI.html) in Chromium with axe-core, each in its language; the zip as a function
// of the folder (sorted, dated, under one folder); SHA256SUMS as sha256sum reads it; the command
// refusing an invalid deck and a place it must not write, with nothing written; and one whole run
// on the real deck: every file the plan lists in both languages (the Spanish in es/), each link of
// both start pages to a file that is there, both pages passing axe as written, the sums right, the
// zip holding the same bytes, and the English files byte-identical to the same exports made apart
// by this test run (tests/setup/shared-run.ts): a second run's bytes, at no second kit's cost.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { kitFiles, REVIEW_STATUS, START_HERE, startPage, statusFile, SUMS, type KitEdition } from '../../src/export/kit/contents.ts';
import { kitZip, sha256sums } from '../../src/export/kit/kit.ts';
import { startHereHtml, type StartHereTranslation } from '../../src/export/kit/start-here.ts';
import { readZip } from '../../src/output/zip.ts';
import { deckInLang } from '../../src/load/lang-deck.ts';
import { compileLoaded, loadDeck, type LoadedDeck } from '../../src/load/load-deck.ts';
import { translationStatement } from '../../src/model/compile.ts';
import type { Lang } from '../../src/model/locales.ts';
import { spokenLength } from '../../src/model/spoken.ts';
import { UI } from '../../src/model/ui/index.ts';
import { runAxe } from '../support/axe.ts';
import { runMain } from '../support/cli.ts';
import { copyProject, PROJECT_ROOT } from '../support/project-copy.ts';
import { sharedBrowser, sharedPdf, sharedPptx, sharedSingleFile } from '../support/shared.ts';

const scratch = mkdtempSync(join(tmpdir(), 'deck-kit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
// In-process (main(argv, io)): what the command writes, says and returns. Its process (signals,
// stdout through a pipe) is that of every command: tests/export/cli.test.ts, tests/export/pptx-cli.test.ts.
const kit = (args: readonly string[]) => runMain('kit', args);

const real = compileLoaded(await loadDeck());
const editions = (deck: LoadedDeck): KitEdition[] => deck.editions.map((e) => ({ name: e.edition, minutes: spokenLength(e.slides).minutes, hasHandout: true }));
const plan = kitFiles(editions(real));
const planEs = kitFiles(editions(deckInLang(real, 'es')), 'es');
/** The Spanish translation as the real deck has it today: not reviewed (said in `lang`). */
const unreviewed = (lang: Lang): StartHereTranslation => ({ statement: translationStatement({ state: 'none' }, lang), reviewed: false, stale: 0 });
const reviewedEs = (lang: Lang): StartHereTranslation => ({ statement: `Reviewed (${lang}).`, reviewed: true, stale: 0 });

function page(state: 'none' | 'current', lang: Lang = 'en', translation: (lang: Lang) => StartHereTranslation = unreviewed): string {
  const other: Lang = lang === 'en' ? 'es' : 'en';
  return startHereHtml({
    lang,
    title: 'A talk <b>for</b> patients',
    review: state === 'none' ? { state } : { state, name: 'Dr A', role: 'Oncologist', date: '2026-11-01', scope: 'all slides', nextDue: '2027-11-01' },
    reviewSentence: state === 'none' ? 'Not yet reviewed by a clinician.' : 'Reviewed by Dr A.',
    ...(lang === 'es' ? { translation: translation('es') } : {}),
    checked: 'December 1, 2026',
    contact: 'Tell the person presenting.',
    files: (lang === 'en' ? plan : planEs).map((f) => ({ ...f, bytes: 2048 })),
    others: [{ lang: other, ...(other === 'es' ? { translation: translation('en') } : {}) }],
  });
}

/** What a start page must say, in its language: its sections, the speaker view, what not reviewed means, the edited PowerPoint file. */
const WORDS: { readonly [L in Lang]: readonly string[] } = {
  en: ['To present on a screen', 'To present from PowerPoint', 'To print', 'For patients', 'press S', '“Not yet reviewed” means', 'nothing checks it any more', 'Spanish translation (es/): Translation not yet reviewed by a qualified medical translator.'],
  es: ['Para presentar en una pantalla', 'Para presentar con PowerPoint', 'Para imprimir', 'Para las pacientes', 'presione S', 'ningún médico ni enfermera ha revisado', 'ya nada la revisa', 'Traducción no revisada todavía por un traductor médico calificado.'],
};
const LANG_ATTR: { readonly [L in Lang]: string } = { en: 'en', es: 'es-US' };

/** axe-core on a start page as opened in `tab`, and its links. */
async function audit(tab: Page): Promise<{ lang: string; links: string[] }> {
  const report = await runAxe(tab);
  expect(report.violations).toEqual([]);
  expect(report.contrastIncomplete).toEqual([]);
  const lang = await tab.evaluate(() => document.documentElement.lang);
  const links = await tab.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  return { lang, links };
}

describe('the start pages (START-HERE.html, EMPIECE-AQUI.html)', () => {
  for (const lang of ['en', 'es'] as const) {
    it(`${startPage(lang)} passes axe-core, has lang ${LANG_ATTR[lang]}, says it in plain words and shows text as text`, async () => {
      // The run's Chromium, a context of this test's own (tests/setup/shared-run.ts).
      const context = await (await sharedBrowser()).newContext();
      try {
        const tab = await context.newPage();
        const requests: string[] = [];
        tab.on('request', (r) => requests.push(r.url()));
        await tab.setContent(page('none', lang), { waitUntil: 'load' });
        const { lang: attr, links } = await audit(tab);
        expect(attr).toBe(LANG_ATTR[lang]);
        // The title is text, never markup, in the page's language.
        expect(await tab.locator('h1').textContent()).toBe(UI[lang].kit.pageTitle('A talk <b>for</b> patients'));
        const text = await tab.locator('main').innerText();
        for (const words of WORDS[lang]) expect(text).toContain(words);
        // Every file of its language is linked, and the other language's start page; no request leaves the page.
        for (const f of lang === 'en' ? plan : planEs) expect(links).toContain(f.name);
        expect(links).toContain(startPage(lang === 'en' ? 'es' : 'en'));
        expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }

  it('says what "not yet reviewed" means only when it is not reviewed, and the translation’s warning until it is reviewed', () => {
    expect(page('none')).toContain('Not yet reviewed');
    expect(page('current')).not.toContain('“Not yet reviewed” means');
    expect(page('none', 'es')).toContain('ningún médico ni enfermera ha revisado');
    expect(page('current', 'es')).not.toContain('ningún médico ni enfermera ha revisado');
    // The translation's own warning, on both pages, whatever the clinical review says.
    expect(page('current', 'es')).toContain(UI.es.kit.translationNotReviewed);
    expect(page('current', 'en')).toContain(UI.en.kit.translationNotReviewed);
    expect(page('current', 'es', reviewedEs)).not.toContain(UI.es.kit.translationNotReviewed);
    expect(page('current', 'en', reviewedEs)).not.toContain(UI.en.kit.translationNotReviewed);
  });
});

describe('the kit’s zip and sums', () => {
  const files = new Map([
    ['b.txt', Buffer.from('b')],
    ['a.pdf', Buffer.from('a')],
  ]);

  it('writes SHA256SUMS as sha256sum -c reads it, sorted by name', () => {
    expect(sha256sums(files)).toBe(
      'ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb  a.pdf\n3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.txt\n',
    );
  });

  it('puts every file under one folder, sorted, dated with the deck’s date, the same bytes each time', async () => {
    const one = await kitZip('clinic-kit', files, '2026-12-01');
    const two = await kitZip('clinic-kit', new Map([...files].reverse()), '2026-12-01');
    expect(Buffer.compare(Buffer.from(one), Buffer.from(two))).toBe(0);
    expect([...(await readZip(one)).keys()]).toEqual(['clinic-kit/a.pdf', 'clinic-kit/b.txt']);
    const listing = spawnSync('unzip', ['-Z', '-T', '/dev/stdin'], { input: Buffer.from(one), encoding: 'utf8' });
    if (listing.status === 0) expect(listing.stdout).toMatch(/20261201\.000000 clinic-kit\/a\.pdf/);
  });
});

describe('npm run kit', () => {
  it('refuses a folder inside the sources and a wrong option (exit 2), before any work', async () => {
    const inside = await kit(['--out', 'slides/kit']);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("is inside the project's sources");
    expect(existsSync(join(PROJECT_ROOT, 'slides/kit'))).toBe(false);
    const wrong = await kit(['--zip']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/Unknown option '--zip'[\s\S]*Usage: npm run kit/);
  });

  it('names the invalid slide (exit 3) and writes nothing', async () => {
    const copy = copyProject('kit-invalid');
    try {
      copy.edit('slides/summary.ts', "title: 'To sum up',", "title: '',");
      const out = join(scratch, 'invalid-kit');
      const run = await copy.main('kit', ['--out', out]);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/slides\/summary\.ts/);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.zip`)).toBe(false);
      expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      copy.dispose();
    }
  });

  it('writes the folder and its zip in English and Spanish: every planned file, both start pages’ links and axe, the sums, the same bytes in the zip and as made apart', async () => {
    const out = join(scratch, 'clinic-kit');
    const run = await kit(['--out', out]);
    expect(run.code, run.stderr).toBe(0);
    const names = (readdirSync(out, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((d) => d.isFile())
      .map((d) => relative(out, join(d.parentPath, d.name)))
      .sort();
    // The English at the top, the Spanish in es/ (es/deck.pdf, es/ESTADO-DE-REVISION.txt), both start pages at the top.
    expect(names).toEqual([...plan.map((f) => f.name), ...planEs.map((f) => f.name), START_HERE, startPage('es'), REVIEW_STATUS, statusFile('es'), SUMS].sort());
    expect(planEs.every((f) => f.name.startsWith('es/'))).toBe(true);
    // stdout lists each file with its size, then the zip.
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(names.length + 1);
    expect(lines.at(-1)).toMatch(/clinic-kit\.zip \(\d+(\.\d)? [KM]B\)$/);
    // SHA256SUMS names every other file, the Spanish ones included, and checks out as sha256sum reads it.
    const summed = readFileSync(join(out, SUMS), 'utf8').trim().split('\n').map((l) => l.replace(/^[0-9a-f]{64} {2}/, ''));
    expect(summed).toEqual(names.filter((n) => n !== SUMS));
    const check = spawnSync('sha256sum', ['-c', SUMS], { cwd: out, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    // Every link of both start pages is a file of the kit, and each passes axe as written, opened from the folder.
    const context = await (await sharedBrowser()).newContext();
    try {
      for (const lang of ['en', 'es'] as const) {
        const file = join(out, startPage(lang));
        const hrefs = [...readFileSync(file, 'utf8').matchAll(/href="([^"]+)"/g)].map((m) => relative(out, join(dirname(file), decodeURI(m[1]!))));
        expect(hrefs.filter((h) => !names.includes(h)), startPage(lang)).toEqual([]);
        const tab = await context.newPage();
        await tab.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        const { lang: attr, links } = await audit(tab);
        expect(attr).toBe(LANG_ATTR[lang]);
        expect(links).toContain(startPage(lang === 'en' ? 'es' : 'en'));
        expect(await tab.locator('main').innerText()).toContain(translationStatement({ state: 'none' }, lang));
        await tab.close();
      }
    } finally {
      await context.close();
    }
    const es = deckInLang(real, 'es').editions[0]!;
    expect(readFileSync(join(out, REVIEW_STATUS), 'utf8')).toContain(real.editions[0]!.contentHash);
    expect(readFileSync(join(out, statusFile('es')), 'utf8')).toContain(es.contentHash);
    expect(readFileSync(join(out, statusFile('es')), 'utf8')).toContain(translationStatement({ state: 'none' }, 'es'));
    // The zip holds the folder's bytes, under clinic-kit/, and is the zip of that folder.
    const zipped = await readZip(readFileSync(`${out}.zip`));
    expect([...zipped.keys()].sort()).toEqual(names.map((n) => `clinic-kit/${n}`));
    const folder = new Map(names.map((n) => [n, readFileSync(join(out, n))]));
    for (const n of names) expect(Buffer.compare(Buffer.from(zipped.get(`clinic-kit/${n}`)!), folder.get(n)!), n).toBe(0);
    expect(Buffer.compare(Buffer.from(await kitZip('clinic-kit', folder, real.editions[0]!.meta.date)), readFileSync(`${out}.zip`))).toBe(0);
    expect(readdirSync(scratch).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Reproducible: the English files are byte for byte the exports this test run made apart, in another
    // build folder (tests/setup/shared-run.ts, which the other export tests use anyway).
    // One at a time: each is made on first request, and the machine has two cores.
    const apart: Record<string, () => Promise<string>> = {
      'deck.pdf': () => sharedPdf('slides').then((r) => r.result.path),
      'deck-notes.pdf': () => sharedPdf('notes').then((r) => r.result.path),
      'deck-short.pdf': () => sharedPdf('short-slides').then((r) => r.result.path),
      'deck-short-notes.pdf': () => sharedPdf('short-notes').then((r) => r.result.path),
      'handout-letter.pdf': () => sharedPdf('handout').then((r) => r.result.path),
      'handout-a4.pdf': () => sharedPdf('handout-a4').then((r) => r.result.path),
      'handout-short-letter.pdf': () => sharedPdf('handout-short').then((r) => r.result.path),
      'handout-short-a4.pdf': () => sharedPdf('handout-short-a4').then((r) => r.result.path),
      'deck.pptx': () => sharedPptx().then((r) => r.file),
      'deck.html': async () => (await sharedSingleFile()).file,
      'read.html': async () => (await sharedSingleFile()).readFile,
    };
    for (const [name, path] of Object.entries(apart)) expect(Buffer.compare(folder.get(name)!, readFileSync(await path())), name).toBe(0);
  }, 900_000);
});
