// Issue 23, bad case: two editions named `short` passed `npm run check` and `npm run build`, and
// the first list was dropped without a word (JavaScript keeps the last of two equal keys; only
// the type check noticed). Now the loader refuses any key given twice in one object literal of a
// deck module (exit 3), naming the file, line and column, where the first one is, and what to do.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main as check } from '../../src/cli/commands/check.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { loadDeck } from '../../src/load/load-deck.ts';
import { DeckValidationError } from '../../src/model/errors.ts';
import { ROOT, run } from './support.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A deck module (the clean fixture deck) whose editions name `short` twice: written at test time, since it does not compile. */
function twoShorts(): string {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'out/dup-editions-'));
  made.push(dir);
  const file = join(dir, 'deck.ts');
  const clean = JSON.stringify(join(ROOT, 'tests/fixtures/check/clean-deck.ts'));
  writeFileSync(
    file,
    [
      `import { cleanDeck } from ${clean};`,
      'const deck = cleanDeck();',
      'const ids = deck.slides.map((s) => s.id);',
      'export default {',
      '  ...deck,',
      '  editions: {',
      '    short: ids.slice(0, 3),',
      '    short: ids,',
      '  },',
      '};',
      '',
    ].join('\n'),
  );
  return file;
}

describe('two editions with the same name', { timeout: 60_000 }, () => {
  it('are refused when the deck loads, naming the file, the line of each and what to do', async () => {
    const file = twoShorts();
    const where = relative(ROOT, file);
    const error = await loadDeck({ deck: file }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DeckValidationError);
    expect((error as DeckValidationError).problems).toContainEqual({
      where: `${where}:8:5`,
      field: 'short',
      message: '"short" is given twice in the same list (first at line 7), so the first would be dropped without a word',
      fix: `Give each its own name, or merge the two into one (open ${where} at line 8)`,
    });
  });

  it('npm run check exits 3 and says so before checking anything', async () => {
    const ran = await run(check, ['--no-fit', '--deck', twoShorts()]);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toMatch(/the deck was not checked\.[\s\S]*:8:5 › short: "short" is given twice in the same list \(first at line 7\)/);
  });
});
