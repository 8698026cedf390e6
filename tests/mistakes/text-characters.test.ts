// Issue 23, weak case: invisible and right-to-left control characters in a slide title were
// accepted without a word, and an emoji printed as an empty box in the PDF. Now `npm run check`
// fails (exit 1) with a located error: the slide, its file, the field, the character and the fix.
// Made for real: the characters pasted into slides/title.ts of a copy of the project.

import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

const TITLE = "title: 'Chemo before breast cancer surgery: what a 2017 study found'";

describe('invisible characters and emoji in slide text', { timeout: 120_000 }, () => {
  it('a right-to-left override and an emoji pasted into the title fail npm run check, each named and located', async () => {
    copy = copyProject('text-characters');
    copy.edit('slides/title.ts', TITLE, "title: 'Chemo before breast cancer \u202Esurgery: what a 2017 study found \u{1F397}\uFE0F'");
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stderr + ran.stdout).toBe(EXIT.failed);
    const out = ran.stdout + ran.stderr;
    expect(out).toContain(
      'title: text-characters: title has an invisible character, U+202E (right-to-left override), after "Chemo before breast cancer ": it can reverse or hide words in the PDF and make screen readers stumble. Delete it in slides/title.ts: most editors do not show it, so retype the words around it (it usually comes with text pasted from a PDF, a web page or a chat).',
    );
    expect(out).toContain(
      'title: text-characters: title has an emoji, "\u{1F397}\uFE0F" (U+1F397), after "what a 2017 study found ": the deck\'s fonts have none, so the PDF prints an empty box and screen readers read out its name. Say it in words in slides/title.ts, or take it out.',
    );
  });

  it('a zero-width space in the speaker notes is named at its field', async () => {
    copy = copyProject('text-characters');
    copy.edit('slides/title.ts', 'Welcome, and thank you', 'Welcome,\u200B and thank you');
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code).toBe(EXIT.failed);
    expect(ran.stdout + ran.stderr).toMatch(/title: text-characters: notes\.say\[0\] has an invisible character, U\+200B \(zero-width space\), after "Welcome,"/);
  });
});
