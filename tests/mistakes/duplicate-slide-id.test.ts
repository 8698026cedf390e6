// Issue 23, weak case: a slide file copied (slides/summary.ts → slides/summary-copy.ts) and added
// to the list without changing its id was reported as "slide summary (slides/summary.ts) › id: is
// used by 2 slides", naming only the original. Now the copy is named as the file to change, with
// the original beside it and the id to give; the same slide listed twice is named as that.

import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

describe('a duplicate slide id', { timeout: 120_000 }, () => {
  it('from a copied slide file: names both files, the copy as the one to change', async () => {
    copy = copyProject('duplicate-id');
    copy.write('slides/summary-copy.ts', copy.read('slides/summary.ts'));
    copy.edit('slides/index.ts', "import summary from './summary.ts';", "import summary from './summary.ts';\nimport summaryCopy from './summary-copy.ts';");
    copy.edit('slides/index.ts', /^ {2}summary,$/m, '  summary,\n  summaryCopy,');
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toMatch(
      /- slides\/summary-copy\.ts › id: is "summary", the id of the slide in slides\/summary\.ts too \(positions \d+, \d+ in slides\/index\.ts\), so links, notes and the review would mix the two up\. Give the slide in slides\/summary-copy\.ts its own id, the same as its file name: id: 'summary-copy'$/m,
    );
  });

  it('from one slide listed twice: names the list and the slide', async () => {
    copy = copyProject('duplicate-id');
    copy.edit('slides/index.ts', /^ {2}summary,$/m, '  summary,\n  summary,');
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toMatch(/- slides\/index\.ts › slides: lists slides\/summary\.ts \(the slide "summary"\) more than once, at positions \d+, \d+\. Keep it once in the slides list of slides\/index\.ts$/m);
  });
});
