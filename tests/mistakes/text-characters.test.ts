// Issue 23, weak case: invisible and right-to-left control characters in a slide title were
// accepted without a word, and an emoji printed as an empty box in the PDF. Now `npm run check`
// fails (exit 1) with a located error: the slide, its file, the field, the character and the fix.
// Made for real: the characters pasted into slides/title.ts of a copy of the project.
// A presenter who never runs the check still cannot print the box: build, build:single, pdf and
// pptx refuse such a deck (exit 3) with the same located line, before anything is written.

import { existsSync } from 'node:fs';
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

  const EMOJI_LINE =
    'slide title (slides/title.ts) › title: title has an emoji, "\u{1F397}\uFE0F" (U+1F397), after "what a 2017 study found ": the deck\'s fonts have none, so the PDF prints an empty box and screen readers read out its name. Say it in words in slides/title.ts, or take it out.';

  it('npm run build refuses an emoji in the title (exit 3, the located line) and writes no dist/', async () => {
    copy = copyProject('text-characters');
    copy.edit('slides/title.ts', TITLE, "title: 'Chemo before breast cancer surgery: what a 2017 study found \u{1F397}\uFE0F'");
    const ran = await copy.main('build');
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(EMOJI_LINE);
    expect(existsSync(copy.path('dist'))).toBe(false);
  });

  it('npm run pdf and npm run pptx refuse it too, and write no file', async () => {
    copy = copyProject('text-characters');
    copy.edit('slides/title.ts', TITLE, "title: 'Chemo before breast cancer surgery: what a 2017 study found \u{1F397}\uFE0F'");
    const pdf = await copy.main('pdf', ['--out', 'out/deck.pdf']);
    expect(pdf.code, pdf.stderr).toBe(EXIT.invalidDeck);
    expect(pdf.stderr).toContain(EMOJI_LINE);
    const pptx = await copy.main('pptx', ['--out', 'out/deck.pptx']);
    expect(pptx.code, pptx.stderr).toBe(EXIT.invalidDeck);
    expect(pptx.stderr).toContain(EMOJI_LINE);
    expect(existsSync(copy.path('out/deck.pdf'))).toBe(false);
    expect(existsSync(copy.path('out/deck.pptx'))).toBe(false);
    expect(existsSync(copy.path('dist'))).toBe(false);
  });

  it('build:single refuses a right-to-left override in a Spanish title, naming slides/es/title.ts', async () => {
    copy = copyProject('text-characters');
    copy.edit('slides/es/title.ts', 'de mama (seno): lo que', 'de mama (seno): \u202Elo que');
    const ran = await copy.main('build-single');
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toContain(
      'slide title (slides/es/title.ts) › title: title has an invisible character, U+202E (right-to-left override), after "de cáncer de mama (seno): ": it can reverse or hide words in the PDF and make screen readers stumble. Delete it in slides/es/title.ts:',
    );
    expect(existsSync(copy.path('dist'))).toBe(false);
  });

  it('an emoji drawn in a figure is refused by the build, naming the SVG to fix', async () => {
    copy = copyProject('text-characters');
    copy.edit('slides/figures/evidence-steps.svg', '>Mice<', '>Mice \u{1F42D}<');
    const ran = await copy.main('build');
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toMatch(/slide kinds-of-evidence \(slides\/kinds-of-evidence\.ts\) › body\[\d+\]\.drawn\[\d+\] \(slides\/figures\/evidence-steps\.svg\): .* has an emoji, "\u{1F42D}" \(U\+1F42D\), after "Mice ".* Say it in words in slides\/figures\/evidence-steps\.svg, or take it out\./u);
    expect(existsSync(copy.path('dist'))).toBe(false);
  });
});
