// The fact sheet's "Do NOT say" list is data in the project (slides/facts/do-not-say.ts): each
// entry in our words, the facts and the rules that guard it, and at least three differently
// worded examples. Each example is added to a real slide three ways (a new text citing nothing,
// a new text citing the entry's facts, and appended to a text that already cites facts) and must
// be caught, each time by one of the entry's rules. The other way round: every citable fact's own
// statement, and the fact sheet's safe statements, pass every honesty rule when they cite their
// facts. A rule that flags the registry's own words would flag the truth.

import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { readEdition } from '../../src/check/reading.ts';
import { RULES } from '../../src/check/rules/index.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { doNotSay, facts, safeStatements } from '../../slides/facts/index.ts';
import { addSentence, type Placement } from '../support/add-sentence.ts';

const HONESTY = RULES.filter((r) => r.id.startsWith('claim-') || r.id === 'hype-words');
const RULE_IDS = new Set(RULES.map((r) => r.id));

let deck: AnyDeck;
beforeAll(async () => {
  deck = (await loadDeck()).deck;
});

/** The first slide whose text cites the fact (where an editor would write about it). */
function slideCiting(id: string): string {
  const slide = deck.slides.find((s) => JSON.stringify(s).includes(`"${id}"`) && s.kind !== 'title');
  if (!slide) throw new Error(`no slide cites "${id}"`);
  return slide.id;
}

/** Where to add a sentence about an entry: the slide of the first of its facts a slide cites (a fact kept in reserve is on none). */
const slideFor = (ids: readonly string[]): string => {
  for (const id of ids) {
    try {
      return slideCiting(id);
    } catch {
      // kept in reserve: try the next
    }
  }
  return 'before-we-start';
};

/** Honesty rules' findings on `slide` once the sentence is in (on a three-slide deck: the rules read one slide at a time). */
function found(slide: string, text: string, mode: Placement, cites: readonly string[]): string[] {
  const { deck: edited } = addSentence(deck, { slide, where: 'notes', mode, text, facts: cites });
  const small = { ...edited, slides: [edited.slides[0], edited.slides[1], edited.slides.find((s) => s.id === slide)!], editions: {} } as unknown as AnyDeck;
  const reading = readEdition(small);
  return HONESTY.flatMap((rule) => rule.check(reading).filter((f) => f.slide === slide).map((f) => `${rule.id}: ${f.message}`));
}

describe('the "Do NOT say" list, as data', () => {
  it('has the fact sheet’s 13 entries, each with facts and rules that exist and three examples', () => {
    expect(doNotSay).toHaveLength(13);
    for (const entry of doNotSay) {
      for (const f of entry.facts) expect(facts, `${entry.says}: ${f}`).toHaveProperty(f);
      for (const r of entry.rules) expect(RULE_IDS.has(r), `${entry.says}: rule ${r}`).toBe(true);
      expect(new Set(entry.examples).size).toBeGreaterThanOrEqual(3);
    }
  });

  for (const entry of doNotSay) {
    describe(entry.says, () => {
      for (const example of entry.examples) {
        it(`catches "${example}" wherever it is added`, () => {
          const slide = slideFor(entry.facts);
          for (const mode of ['unbound', 'bound', 'inherit'] as const) {
            const problems = found(slide, example, mode, entry.facts);
            expect(problems, `${mode} on ${slide}`).not.toEqual([]);
            // A new text that cites nothing is claim-bound's ("bind it to a fact"); otherwise the entry's own rules must say why.
            const rules: readonly string[] = mode === 'unbound' ? [...entry.rules, 'claim-bound'] : entry.rules;
            expect(
              problems.some((p) => rules.includes(p.slice(0, p.indexOf(':')))),
              `${mode} on ${slide}: caught, but not by ${entry.rules.join(' or ')}:\n${problems.join('\n')}`,
            ).toBe(true);
          }
        });
      }
    });
  }
});

describe('true sentences pass', () => {
  const citable = Object.entries(facts).filter(([, f]) => f.status !== 'unverified');

  it('every citable fact’s own statement, citing that fact', { timeout: 120_000 }, () => {
    const flagged = citable.flatMap(([id, f]) => {
      const problems = found(slideFor([id]), f.statement, 'bound', [id]);
      return problems.length > 0 ? [`${id}: ${problems.join(' | ')}`] : [];
    });
    expect(flagged).toEqual([]);
  });

  it('the fact sheet’s 15 safe statements map to facts that exist and are cited', () => {
    expect(safeStatements.map((s) => s.n)).toEqual([...Array(15).keys()].map((i) => i + 1));
    for (const s of safeStatements) for (const id of s.facts) expect(() => slideCiting(id), `${s.n}: ${id}`).not.toThrow();
  });
});
