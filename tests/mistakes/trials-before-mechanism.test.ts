// Issue 23, weak case: "nothing notices the trials slides moved behind the mechanism slides (the
// order the caveats depend on)". Moving large-trials and what-the-trials-mean after the mouse and
// tissue slides passed check. Now the order rule beside "the caveats slide comes second"
// (src/model/validate.ts, with the roles in src/model/evidence.ts) refuses it, in the deck and
// in each edition, naming the slide, where it is and where to move it (exit 3).

import { afterEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/exit/exit-codes.ts';
import { caveatOrderRole } from '../../src/model/evidence.ts';
import deck from '../../slides/index.ts';
import { copyProject, type ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy | undefined;
afterEach(() => copy?.dispose());

describe('nothing notices the trials slides moved behind the mechanism slides', { timeout: 120_000 }, () => {
  it('the real deck has trials slides and mechanism slides, the trials first', () => {
    const roles = deck.slides.map((s) => caveatOrderRole(s.kind, (s as { evidence?: never }).evidence));
    expect(roles.filter((r) => r === 'trials').length).toBeGreaterThanOrEqual(2);
    expect(roles.lastIndexOf('trials')).toBeLessThan(roles.indexOf('mechanism'));
  });

  it('check refuses the deck with the trials slides moved after the mouse and tissue slides', async () => {
    copy = copyProject('trials-moved');
    copy.edit('slides/index.ts', /^ {2}largeTrials,\n {2}whatTheTrialsMean,\n/m, '');
    copy.edit('slides/index.ts', /^ {2}theHumanPart,$/m, '  theHumanPart,\n  largeTrials,\n  whatTheTrialsMean,');
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    for (const id of ['large-trials', 'what-the-trials-mean']) {
      expect(ran.stderr).toMatch(new RegExp(`^ {2}- slide ${id} \\(slides/${id}\\.ts\\) › position: is at position \\d+, after the mechanism slide "earlier-studies" \\(position \\d+\\): the slides on what trials in women showed come before the slides on mice and tissue.*\\. Move it before "earlier-studies" in the slides list of slides/index\\.ts$`, 'm'));
    }
  });

  it('check refuses an edition that lists a trials slide after a mechanism slide', async () => {
    copy = copyProject('trials-moved-edition');
    copy.edit('slides/index.ts', /^ {4}'large-trials',\n/m, '');
    copy.edit('slides/index.ts', /^ {4}'mice-spread',$/m, "    'mice-spread',\n    'large-trials',");
    const ran = await copy.main('check', ['--no-fit']);
    expect(ran.code, ran.stderr).toBe(EXIT.invalidDeck);
    expect(ran.stderr).toMatch(/^ {2}- edition short.* › \[\d+\]: has the trials slide "large-trials" after the mechanism slide "mice-more-doorways": .*move "large-trials" before "mice-more-doorways"$/m);
  });
});
