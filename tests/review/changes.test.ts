// `npm run review -- --changes` on a fixture: a review recorded for the clean fixture deck, then
// the deck with one sentence edited (a notes paragraph of the summary) and one fact's statement
// edited. The command must print exactly that sentence as a diff and that fact's old and new
// statement, name nothing else, and exit 0; with nothing changed it says so; bad options exit 2.
// Run in-process (main(argv, io)); every record and deck is a fresh file in a scratch folder.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/commands/review.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { PROJECT_ROOT } from '../../src/load/load-deck.ts';
import { FACTS } from '../fixtures/check/clean-deck.ts';

const scratch = mkdtempSync(join(resolve(PROJECT_ROOT, 'out'), 'test-review-changes-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const FIXTURE = resolve(PROJECT_ROOT, 'tests/fixtures/check/clean-deck.ts');
const EDITED_SENTENCE = { slide: 'summary', field: 'notes.say[0]', before: 'Here is the main message again.', after: 'Here is the main message once more.' };
const EDITED_FACT = { id: 'trials-spread', after: 'After 15 years, cancer had spread in about 38 in 100 women either way.' };

async function run(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { cwd: PROJECT_ROOT, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}

let files = 0;
const fresh = (name: string) => join(scratch, `${++files}-${name}`);

/** A deck module: the clean fixture deck, with the edits given (as code over `deck`). */
function deckModule(edit: string): string {
  const file = fresh('deck.ts');
  writeFileSync(
    file,
    `import { cleanDeck, assets as fixtureAssets } from ${JSON.stringify(FIXTURE)};\n` +
      'const deck: any = cleanDeck();\nexport const assets = fixtureAssets;\n' +
      `export default ${edit};\n`,
  );
  return file;
}

const UNCHANGED = 'deck';
const EDITED =
  `{ ...deck, slides: deck.slides.map((s: any) => s.id === ${JSON.stringify(EDITED_SENTENCE.slide)} ? { ...s, notes: { ...s.notes, say: [${JSON.stringify(EDITED_SENTENCE.after)}, ...s.notes.say.slice(1)] } } : s),` +
  ` facts: { ...deck.facts, ${JSON.stringify(EDITED_FACT.id)}: { ...deck.facts[${JSON.stringify(EDITED_FACT.id)}], statement: ${JSON.stringify(EDITED_FACT.after)} } } }`;

/** A review recorded for the unedited fixture deck, in a fresh file. */
async function recorded(): Promise<string> {
  const record = fresh('review.ts');
  const r = await run('--name', 'Dr. Ana Rivera', '--role', 'Breast oncologist, MD', '--date', '2026-03-01', '--deck', deckModule(UNCHANGED), '--file', record);
  expect(r.code, r.stderr).toBe(EXIT.ok);
  return record;
}

describe('npm run review -- --changes', { timeout: 60_000 }, () => {
  it('says there are no changes when the deck is as reviewed', async () => {
    const r = await run('--changes', '--deck', deckModule(UNCHANGED), '--file', await recorded());
    expect(r).toMatchObject({ code: EXIT.ok, stderr: '' });
    expect(r.stdout).toBe('No changes since the review of March 1, 2026 by Dr. Ana Rivera.\n');
  });

  it('prints the one edited sentence as a diff and the one edited fact with its old and new statement, nothing else', async () => {
    const r = await run('--changes', '--deck', deckModule(EDITED), '--file', await recorded());
    expect(r.code, r.stderr).toBe(EXIT.ok);
    expect(r.stdout).toBe(
      [
        'Changes since the review of March 1, 2026 by Dr. Ana Rivera:',
        '',
        'slide summary ("To sum up"): 1 sentence changed',
        `  - ${EDITED_SENTENCE.field}: ${EDITED_SENTENCE.before}`,
        `  + ${EDITED_SENTENCE.field}: ${EDITED_SENTENCE.after}`,
        '',
        'Facts:',
        `  fact ${EDITED_FACT.id}: its statement changed`,
        `  - ${FACTS[EDITED_FACT.id]!.statement}`,
        `  + ${EDITED_FACT.after}`,
        '',
        'Read these against the sources, then record the review again: npm run review -- --name "…" --role "…"',
        '',
      ].join('\n'),
    );
  });

  it('says so when no review is recorded, and exits 0', async () => {
    const empty = fresh('review.ts');
    expect((await run('--clear', '--file', empty)).code).toBe(EXIT.ok);
    const r = await run('--changes', '--deck', deckModule(UNCHANGED), '--file', empty);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/^No review is recorded in .*review\.ts, so there is nothing to compare with/);
  });

  it.each([
    [['--changes', '--name', 'Dr. X'], '--changes only reads the record; it cannot be given with --name.'],
    [['--changes', '--clear'], '--changes only reads the record; it cannot be given with --clear.'],
    [['--changes', '--since', 'yesterday'], "Unknown option '--since'"],
    [['--changes', 'summary'], "Unexpected argument 'summary'"],
  ])('refuses %j with exit 2 and a clear message, printing nothing on stdout', async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: npm run review');
    expect(r.stdout).toBe('');
  });
});
