// Issue 23, weak case: a circular import between slide modules was blamed on slides/index.ts
// ("slides/index.ts › (module): failed to load: Cannot read properties of undefined"), though
// index.ts only started the import. Now the message names both modules of the cycle, the line
// that ran too early, and what to do (exit 3, as for any deck that does not load). Made for real:
// two slide modules of a copy of the project that import each other and read each other's slide.

import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

describe('a circular import between slide modules', { timeout: 120_000 }, () => {
  it('names both modules, the line that ran too early and the fix, not slides/index.ts', async () => {
    copy = copyProject('import-cycle');
    copy.edit('slides/title.ts', /^/, "import summary from './summary.ts';\nconst again = summary.title;\n");
    copy.edit('slides/summary.ts', /^/, "import title from './title.ts';\nconst same = title.title;\n");
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(
      "  - slides/title.ts:2 › import: slides/title.ts and slides/summary.ts import each other (slides/summary.ts → slides/title.ts → slides/summary.ts), so slides/title.ts ran before slides/summary.ts was ready: Cannot read properties of undefined (reading 'title'). Take the import of slides/summary.ts out of slides/title.ts (or the other way round): a slide module may import define.ts, glossary.ts, sources.ts and facts/, never another slide or slides/index.ts. Put what both need in a module of its own",
    );
    expect(ran.stderr).not.toContain('slides/index.ts › (module)');
  });

  it('a slide that imports slides/index.ts is named with index.ts, and told to drop that import', async () => {
    copy = copyProject('import-cycle');
    copy.edit('slides/summary.ts', /^/, "import deck from './index.ts';\nconst count = deck.slides.length;\n");
    const ran = await copy.main('build');
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(
      "slides/summary.ts:2 › import: slides/summary.ts and slides/index.ts import each other (slides/index.ts → slides/summary.ts → slides/index.ts), so slides/summary.ts ran before slides/index.ts was ready: Cannot read properties of undefined (reading 'slides'). Take the import of slides/index.ts out of slides/summary.ts: a slide module",
    );
    expect(existsSync(copy.path('dist')), 'nothing built').toBe(false);
  });
});
