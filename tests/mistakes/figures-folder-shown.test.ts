// Issue 23, weak case: `--figures /abs` was shown as an odd relative path
// (`npm run check -- --figures /tmp/figs` said "../../../tmp/figs › (folder): does not exist",
// and a figure missing from that folder was "not a file in slides/figures/"). A folder outside
// the project is now named by its absolute path, one inside it from the project, in both messages.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main as check } from '../../src/cli/commands/check.ts';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { run } from './support.ts';

const DECK = 'tests/fixtures/check/clean-deck.ts';
const outside = mkdtempSync(join(tmpdir(), 'figures-shown-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

describe('--figures /abs is shown as an odd relative path', { timeout: 60_000 }, () => {
  it('a folder outside the project that does not exist is named by its absolute path (exit 3)', async () => {
    const ran = await run(check, ['--deck', DECK, '--figures', join(outside, 'none'), '--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(`${join(outside, 'none')} › (folder): does not exist.`);
    expect(ran.stderr).not.toContain('../');
  });

  it('a figure missing from a folder outside the project names that folder, not slides/figures/', async () => {
    const ran = await run(check, ['--deck', DECK, '--figures', outside, '--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(`"doorway.svg" is not a file in ${outside}/. Add the file to ${outside}/ or fix the name`);
  });

  it('a folder inside the project is still shown from the project', async () => {
    const ran = await run(check, ['--deck', DECK, '--figures', 'no/such/dir', '--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain('no/such/dir › (folder): does not exist.');
  });
});
