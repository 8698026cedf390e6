// The Spanish honesty gate, measured against sentences it was not written with
// (tests/fixtures/probe-es/, made by another helper from the fact sheet, without the checker):
//  - sentences.json: 145 wrong and 74 true Spanish sentences. Each wrong one is added to the
//    Spanish slide of its topic three ways (citing nothing; citing every fact of the topic, as a
//    careless editor would; appended to a text that already cites facts) and must be caught. Each
//    true one, added citing its topic's facts, should pass every honesty rule. (The set gives no
//    per-sentence fact bindings, unlike the English sets, so a true sentence cites the whole
//    topic's facts: the same binding as the careless editor's.)
//  - translation-mistakes.json: 38 English sentences with a wrong Spanish translation. Each pair is
//    added to the same place of the English and the Spanish deck (a new notes paragraph of the
//    summary, citing the facts of every probe topic), and the Spanish deck is checked against the
//    English by the honesty rules and the translation rules (translation-current left out: the
//    edit itself makes the slide "needs update").
// FIRST RUN (before any change for this set), 2026-12-02, counting only what the added sentence
// brings (the Spanish slide's own findings without it subtracted): wrong caught 142 (unbound),
// 106 (bound), 114 (inherit) of 145; true flagged 11 of 74; translation mistakes caught 20 of 38.
// (Counting the slides' own findings too, as a first draft of this test did, gave 143/140/140,
// 56 of 74 true flagged: the Spanish slides then had findings of their own.)
// After general Spanish rules (hype words in Spanish; "los dos casos" is not a count): wrong
// caught 142/108/116 of 145, true flagged 11 of 74, translation mistakes 20 of 38.
// es-check5 (2026-12-02), the three true sentences flagged for a wording cause, at the cause in
// the Spanish words (src/check/claims/words-es.ts, slides/es/facts.ts), not in the set: "Según la
// noticia de 2025, …" is reported speech like "la noticia dijo" (et07); "de forma más
// inteligente" is a manner, not a difference between groups (et62); "la prueba de puertas TMEM es
// una prueba" is about the test, not a doorway called a test (et56). Wrong caught 142/107/116 of
// 145 (unchanged), true flagged 7 of 74, translation mistakes 20 of 38. The seven left: a number
// or name the topic's facts do not give (miles, 20, TIE2; "casi 1 500" is 751 + 742, a sum the
// numbers rule does not add), "triple negativo" that a fact forbids even when negated
// ("no predijo"), and two sentences on recommendation-only topics with a factual word.
// 2026-12-02, evening: "unbound" catches are nearly all claim-bound ("cites no fact"); the content
// gate is "bound". Three dangerous sentences it missed, now caught by claim-advice at the cause in
// the Spanish advice words: "debe evitarse" (the passive se), "recomendó dejar la quimio" (reported
// advice with an infinitive) and "hay que dejar la quimio" ("dejar" + the treatment). Wrong caught
// 142/110/118 of 145, true flagged 7 of 74 (unchanged), translation mistakes 20 of 38.
// 2026-12-02, night: four more bound misses fixed at the cause, each with its test below: the
// infinitive "hacer que … sea más agresivo" (the causal verb list had only its conjugated forms),
// "le sale el tiro por la culata" (the idiom had "salir?" and missed "sale"), "ASCO dejó de
// recomendar" (the guideline patterns had only plurals), and "lo que se vio en los ratones pasa
// igual en las personas" (a new wrong phrasing of the fact mice-not-people, in English too).
// Wrong caught 142/114/121 of 145, true flagged 7 of 74 (unchanged), translation mistakes 20 of 38.
// 2026-12-03: three more, in both languages, each with its test below: asking for chemo after
// surgery chooses the order (claim-advice; "ask for" + a treatment at a time), "chemo first has no
// downside" (trials-local: cancer came back nearby more often) and "chemo first always removes the
// tumor" (trials-response: it shrank in about 69 in 100). Wrong caught 142/117/124 of 145, true
// flagged 7 of 74 (unchanged), translation mistakes 20 of 38; the English probes unchanged.
// The test prints its figures ([probe-es] lines) and asserts them as floors (ceilings for the
// true sentences flagged), so a rule change that loses catches fails.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDeck } from '../../src/load/load-deck.ts';
import { readDeck } from '../../src/check/reading.ts';
import type { Rule } from '../../src/check/rule.ts';
import { RULES } from '../../src/check/rules/index.ts';
import { compileDeck } from '../../src/model/compile.ts';
import type { AnyDeck } from '../../src/model/types.ts';
import { TOPICS } from '../fixtures/probe3/bindings.ts';
import { addSentence, type Placement } from '../support/add-sentence.ts';

interface Probe {
  readonly id: string;
  readonly kind: 'wrong' | 'true';
  readonly text: string;
  readonly topic: string;
  readonly place: 'slide' | 'notes';
  readonly category: string;
}
interface Mistake {
  readonly id: string;
  readonly english: string;
  readonly spanish: string;
  readonly mistake: string;
}

const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(`../fixtures/probe-es/${file}`, import.meta.url), 'utf8')) as T;
const PROBES = read<readonly Probe[]>('sentences.json');
const MISTAKES = read<readonly Mistake[]>('translation-mistakes.json');

const HONESTY = RULES.filter((r) => r.id.startsWith('claim-') || r.id === 'hype-words');
const TRANSLATION = RULES.filter((r) => r.id === 'translation-numbers' || r.id === 'translation-untranslated');
/** Every fact of every probe topic: what a translated sentence of unknown place may cite. */
const ALL_TOPIC_FACTS = [...new Set(Object.values(TOPICS).flatMap((t) => t.facts))];

let english: AnyDeck;
let spanish: AnyDeck;
beforeAll(async () => {
  const loaded = await loadDeck();
  english = loaded.deck;
  const es = loaded.translations.find((t) => t.lang === 'es');
  if (!es) throw new Error('the deck has no Spanish translation (slides/es/)');
  spanish = es.input.deck;
});

/** Only the title, the caveats and the edited slide (the honesty rules read one slide at a time). */
const trimmed = (deck: AnyDeck, slide: string): AnyDeck =>
  ({ ...deck, slides: [deck.slides[0], deck.slides[1], deck.slides.find((s) => s.id === slide)!] as unknown as AnyDeck['slides'], editions: {} }) as AnyDeck;

function findings(deck: AnyDeck, slide: string, rules: readonly Rule[], source?: AnyDeck): string[] {
  const d = trimmed(deck, slide);
  const reading = readDeck(d, compileDeck({ deck: d }), source ? trimmed(source, slide) : undefined);
  return rules.flatMap((rule) => rule.check(reading).filter((f) => f.slide === slide).map((f) => `${rule.id}: ${f.message}`));
}

/** What the Spanish slide's own text already has (counted against neither the probe nor the rules). */
const baseline = new Map<string, ReadonlySet<string>>();
const before = (slide: string): ReadonlySet<string> => {
  if (!baseline.has(slide)) baseline.set(slide, new Set(findings(spanish, slide, HONESTY)));
  return baseline.get(slide)!;
};

/** What the rules find once the sentence is in, beyond what the slide had without it. */
function problems(probe: Probe, mode: Placement): string[] {
  const topic = TOPICS[probe.topic]!;
  const { deck } = addSentence(spanish, { slide: topic.slide, where: probe.place === 'slide' ? 'body' : 'notes', mode, text: probe.text, facts: topic.facts });
  const had = before(topic.slide);
  return findings(deck, topic.slide, HONESTY).filter((f) => !f.startsWith('claim-coverage:') && !had.has(f));
}

const MODES: readonly Placement[] = ['unbound', 'bound', 'inherit'];
/** Floors: the figures measured, so that a change that loses catches fails (set from the runs). */
const FLOOR: Readonly<Record<Placement, number>> = { unbound: 142, bound: 117, inherit: 124 };

describe('the Spanish honesty gate against an independent set of Spanish sentences', () => {
  const wrong = PROBES.filter((p) => p.kind === 'wrong');
  const right = PROBES.filter((p) => p.kind === 'true');

  it('has the set: 145 wrong and 74 true sentences, every topic a slide of the deck', () => {
    expect(wrong.length).toBe(145);
    expect(right.length).toBe(74);
    for (const p of PROBES) expect(TOPICS[p.topic], p.topic).toBeDefined();
  });

  for (const mode of MODES) {
    it(`catches the wrong sentences added ${mode}`, { timeout: 120_000 }, () => {
      const missed = wrong.filter((p) => problems(p, mode).length === 0);
      const rate = (wrong.length - missed.length) / wrong.length;
      console.log(`[probe-es] ${mode}: caught ${wrong.length - missed.length} of ${wrong.length} (${(rate * 100).toFixed(1)} %)`);
      for (const p of missed) console.log(`[probe-es]   missed ${p.id} (${p.category}): ${p.text}`);
      expect(wrong.length - missed.length).toBeGreaterThanOrEqual(FLOOR[mode]);
    });
  }

  it('flags few true sentences under the honesty rules (citing their topic’s facts)', { timeout: 120_000 }, () => {
    const flagged = right.map((p) => ({ p, found: problems(p, 'bound') })).filter((x) => x.found.length > 0);
    console.log(`[probe-es] true sentences: ${flagged.length} of ${right.length} flagged`);
    for (const { p, found } of flagged) console.log(`[probe-es]   flagged ${p.id}: ${p.text}\n             ${found.join('\n             ')}`);
    expect(flagged.length).toBeLessThanOrEqual(7);
  });
});

describe('the Spanish checks against translation mistakes (English sentence, wrong Spanish)', () => {
  it('has the 38 pairs', () => expect(MISTAKES.length).toBe(38));

  it('catches the translation mistakes', { timeout: 120_000 }, () => {
    const slide = 'summary';
    const caught = MISTAKES.map((m) => {
      const en = addSentence(english, { slide, where: 'notes', mode: 'bound', text: m.english, facts: ALL_TOPIC_FACTS }).deck;
      const es = addSentence(spanish, { slide, where: 'notes', mode: 'bound', text: m.spanish, facts: ALL_TOPIC_FACTS }).deck;
      // Only what the added sentence brings: the slide's own findings without it are not counted.
      const before = new Set(findings(spanish, slide, [...HONESTY, ...TRANSLATION], english));
      const found = findings(es, slide, [...HONESTY, ...TRANSLATION], en).filter((f) => !before.has(f) && !f.startsWith('claim-coverage:'));
      return { m, found };
    });
    const missed = caught.filter((c) => c.found.length === 0);
    console.log(`[probe-es] translation mistakes: caught ${caught.length - missed.length} of ${caught.length}`);
    for (const { m } of missed) console.log(`[probe-es]   missed ${m.id} (${m.mistake}): ${m.spanish}`);
    expect(caught.length - missed.length).toBeGreaterThanOrEqual(20);
  });
});

/** What the honesty rules find once `text` is added to its topic's slide citing the topic's facts. */
function added(deck: AnyDeck, topic: string, text: string): string[] {
  const t = TOPICS[topic]!;
  const had = new Set(findings(deck, t.slide, HONESTY));
  const edited = addSentence(deck, { slide: t.slide, where: 'body', mode: 'bound', text, facts: t.facts }).deck;
  return findings(edited, t.slide, HONESTY).filter((f) => !f.startsWith('claim-coverage:') && !had.has(f));
}

describe('misses of the Spanish set, fixed at the cause (each with a sentence that must still pass)', () => {
  it('"puede hacer que el cáncer sea más agresivo": the infinitive is causal like "hace que" (ew123)', () => {
    expect(added(spanish, 'news', 'Como bien dijo la noticia, la quimio puede hacer que el cáncer sea más agresivo.').join('\n')).toMatch(/^claim-causal: .*"hacer que"/m);
    expect(added(spanish, 'news', 'La noticia dijo que la quimio puede hacer que el cáncer sea más agresivo.')).toEqual([]);
  });
  it('"le sale el tiro por la culata" is "backfires", in any tense (ew47)', () => {
    expect(added(spanish, 'headline', 'A la quimio le sale el tiro por la culata, confirma un estudio.').join('\n')).toMatch(/^claim-causal: .*"sale el tiro por la culata"/m);
    expect(added(spanish, 'headline', 'El titular dijo que a la quimio le sale el tiro por la culata.')).toEqual([]);
  });
  it('"ASCO dejó de recomendar la quimio": one group, singular, as the plural was (ew112)', () => {
    expect(added(spanish, 'guidelines', 'Después de este estudio, ASCO dejó de recomendar la quimio antes de la cirugía.').join('\n')).toMatch(/^claim-wording: .*guideline-none-changed/m);
    expect(added(spanish, 'guidelines', 'ASCO no dejó de recomendar la quimio antes de la cirugía.').filter((f) => f.startsWith('claim-wording:'))).toEqual([]);
  });
  it('"what was seen in mice happens the same way in people" is a wrong phrasing of mice-not-people, in both languages (ew140)', () => {
    expect(added(spanish, 'evidence-kinds', 'Lo que se vio en los ratones pasa igual en las personas.').join('\n')).toMatch(/^claim-wording: .*mice-not-people/m);
    expect(added(english, 'evidence-kinds', 'What was seen in the mice happens the same way in people.').join('\n')).toMatch(/^claim-wording: .*mice-not-people/m);
    expect(added(spanish, 'evidence-kinds', 'Lo que pasa en los ratones puede no pasar igual en las personas.')).toEqual([]);
    expect(added(english, 'evidence-kinds', 'What happens in mice may not happen the same way in people.')).toEqual([]);
  });
  it('"ask for chemo after surgery" / "pedir que le den la quimio después" chooses the order: advice no recommendation allows (ew108)', () => {
    expect(added(spanish, 'for-you', 'Debería pedir que le den la quimio después de la cirugía y no antes.').join('\n')).toMatch(/^claim-advice: .*to choose/m);
    expect(added(english, 'for-you', 'You should ask for chemo after surgery and not before.').join('\n')).toMatch(/^claim-advice: .*to choose/m);
    expect(added(spanish, 'for-you', 'Pregunte a su equipo si la quimio antes o después de la cirugía es lo mejor para usted.')).toEqual([]);
    expect(added(english, 'for-you', 'Ask your care team for help with the side effects of chemo.')).toEqual([]);
  });
  it('"chemo first has no downside" is a wrong phrasing of trials-local (cancer came back nearby more often), in both languages (ew130)', () => {
    expect(added(spanish, 'trials', 'La quimio antes de la cirugía no tiene ninguna desventaja frente a la quimio después.').join('\n')).toMatch(/^claim-wording: .*trials-local/m);
    expect(added(english, 'trials', 'Chemo before surgery has no downside compared with chemo after.').join('\n')).toMatch(/^claim-wording: .*trials-local/m);
    expect(added(spanish, 'trials', 'La quimio primero tiene una desventaja: el cáncer volvió cerca un poco más a menudo.')).toEqual([]);
    expect(added(english, 'trials', 'It is not true that chemo first has no downside.')).toEqual([]);
  });
  it('"chemo first always removes the tumor" is a wrong phrasing of trials-response (it shrank in about 69 in 100), in both languages (ew137)', () => {
    expect(added(spanish, 'why-first', 'La quimio antes de la cirugía siempre elimina el tumor por completo.').join('\n')).toMatch(/^claim-wording: .*trials-response/m);
    expect(added(english, 'why-first', 'Chemo before surgery always removes the tumor completely.').join('\n')).toMatch(/^claim-wording: .*trials-response/m);
    expect(added(spanish, 'why-first', 'La quimio primero no siempre reduce el tumor.')).toEqual([]);
    expect(added(english, 'why-first', 'Chemo first does not always shrink the tumor.')).toEqual([]);
  });
});
