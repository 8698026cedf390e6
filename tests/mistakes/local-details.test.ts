// Issue 23, slides/local.ts (the clinic's own file, edited by a nurse educator): a 500-character
// clinic name was reported as the title slide's "byline"; a 1999 talk date was accepted;
// misspelt keys got no suggestion; curly quotes got no "use straight quotes" hint; uncommenting
// the example, as the file said, broke it. Each is now a located message naming slides/local.ts,
// the field and what to do (exit 3 from every command, since all load the deck the same way).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { afterEach, describe, expect, it } from 'vitest';
import { loadDeckInput } from '../../src/load/deck-input.ts';
import { DeckValidationError, formatProblem } from '../../src/model/errors.ts';
import { ROOT } from './support.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The real deck with slides/local.ts replaced by `text` (written in a scratch folder under out/). */
async function withLocal(text: string): Promise<string[]> {
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, 'out/local-'));
  made.push(dir);
  const file = join(dir, 'local.ts');
  writeFileSync(file, text.replace("'./define.ts'", JSON.stringify(join(ROOT, 'slides/define.ts'))));
  const error = await loadDeckInput({ root: ROOT, importer, localModule: file }).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DeckValidationError);
  return (error as DeckValidationError).problems.map((p) => formatProblem(p).replaceAll(dir.slice(ROOT.length + 1), 'DIR'));
}

/** As the commands import modules: through tsx (vitest's own runner words syntax errors differently). */
const importer = async (p: string) => (await tsImport(pathToFileURL(p).href, import.meta.url)) as Record<string, unknown>;

const local = (body: string) => `import { defineLocal } from './define.ts';\nexport default defineLocal(${body});\n`;

describe('mistakes in slides/local.ts', { timeout: 60_000 }, () => {
  it('a 500-character clinic name is reported at organization in slides/local.ts, shortened', async () => {
    const lines = await withLocal(local(`{ organization: '${'Riverside '.repeat(50)}' }`));
    expect(lines).toEqual([expect.stringMatching(/^slides\/local\.ts › organization: "Riverside Riverside .{30,}…" is 500 characters long; at most 120 fit on the line that shows it\. Write the clinic or group name as plain text on one line \(at most 120 characters\), or leave it out$/)]);
  });

  it('a talk date before the deck was made (1999) is refused', async () => {
    expect(await withLocal(local(`{ talkDate: '1999-12-03' }`))).toEqual([
      expect.stringMatching(/^slides\/local\.ts › talkDate: "1999-12-03" is before this version of the deck was made \(\d{4}-\d\d-\d\d\)\. Write the date the talk will be given, as YYYY-MM-DD/),
    ]);
  });

  it('a misspelt key gets the nearest field as a suggestion, at its own path', async () => {
    expect(await withLocal(local(`{ organisation: 'Riverside', presenter: { name: 'Dana Lee', rloe: 'RN' } }`))).toEqual([
      'slides/local.ts › presenter.rloe: is not a field here. Did you mean "role"? Rename "rloe" to "role" (the fields here are "name", "role")',
      'slides/local.ts › organisation: is not a field here. Did you mean "organization"? Rename "organisation" to "organization" (the fields here are "organization", "presenter", "contact", "talkDate", "readingViewUrl", "translations")',
    ]);
  });

  it('curly quotes around a text: "use straight quotes", at the line and column', async () => {
    expect(await withLocal(local(`{\n  organization: ‘Riverside Cancer Center’,\n}`))).toEqual([
      'DIR/local.ts:3:17 › syntax: Unexpected "‘". Open DIR/local.ts at line 3 and put straight quotes (\' or ") around the text: curly quotes ‘ ’ “ ” may be used inside text, but cannot start or end it',
    ]);
  });

  it('the example uncommented as the file says, but the last line kept: says which line to delete', async () => {
    const shipped = readFileSync(join(ROOT, 'slides/local.ts'), 'utf8');
    const uncommented = shipped.replace(/^\/\/ ?(?=export default|  |\}\);)/gm, '');
    expect(uncommented).toContain("  organization: 'Riverside Cancer Center',");
    const lines = await withLocal(uncommented);
    expect(lines).toEqual([expect.stringMatching(/^DIR\/local\.ts:\d+:\d+ › syntax: Multiple exports with the same name "default"\. DIR\/local\.ts has two `export default` lines \(one at line \d+\): keep the one with your details and delete the other, `export default defineLocal\(\{\}\);`$/)]);
    // Done as the file says (the last line deleted too), it loads.
    const done = uncommented.replace('export default defineLocal({});\n', '');
    const dir = mkdtempSync(join(ROOT, 'out/local-'));
    made.push(dir);
    writeFileSync(join(dir, 'local.ts'), done.replace("'./define.ts'", JSON.stringify(join(ROOT, 'slides/define.ts'))));
    const input = await loadDeckInput({ root: ROOT, importer, localModule: join(dir, 'local.ts') });
    expect(input.local.organization).toBe('Riverside Cancer Center');
  });
});
