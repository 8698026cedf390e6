// The honesty gate, measured against sentences it was not written with (tests/fixtures/probe/):
// 133 wrong and 68 true sentences written from the fact sheet alone by someone who had not read
// the checker or the slides. Each wrong sentence is added to a real slide three ways (a new text
// citing nothing; a new text citing every fact of its topic, as a careless editor would; appended
// to a text that already cites facts) and must be caught in each. Each true sentence, citing the
// facts that carry it, must pass every honesty rule. The plain-language rules (sentence length,
// acronyms, terms) are reported apart: a style note on a true sentence is not a false alarm.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { readEdition } from '../../src/check/reading.ts';
import type { Rule } from '../../src/check/rule.ts';
import { RULES } from '../../src/check/rules/index.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { TOPICS, TRUE_FACTS } from '../fixtures/probe/bindings.ts';
import { TRUE_FACTS as TRUE_FACTS_2 } from '../fixtures/probe2/bindings.ts';
import { TOPICS as TOPICS_3, TRUE_FACTS as TRUE_FACTS_3 } from '../fixtures/probe3/bindings.ts';
import { addSentence, type Placement } from '../support/add-sentence.ts';

interface Probe {
  readonly id: string;
  readonly kind: 'wrong' | 'true';
  readonly text: string;
  readonly topic: string;
  readonly place: 'slide' | 'notes';
  readonly category: string;
}

const read = (dir: string): readonly Probe[] => JSON.parse(readFileSync(new URL(`../fixtures/${dir}/sentences.json`, import.meta.url), 'utf8'));
/** The first set (used to improve the checker) and the second (held out, written later by someone else). */
const SETS = [
  { name: 'first set', probes: read('probe'), topics: TOPICS, trueFacts: TRUE_FACTS },
  { name: 'held-out set', probes: read('probe2'), topics: TOPICS, trueFacts: TRUE_FACTS_2 },
  // The third set, written last by a third person and run once before any change for it (the
  // closing note gives that run). Three true sentences rest on facts the registry does not hold
  // (bindings: MISSING): the deck leaves those claims out, so the checker is right to ask for a fact.
  { name: 'third set', probes: read('probe3'), topics: TOPICS_3, trueFacts: TRUE_FACTS_3 },
] as const;
const HONESTY = RULES.filter((r) => r.id.startsWith('claim-') || r.id === 'hype-words');
const PLAIN = RULES.filter((r) => !HONESTY.includes(r) && r.scope !== 'deck' && ['sentence-length', 'acronym-expanded', 'term-defined', 'passive-voice'].includes(r.id));

let deck: AnyDeck;
beforeAll(async () => {
  deck = (await loadDeck()).deck;
});

/** The problems the rules find on the probe's slide once the sentence is in. */
function problems(probe: Probe, mode: Placement, rules: readonly Rule[], topics: typeof TOPICS, facts?: readonly string[]): string[] {
  const topic = topics[probe.topic]!;
  const { deck: edited } = addSentence(deck, { slide: topic.slide, where: probe.place === 'slide' ? 'body' : 'notes', mode, text: probe.text, facts: facts ?? topic.facts });
  // The honesty rules read one slide at a time: the title, the caveats and the edited slide are
  // enough (and eight times faster). The plain-language rules need the whole deck's order.
  const reading = readEdition(rules === HONESTY ? { ...edited, slides: [edited.slides[0], edited.slides[1], edited.slides.find((s) => s.id === topic.slide)!] as unknown as AnyDeck['slides'], editions: {} } : edited);
  return rules.flatMap((rule) => rule.check(reading).filter((f) => f.slide === topic.slide).map((f) => `${rule.id}: ${f.message}`));
}

const MODES: readonly Placement[] = ['unbound', 'bound', 'inherit'];

/**
 * A true number in a form the registry does not allow ("38.2%" where the fact shows "38 in 100"):
 * the checker asks for the deck's form, which is a note on style, not a false alarm about the
 * truth. Counted and printed with the plain-language notes.
 */
const FORMAT = /: the fact shows it as "/;

/**
 * True sentences the gate still flags, each with why: printed in the closing note, and the test
 * fails when the list changes either way (a new false alarm, or one fixed and still listed).
 */
const KNOWN_FALSE_ALARMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'third set': {
    t54: 'quotes the patent application\'s aim ("chemo-induced spread") from a fact that allows no causal wording; the gate cannot tell a quoted title from a claim',
  },
};

for (const { name, probes: PROBES, topics, trueFacts } of SETS) {
describe(`the honesty gate against an independent set of sentences (${name})`, () => {
  const wrong = PROBES.filter((p) => p.kind === 'wrong');
  // A true sentence whose facts the registry lacks (bound to nothing) is left out of the deck, not judged here.
  const right = PROBES.filter((p) => p.kind === 'true' && (trueFacts[p.id]?.length ?? 1) > 0);

  it('has the set: at least 40 wrong and 20 true sentences, each true one bound to its facts', () => {
    expect(wrong.length).toBeGreaterThanOrEqual(40);
    expect(right.length).toBeGreaterThanOrEqual(20);
    for (const p of right) expect(trueFacts[p.id], p.id).toBeDefined();
    for (const p of PROBES) expect(topics[p.topic], p.topic).toBeDefined();
  });

  for (const mode of MODES) {
    it(`catches at least 90 % of the wrong sentences added ${mode}`, { timeout: 60_000 }, () => {
      const missed = wrong.filter((p) => problems(p, mode, HONESTY, topics).length === 0);
      const rate = (wrong.length - missed.length) / wrong.length;
      console.log(`[probe] ${name} ${mode}: caught ${wrong.length - missed.length} of ${wrong.length} (${(rate * 100).toFixed(1)} %)`);
      for (const p of missed) console.log(`[probe]   missed ${p.id} (${p.category}): ${p.text}`);
      expect(rate).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('flags no true sentence under the honesty rules (citing its facts)', { timeout: 60_000 }, () => {
    // claim-coverage is about the slide's badge (a mouse fact added to a slide badged for trials
    // asks for the badge to change), not about the sentence: it does not judge a true sentence.
    // The honesty rules' findings on each true sentence, computed once and read twice (the false
    // alarms here, the number-format notes below): the check is a pure function of the edited deck.
    const honesty = new Map(right.map((p) => [p.id, problems(p, 'bound', HONESTY, topics, trueFacts[p.id])]));
    const flagged = right
      .map((p) => ({ p, found: honesty.get(p.id)!.filter((f) => !f.startsWith('claim-coverage:') && !FORMAT.test(f)) }))
      .filter((x) => x.found.length > 0);
    for (const { p, found } of flagged) console.log(`[probe]   flagged ${p.id}: ${p.text}\n           ${found.join('\n           ')}`);
    const style = right
      .map((p) => ({ p, found: [...problems(p, 'bound', PLAIN, topics, trueFacts[p.id]), ...honesty.get(p.id)!.filter((f) => FORMAT.test(f))] }))
      .filter((x) => x.found.length > 0);
    console.log(`[probe] ${name} true sentences: ${flagged.length} of ${right.length} flagged by honesty rules; ${style.length} with a plain-language note`);
    for (const { p, found } of style) console.log(`[probe]   style ${p.id}: ${found.join(' | ')}`);
    expect(flagged.map((x) => x.p.id)).toEqual(Object.keys(KNOWN_FALSE_ALARMS[name] ?? {}));
  });
});
}
