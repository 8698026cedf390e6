// Issue 23, weak case: "a slide id can clash with generated ids in read.html". A slide whose id
// is "term-tmem" made a second element with the id of the "TMEM" entry in words to know (read.html
// and the deck), so read.html#term-tmem and every term link landed on the slide. Now a slide id
// with the shape of a generated id (term-…, source-…, …-heading, a figure's or chart's parts) is
// refused by check and build, located at the slide, its file and its `id`, with what to do (exit 3).

import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { generatedIdShape, PAGE_ID } from '../../src/model/page-ids.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

const LINE = /^ {2}- slide term-tmem \(slides\/term-tmem\.ts\) › id: "term-tmem" has the shape "term-…" \(a word in "words to know"\) of an id the pages make for themselves .*\. Give the slide another id, .*$/m;

describe('a slide id can clash with generated ids in read.html', { timeout: 120_000 }, () => {
  it('every id shape the pages generate is one a slide id is refused for', () => {
    for (const id of [PAGE_ID.heading('summary'), PAGE_ID.term('tmem'), PAGE_ID.source('karagiannis-2017'), PAGE_ID.figureCaption('mice-spread', 2), `${PAGE_ID.chart('large-trials', 1)}-hatch`, PAGE_ID.contentsHeading]) {
      expect(generatedIdShape(id), id).toBeDefined();
    }
    for (const id of ['summary', 'the-human-part', 'sources', 'what-the-trials-mean']) expect(generatedIdShape(id), id).toBeUndefined();
  });

  for (const command of ['check', 'build'] as const) {
    it(`${command} refuses a slide with the id of a term's entry, naming the file and the field`, async () => {
      copy = copyProject(`id-clash-${command}`);
      // As an editor would: the slide's file named after its id (slides/<id>.ts).
      copy.write('slides/term-tmem.ts', copy.read('slides/kinds-of-evidence.ts').replace("id: 'kinds-of-evidence'", "id: 'term-tmem'"));
      copy.edit('slides/index.ts', "from './kinds-of-evidence.ts'", "from './term-tmem.ts'");
      const ran = await copy.main(command, command === 'check' ? ['--no-fit'] : []);
      expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
      expect(ran.stderr).toMatch(LINE);
    });
  }
});
