// What the fit check says when the words drawn in a figure run out (src/measure/fit-problems.ts;
// src/present/fit-measure.ts finds them, tests/browser/text-spacing.test.ts on the real deck):
// the words themselves, by how much, and a fix in the figure's SVG, not "split the slide".

import { describe, expect, it } from 'vitest';
import { slideFitProblems, TEXT_SPACING_RULE, textSpacingProblems } from '../../src/measure/fit-problems.ts';
import type { SlideFit } from '../../src/present/fit-measure.ts';

const label = 'figure text "(2017 study)" runs 40 px past the box it is drawn in';
const fit: SlideFit = {
  id: 'kinds-of-evidence',
  hiddenSteps: 0,
  overflow: [label],
  smallText: [],
  figureText: [label],
  bodyOver: 0,
  headerHeight: 120,
  frameHeight: 720,
  spills: [],
};
const size = { width: 1280, height: 720 };

describe('words drawn in a figure that run out', () => {
  it('with the reader’s text spacing: a slide-text-spacing error naming the words, with a fix in the figure', () => {
    const [problem] = textSpacingProblems(fit, undefined, size, 0.75);
    expect(problem).toMatchObject({ slide: 'kinds-of-evidence', rule: TEXT_SPACING_RULE, severity: 'error' });
    expect(problem!.message).toContain(label);
    expect(problem!.message).toContain('scaled to 75 %');
    expect(problem!.fix).toMatch(/SVG/);
    expect(problem!.fix).not.toMatch(/split the slide/);
  });

  it('as it is: a slide-fit error naming the words, with a fix in the figure (a translation’s names its file)', () => {
    const [english] = slideFitProblems(fit, undefined, size);
    expect(english).toMatchObject({ rule: 'slide-fit', severity: 'error' });
    expect(english!.message).toContain(label);
    expect(english!.fix).toMatch(/figure/);
    const [spanish] = slideFitProblems(fit, undefined, size, 'slides/es/kinds-of-evidence.ts');
    expect(spanish!.fix).toContain('slides/es/figures/');
  });

  it('a part of the slide that runs out is named first, then the words drawn in the figure', () => {
    const both: SlideFit = { ...fit, spills: [{ part: 'block', index: 1, what: 'figure "Higher steps"', over: 12, edge: 'height' }] };
    const [problem] = textSpacingProblems(both, undefined, size, 0.8);
    expect(problem!.message).toMatch(/body\[1\] \(figure "Higher steps"\) runs 12 px out of the space under the title; figure text "\(2017 study\)"/);
  });
});
