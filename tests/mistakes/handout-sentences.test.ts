// Issue 23, bad case: "when the handout picks sentences about the women, the mouse rule asks for
// 'in mice' in them: following the fix would make the handout false." The handout's "What the
// 2017 study found" section prints mouse findings and the about-20-women tissue sentences side by
// side, under the section's mouse-study and tissue badges. Each sentence must be judged by what
// it is about (the facts it cites on its own slide), never by its neighbours or the section's
// badges: a women's sentence is not told to say "in mice", and a mouse sentence still must.

import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/check/run.ts';
import { problemLine } from '../../src/check/rule.ts';
import { loadDeck } from '../../src/load/load-deck.ts';
import { compileDeck } from '../../src/model/compile.ts';
import { compileHandout } from '../../src/model/handout-compile.ts';
import realHandout from '../../slides/handout.ts';
import realDeck from '../../slides/index.ts';

describe('handout sentences about the women and the mouse rule', { timeout: 120_000 }, () => {
  it('the study-found section mixes mouse pieces and the women’s tissue pieces (the case is real)', () => {
    const handout = compileHandout(realHandout, compileDeck({ deck: realDeck, local: {}, review: null }), realDeck);
    const section = handout.sections.find((s) => s.id === 'study-found');
    expect(section?.kind).toBe('blocks');
    const pieces = section!.kind === 'blocks' ? section!.pieces : [];
    const ofKind = (kind: string) => pieces.filter((p) => p.slide.evidence.includes(kind as never)).map((p) => p.ref);
    expect(ofKind('mouse-study').length).toBeGreaterThan(0);
    expect(pieces.map((p) => p.ref)).toContain('the-human-part#what-was-done');
  });

  it('the handout’s sentences about the women are not asked to say "in mice"; no population or cause rule fires on the handout', async () => {
    const report = runChecks(await loadDeck());
    const handoutClaims = report.problems.filter((p) => p.slide.startsWith('handout/') && ['claim-population', 'claim-causal', 'claim-wording'].includes(p.rule));
    expect(handoutClaims.map(problemLine)).toEqual([]);
  });
});
