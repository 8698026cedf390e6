// What a reference says it is: the form of publication when that matters more than the evidence
// (a press release is not a study), else the kind(s) of evidence.

import { describe, expect, it } from 'vitest';
import { EVIDENCE_KINDS, EVIDENCE_LABEL, referenceKind } from '../../src/model/evidence.ts';

describe('referenceKind', () => {
  it('names press releases, news reports and patent applications by their form', () => {
    expect(referenceKind('press-release', 'news-report')).toBe('Press release');
    expect(referenceKind('press-release', 'early-clinical-trial')).toBe('Press release');
    expect(referenceKind('news', 'expert-opinion')).toBe('News report');
    expect(referenceKind('patent', 'background')).toBe('Patent application');
  });

  it('names a study by its evidence, every kind when it has more than one', () => {
    expect(referenceKind('journal-article', ['mouse-study', 'human-tissue-study'])).toBe('Mouse study and human tissue study');
    expect(referenceKind('meta-analysis', 'randomized-trials')).toBe('Randomized trials in people');
    expect(referenceKind('journal-article', 'observational-study')).toBe('Study of health records');
  });

  it('has a label for every evidence kind', () => {
    for (const kind of EVIDENCE_KINDS) expect(EVIDENCE_LABEL[kind]).toMatch(/^[A-Z]/);
  });
});
