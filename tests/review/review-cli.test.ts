// `npm run review` round trip, as a clinic uses it: record a review of the content as it is, the
// deck then says "Reviewed by …"; change a slide, and it no longer does, and `npm run check` warns
// and names the slide. The record is written to a scratch file (--file), never to slides/.

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { runChecks } from '../../src/check/run.ts';
import { problemLine } from '../../src/check/rule.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { compileDeck } from '../../src/model/compile.ts';
import { addMonths, longDate } from '../../src/model/dates.ts';
import { loadDeckInput } from '../../src/load/deck-input.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { runMain } from '../support/cli.ts';

const scratch = mkdtempSync(join(resolve(PROJECT_ROOT, 'out'), 'test-review-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const file = join(scratch, 'review.ts');

// In-process (tests/support/cli.ts runMain): what the command says, writes and returns is the
// same as the process's; no test here is about signals or the process itself.
async function review(...args: string[]): Promise<{ code: number; stderr: string }> {
  const run = await runMain('review', args);
  return { code: run.code ?? -1, stderr: run.stderr };
}

/**
 * The real deck with the recorded review instead of slides/review.ts. The module is read from a
 * fresh copy each time (an imported module is cached by its path).
 */
let copies = 0;
async function withRecord() {
  const copy = join(scratch, `review-${++copies}.ts`);
  copyFileSync(file, copy);
  // Without the clock (today), so a review a year old is not shown as past due: tests/mistakes/past-due-dates.test.ts is about that.
  const { today: _today, ...input } = await loadDeckInput({ root: PROJECT_ROOT, importer: async (p) => (await import(p)) as Record<string, unknown>, reviewModule: copy });
  return input;
}

/** The review is recorded on the day the facts were last checked: no earlier date can cover this content. */
const date = (await loadDeck()).deck.meta.date;

describe('npm run review', { timeout: 60_000 }, () => {
  it('records a review of the content as it is: the about slide then says who reviewed it and when', async () => {
    const run = await review('--name', 'Dr. Ana "Annie" Rivera', '--role', 'Breast oncologist, MD', '--date', date, '--file', file);
    expect(run.code, run.stderr).toBe(EXIT.ok);
    expect(run.stderr).toContain(`[review] recorded: reviewed by Dr. Ana "Annie" Rivera, Breast oncologist, MD, on ${longDate(date)}; next review due ${longDate(addMonths(date, 12))}.`);
    const input = await withRecord();
    expect(input.review).toMatchObject({ name: 'Dr. Ana "Annie" Rivera', date, scope: 'against the full paper and the fact sheet' });
    const compiled = compileDeck(input);
    expect(compiled.review.state).toBe('current');
    const about = compiled.slides.find((s) => s.kind === 'about')!.body.flatMap((b) => (b.type === 'deck-info' ? b.rows : []));
    expect(about).toContainEqual({ label: 'Clinical review', value: `Reviewed by Dr. Ana "Annie" Rivera, Breast oncologist, MD, on ${longDate(date)} (against the full paper and the fact sheet).` });
    expect(about).toContainEqual({ label: 'Next review due', value: longDate(addMonths(date, 12)) });
    expect(runChecks(input).problems.filter((p) => p.rule === 'review-current')).toEqual([]);
  });

  it('after a slide changes: not shown as reviewed any more, and the check warns, naming the slide', async () => {
    const input = await withRecord();
    const deck = { ...input.deck, slides: input.deck.slides.map((s) => (s.id === 'large-trials' ? { ...s, notes: { ...s.notes, answer: `${s.notes.answer} Ask your care team.` } } : s)) } as unknown as typeof input.deck;
    const compiled = compileDeck({ ...input, deck });
    expect(compiled.review).toMatchObject({ state: 'changed', changedSlides: ['large-trials'] });
    const warnings = runChecks({ ...input, deck }).problems.filter((p) => p.rule === 'review-current').map(problemLine);
    expect(warnings).toEqual([
      `deck: review-current: the content has changed since the clinical review by Dr. Ana "Annie" Rivera on ${date}: slide large-trials; the deck now says it has not been reviewed again. Have a clinician review the changes, then record it with \`npm run review -- --name "…" --role "…"\`.`,
    ]);
  });

  it('--clear removes the record', async () => {
    expect((await review('--clear', '--file', file)).code).toBe(EXIT.ok);
    expect(readFileSync(file, 'utf8')).toContain('export default defineReview(null);');
    expect((await withRecord()).review).toBeNull();
  });

  it('asks for the name and role, and a real date (exit 2), and writes nothing then', async () => {
    const before = readFileSync(file, 'utf8');
    const noRole = await review('--name', 'Dr. Ana Rivera', '--file', file);
    expect(noRole.code).toBe(EXIT.usage);
    expect(noRole.stderr).toContain("Give the reviewer's --name and --role.");
    const badDate = await review('--name', 'A', '--role', 'B', '--date', '2026-02-30', '--file', file);
    expect(badDate.code).toBe(EXIT.usage);
    expect(badDate.stderr).toContain('--date must be a real date written YYYY-MM-DD, not "2026-02-30".');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a date after today or before the deck’s own (exit 2), and writes nothing then', async () => {
    const before = readFileSync(file, 'utf8');
    const future = await review('--name', 'A', '--role', 'B', '--date', '2099-12-31', '--file', file);
    expect(future.code, future.stderr).toBe(EXIT.usage);
    expect(future.stderr).toMatch(/--date 2099-12-31 is after today \(\d{4}-\d\d-\d\d\): a review is recorded once it has happened\. Give the day the clinician reviewed the deck, or leave --date out for today\./);
    const early = await review('--name', 'A', '--role', 'B', '--date', '2020-01-01', '--file', file);
    expect(early.code, early.stderr).toBe(EXIT.usage);
    expect(early.stderr).toContain(`--date 2020-01-01 is before the facts were last checked (${date}, meta.date in slides/index.ts)`);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('refuses a reviewer name with a line break or of 3,000 characters (exit 2, naming --name)', async () => {
    const before = readFileSync(file, 'utf8');
    const broken = await review('--name', 'Dr. A.\nRivera', '--role', 'B', '--file', file);
    expect(broken.code, broken.stderr).toBe(EXIT.usage);
    expect(broken.stderr).toContain('--name has a line break or a control character; it is shown on one line.');
    const long = await review('--name', 'x'.repeat(3000), '--role', 'B', '--file', file);
    expect(long.code, long.stderr).toBe(EXIT.usage);
    expect(long.stderr).toContain('--name is 3000 characters long; at most 120 fit on the line that shows it.');
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('a hand-edited record with a 3,000-character name is reported in slides/review.ts, not on the about slide', async () => {
    const copy = join(scratch, 'long-name.ts');
    writeFileSync(copy, `export default { name: '${'x'.repeat(3000)}', role: 'B', date: '${date}', scope: 'C', contentHash: '${'0'.repeat(64)}', hashes: {} };\n`);
    const error = await loadDeckInput({ root: PROJECT_ROOT, importer: async (p) => (await import(p)) as Record<string, unknown>, reviewModule: copy }).then(() => null, (e: unknown) => e);
    expect(String(error)).toContain('slides/review.ts › name: "xxxx');
    expect(String(error)).toContain('is 3000 characters long; at most 120 fit on the line that shows it. Write the name as plain text');
  });

  it('the shipped slides/review.ts records no review', async () => {
    expect((await loadDeck()).review).toBeNull();
  });
});
