// The Spanish edition under `npm run check`, in its own formulas and by part (issue 19):
//  - each part gate of a translation (the speaker notes, the reading view's text: SOL at most 8,
//    INFLESZ at least 55, on at least 30 sentences) has a fixture deck that breaks it while the
//    deck as a whole passes (tests/fixtures/check/parts-es/), and the check's message names the
//    part, the language and the formula, in the report as text and as JSON;
//  - no Spanish line of the report names an English formula (SMOG, Flesch-Kincaid, Flesch reading
//    ease), and the Spanish JSON has no English-formula field: Spanish is never scored with them;
//  - plain `npm run check` (no --lang) fails when only the Spanish translation has an error.
// Commands run in-process (main(argv, io)): these tests are about what the check says and returns.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READABILITY } from '../../src/check/readability/languages.ts';
import { DECK } from '../../src/check/rule.ts';
import { runChecks, type ReadingPart } from '../../src/check/run.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { PART_CASES } from '../fixtures/check/parts-es/cases.ts';
import { runMain } from '../support/cli.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

/** An English formula named on a line (the SOL lines say "the Spanish SMOG": that is Spanish's own). */
const ENGLISH_FORMULA = /(?<!Spanish )\bSMOG\b|Flesch|\bFK\b/;
/** JSON fields that hold an English formula's figure. */
const ENGLISH_FIELDS = new Set(['smog', 'fleschKincaidGrade', 'fleschReadingEase']);

/** Every key in a JSON value, and every string in it (to look for English formulas). */
function walk(value: unknown, keys: string[] = [], strings: string[] = []): { keys: string[]; strings: string[] } {
  if (typeof value === 'string') strings.push(value);
  else if (Array.isArray(value)) for (const v of value) walk(v, keys, strings);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.push(k);
      walk(v, keys, strings);
    }
  }
  return { keys, strings };
}

function expectSpanishOnly(text: string, json: unknown) {
  expect(text.split('\n').filter((l) => ENGLISH_FORMULA.test(l))).toEqual([]);
  const { keys, strings } = walk(json);
  expect(keys.filter((k) => ENGLISH_FIELDS.has(k))).toEqual([]);
  expect(strings.filter((s) => ENGLISH_FORMULA.test(s))).toEqual([]);
  // Its own formulas are there instead.
  expect(text).toMatch(/^ {2}SOL grade {13}\S/m);
  expect(text).toMatch(/^ {2}INFLESZ {15}\S/m);
  expect(text).toMatch(/^ {2}Fernández-Huerta {6}\S/m);
}

const PARTS: readonly { key: keyof typeof PART_CASES; part: ReadingPart; label: string; rule: string; formula: RegExp; module: string }[] = [
  { key: 'notesSol', part: 'notes', label: 'speaker notes', rule: 'sol-grade', formula: /SOL grade \(Spanish SMOG\) is (\d+\.\d) \(at most 8\); \d+ words of 3\+ Spanish syllables in (\d+) sentences/, module: 'notes-sol' },
  { key: 'notesInflesz', part: 'notes', label: 'speaker notes', rule: 'inflesz-score', formula: /INFLESZ is (\d+\.\d) \([^)]+; at least 55, "normal"\)/, module: 'notes-inflesz' },
  { key: 'readingViewInflesz', part: 'reading-view', label: 'reading view text', rule: 'inflesz-score', formula: /INFLESZ is (\d+\.\d) \([^)]+; at least 55, "normal"\)/, module: 'reading-view-inflesz' },
];

describe('the Spanish part gates (speaker notes, reading view text)', { timeout: 60_000 }, () => {
  it.each(PARTS)('$module: the $label alone breaks $rule, and only the part gate sees it', ({ key, part, label, rule, formula }) => {
    const c = PART_CASES[key];
    const report = runChecks({ deck: c.deck, source: c.source, translation: c.translation });
    // The part as the gate read it: a full sample (30 sentences), and past the gate.
    const scores = report.parts.find((p) => p.part === part)!.readability;
    expect(scores.lang).toBe('es');
    expect(scores.sentences).toBeGreaterThanOrEqual(30);
    if (scores.lang === 'es') expect(rule === 'sol-grade' ? scores.sol! > 8 : scores.inflesz! < 55).toBe(true);
    // The whole corpus passes the deck gates: the part gate is what catches it.
    expect(READABILITY.es.gates(report.summary.readability, 'the deck')).toEqual([]);
    const errors = report.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.slide}: ${p.rule}`)).toEqual([`${DECK}: ${rule}`]);
    // Names the part, the language and the formula; says where to start.
    const [problem] = errors;
    expect(problem!.message.startsWith(`${label} (${part}) in Español (es): `), problem!.message).toBe(true);
    expect(problem!.message).toMatch(formula);
    expect(problem!.fix).toMatch(new RegExp(`Start with the ${part === 'notes' ? 'notes\\.say and notes\\.answer' : 'body text'} of [a-z-]+`));
  });

  it.each(PARTS)('npm run check -- --deck on parts-es/$module: the error line and the JSON say it, in Spanish formulas only (exit 1)', async ({ part, label, rule, formula, module }) => {
    const deck = `tests/fixtures/check/parts-es/${module}.ts`;
    const text = await runMain('check', ['--no-fit', '--deck', deck]);
    expect(text.code, text.stderr).toBe(EXIT.failed);
    const line = text.stdout.split('\n').find((l) => l.startsWith(`  deck: ${rule}: ${label} (${part}) in Español (es): `));
    expect(line, text.stdout).toMatch(formula);
    // The part's line in "Readability by part" gives the figure the message gives.
    const figure = formula.exec(line!)![1]!;
    const partLine = text.stdout.split('\n').find((l) => l.startsWith(`  ${label[0]!.toUpperCase()}${label.slice(1)} `));
    expect(partLine).toContain(rule === 'sol-grade' ? `SOL ${figure},` : `INFLESZ ${figure},`);
    const run = await runMain('check', ['--no-fit', '--deck', deck, '--json']);
    expect(run.code).toBe(EXIT.failed);
    const json = JSON.parse(run.stdout) as { lang: string; ok: boolean; problems: { rule: string; message: string; line: string }[] };
    expect(json).toMatchObject({ lang: 'es', ok: false });
    expect(json.problems.filter((p) => p.rule === rule).map((p) => p.line)).toEqual([line!.trim()]);
    expectSpanishOnly(text.stdout, json);
  });
});

describe('the real Spanish edition in npm run check', { timeout: 180_000 }, () => {
  it('names no English formula on any Spanish line, text or JSON (--lang es, and the es section of plain check --json)', async () => {
    const text = await runMain('check', ['--no-fit', '--lang', 'es']);
    expect(text.code, text.stderr + text.stdout).toBe(EXIT.ok);
    const json = await runMain('check', ['--no-fit', '--lang', 'es', '--json']);
    expectSpanishOnly(text.stdout, JSON.parse(json.stdout));
    const all = JSON.parse((await runMain('check', ['--no-fit', '--json'])).stdout) as { summary: { smog?: unknown }; translations: { lang: string }[] };
    // The English report keeps its own formulas; the Spanish one under `translations` has none of them.
    expect(all.summary.smog).toEqual(expect.any(Number));
    expect(all.translations.map((t) => t.lang)).toEqual(['es']);
    const { keys, strings } = walk(all.translations);
    expect(keys.filter((k) => ENGLISH_FIELDS.has(k))).toEqual([]);
    expect(strings.filter((s) => ENGLISH_FORMULA.test(s))).toEqual([]);
  });
});

describe('plain npm run check (every language) when only the Spanish has an error', { timeout: 180_000 }, () => {
  let copy: ProjectCopy;
  beforeAll(() => {
    copy = copyProject('check-es-only');
    // A hype word in the Spanish notes only: the English slide is as it was (so nothing is stale).
    copy.edit('slides/es/summary.ts', "text: 'En resumen, este es otra vez el mensaje principal.", "text: 'En resumen, este es otra vez el mensaje principal, un avance histórico.");
  });
  afterAll(() => copy?.dispose());

  it('exits 1, says which language failed and where; the English alone still passes', async () => {
    const run = await copy.main('check', ['--no-fit']);
    expect(run.code, run.stderr + run.stdout).toBe(EXIT.failed);
    // In the Spanish section, at the Spanish slide's notes.
    const spanish = run.stdout.slice(run.stdout.indexOf('== Español (es): slides/es/ =='));
    // The words as written ("histórico"), not as matched (accents folded: "historico").
    expect(spanish).toMatch(/^ {2}summary: hype-words: notes\.say\[0\] uses "avance histórico"/m);
    expect(run.stdout.slice(0, run.stdout.indexOf('== Español (es)'))).not.toContain('hype-words');
    expect(run.stdout).toMatch(/^Languages: en passed \(0 errors, \d+ warnings\); es FAILED \(1 errors, \d+ warnings\)\./m);
    const json = await copy.main('check', ['--no-fit', '--json']);
    expect(json.code).toBe(EXIT.failed);
    const report = JSON.parse(json.stdout) as { ok: boolean; allOk: boolean; translations: { lang: string; ok: boolean; problems: { rule: string; severity: string }[] }[] };
    expect(report).toMatchObject({ ok: true, allOk: false });
    expect(report.translations.map((t) => [t.lang, t.ok, t.problems.filter((p) => p.severity === 'error').map((p) => p.rule)])).toEqual([['es', false, ['hype-words']]]);
    expect((await copy.main('check', ['--no-fit', '--lang', 'en'])).code).toBe(EXIT.ok);
  });
});
