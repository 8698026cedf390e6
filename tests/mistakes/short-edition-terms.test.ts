// Issue 23, weak case: a term used on a slide of the short edition, whose only definition is on a
// slide the short edition drops, got "never defined in the short edition. Mark its first use
// define: true": following that put a second definition in the full deck, which its check then
// refused ("marked define: true again"). Now one message names the slide with the definition and
// gives a fix that holds in both editions. Made for real in a copy of the deck: "neoadjuvant chemo"
// (defined on why-chemo-first, which the short edition leaves out) written on what-has-changed.

import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

describe('a term defined only on a slide the short edition drops', { timeout: 120_000 }, () => {
  it('gives one message, naming the slide with the definition and a fix for both editions', async () => {
    copy = copyProject('short-terms');
    copy.edit('slides/what-has-changed.ts', 'still supports chemo before surgery for some patients', 'still supports neoadjuvant chemo for some patients');
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stdout + ran.stderr).toBe(EXIT.failed);
    const lines = (ran.stdout + ran.stderr).split('\n').filter((l) => l.includes('term-defined'));
    expect(lines).toEqual([
      "  what-has-changed [short edition]: term-defined: \"neoadjuvant chemo\" is used in body[0].items[1], but its definition (define: true) is on why-chemo-first, which the short edition leaves out. Add 'why-chemo-first' to the short edition in slides/index.ts, or move define: true from why-chemo-first to a use on a slide both editions show, at or before the first use in each (one definition serves every edition).",
    ]);
  });
});
