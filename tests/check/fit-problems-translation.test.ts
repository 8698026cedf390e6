// The fit check's words for a translated slide (src/measure/fit-problems.ts): the message names
// the translation's own file (slides/es/<id>.ts), and the fix is shorter words, never another
// slide (a translation keeps the English slide's blocks). The measuring itself is the English's
// (src/present/fit-measure.ts); tests/browser/spanish-web.test.ts measures the built Spanish slides.

import { describe, expect, it } from 'vitest';
import { slideFitProblems } from '../../src/measure/fit-problems.ts';
import type { SlideFit } from '../../src/present/fit-measure.ts';
import { languageLinks } from '../../src/model/ui/index.ts';

const over: SlideFit = {
  id: 'large-trials',
  hiddenSteps: 0,
  overflow: ['body runs 80 px below the slide'],
  smallText: [],
  figureText: [],
  bodyOver: 80,
  headerHeight: 120,
  frameHeight: 720,
  spills: [{ part: 'block', index: 0, what: 'figure "De 10 estudios"', over: 80, edge: 'height' }],
};
const size = { width: 1280, height: 720 };

describe('a translated slide that does not fit', () => {
  it('is named by its own file, with a fix that keeps its blocks', () => {
    const [problem] = slideFitProblems(over, undefined, size, 'slides/es/large-trials.ts');
    expect(problem).toMatchObject({ slide: 'large-trials', rule: 'slide-fit', severity: 'error' });
    expect(problem!.message).toContain('(slides/es/large-trials.ts)');
    expect(problem!.message).toContain('body[0]');
    expect(problem!.fix).toContain('Shorten the translation in slides/es/large-trials.ts');
    expect(problem!.fix).not.toContain('split it into two slides');
  });

  it('an English slide keeps the English advice and names no translation', () => {
    const [problem] = slideFitProblems(over, undefined, size);
    expect(problem!.message).not.toContain('slides/es/');
    expect(problem!.fix).toContain('split it into two slides');
  });

  it('a fitting slide has no problem in either language', () => {
    const fits: SlideFit = { ...over, overflow: [], bodyOver: 0, spills: [] };
    expect(slideFitProblems(fits, undefined, size, 'slides/es/large-trials.ts')).toEqual([]);
  });
});

describe('the links between the languages', () => {
  it('lead from the English to the same page in dist/es/ and back, each in its own language', () => {
    expect(languageLinks('en', ['es'], 'short.html')).toEqual([{ href: 'es/short.html', tag: 'es-US', name: 'Español', label: 'Esta charla en español' }]);
    expect(languageLinks('es', ['en'], 'read.html')).toEqual([{ href: '../read.html', tag: 'en', name: 'English', label: 'This talk in English' }]);
  });

  it('never link a page to its own language, and link nothing where nothing is built beside it', () => {
    expect(languageLinks('en', ['en'], 'index.html')).toEqual([]);
    expect(languageLinks('en', [], 'index.html')).toEqual([]);
  });
});
