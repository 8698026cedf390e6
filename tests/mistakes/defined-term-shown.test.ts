// Issue 23, bad case: a new glossary term marked `define: true` counted as defined, but its
// definition appeared nowhere in the deck or the reading view (no "words to know" slide listed
// it). Now a defined term is always listed in the reading view's "Words to know", and `npm run
// check` asks for it on the slide too, where it belongs (term-listed). And a glossary term no
// slide uses is noted.

import { describe, expect, it } from 'vitest';
import { readingViewHtml, slidesHtml } from '../../src/build/render-html.ts';
import { compileDeck } from '../../src/model/compile.ts';
import { runChecks } from '../../src/check/run.ts';
import { problemLine } from '../../src/check/rule.ts';
import { cases } from '../fixtures/check/breaks/term-listed.ts';

const unlisted = cases[0]!.deck;
const TISSUE = 'A small piece of tumor, looked at under a microscope.';

describe('a term marked define: true that no words-to-know slide lists', () => {
  it('is listed all the same, with its definition, in the reading view’s "Words to know"', () => {
    const compiled = compileDeck({ deck: unlisted });
    const glossary = compiled.slides.flatMap((s) => s.body).find((b) => b.type === 'glossary');
    expect(glossary?.type === 'glossary' && glossary.also?.map((t) => t.id)).toEqual(['tissue']);
    const assets = new Map([['doorway.svg', { kind: 'svg' as const, markup: '<svg xmlns="http://www.w3.org/2000/svg"/>' }]]);
    expect(slidesHtml(compiled, assets)).not.toContain(TISSUE); // the slide has no room to spare: the check asks for it
    const read = readingViewHtml(compiled, assets, { slidesHref: 'index.html' });
    expect(read.slice(read.indexOf('read-glossary'))).toContain(TISSUE);
  });

  it('npm run check says to list it where it belongs (a warning naming the slide and the file to edit)', () => {
    const lines = runChecks({ deck: unlisted }).problems.map(problemLine);
    expect(lines).toContainEqual(expect.stringMatching(/: term-listed: "tumor tissue" is defined here \(define: true\), but no "words to know" slide lists it \(only the reading view does, at the end of its list\)\. Add 'tissue' to the glossary block of slides\/\S+\.ts/));
  });

  it('an unused glossary term is noted, naming slides/glossary.ts', () => {
    const lines = runChecks({ deck: cases[1]!.deck }).problems.map(problemLine);
    expect(lines).toContain("deck: term-listed: the glossary term \"biopsy\" (slides/glossary.ts, 'biopsy') is used on no slide. Remove 'biopsy' from slides/glossary.ts, or use the word where it helps people follow the talk.");
  });
});
