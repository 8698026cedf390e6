// The fact registry's model: every fact the deck may state, with who it is about, what kind of
// evidence it is, its sources, its numbers and how they may be shown, what kind of outcome it is,
// whether causal wording is allowed, how it was checked, and the wrong phrasings it is often
// turned into. The deck's own registry is slides/facts/ (data); this module is its shape and the
// few pure helpers every back end shares (how a number is shown, which ids may be cited).
//
// Slides cite facts by id (a wrong id does not compile) and render their numbers from them, so
// "38 in 100" cannot differ between the chart, its table, the alt text, the notes, the reading
// view and the handout. `npm run check` then checks sentences against the facts they cite
// (src/check/claims/), instead of guessing from phrase lists what a sentence is about.

import type { EvidenceKind } from './evidence.ts';

/** Who a fact is about. The checks that keep mouse results off people read this. */
export const POPULATION_KINDS = [
  /** Mice (including human tumors grown in mice). */
  'mice',
  /** Tumor tissue from patients, looked at under a microscope (the 20 women; earlier tissue studies). */
  'tissue',
  /** People in clinical trials (randomized, or early drug trials). */
  'trial',
  /** Health records of many people (a registry study). */
  'registry',
  /** Nobody in particular: a definition, a date, an opinion, a status. */
  'none',
] as const;
export type PopulationKind = (typeof POPULATION_KINDS)[number];

export interface Population {
  readonly kind: PopulationKind;
  /** In plain words: "tumor tissue from about 20 women who had chemo before surgery". */
  readonly who: string;
}

/** What kind of thing a fact states. */
export const OUTCOME_KINDS = [
  /** A sign measured in tissue (doorway counts): not spread, not survival. */
  'marker',
  /** What happened to people or animals: spread, cancer coming back, death, survival, keeping the breast, tumor growth. */
  'clinical',
  /** Where something stands: approval, availability, guidance, cost. */
  'status',
  /** How a study was done: who, how many, what was given, what was measured. */
  'design',
  /** What a word or a thing is. */
  'definition',
  /** What someone said or thinks. */
  'opinion',
  /** Something that happened: a publication, a news story, a patent filing. */
  'event',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** How a fact was checked against its source (the fact sheet's tags, in the project's words). */
export const VERIFICATION = [
  /** Read in the source itself, or on its journal page. */
  'verified',
  /** Read in a secondary source only: a news copy, a copy of the abstract, a press release, a summary. */
  'secondary',
  /** Worked out from verified facts (the limits of a design), not read as a sentence anywhere. */
  'reasoned',
  /** From memory, not matched to a page: it cannot be cited by a slide. */
  'unverified',
] as const;
export type Verification = (typeof VERIFICATION)[number];

/** Where the fact was read. */
export const READ_IN = [
  'journal-page',
  'abstract-copy',
  'figure-legend',
  'paper-summary',
  'news-copy',
  'press-release',
  'registry-record',
  'guideline-listing',
  'patent-listing',
  'review',
  'letter-title',
  'memory',
] as const;
export type ReadIn = (typeof READ_IN)[number];

/** How a number is measured. */
export const NUMBER_UNITS = [
  /** A share shown as a natural frequency: 38.2 → "38 in 100". */
  'per-100',
  /** A share shown as a percentage (never in patient prose; kept for completeness). */
  'percent',
  /** How many of something (`noun`): "4,756 women", "10 trials". */
  'count',
  /** A calendar year: 2017. */
  'year',
  /** A length of time. */
  'years',
  'months',
  'days',
  'hours',
  /** A ratio: "two to three times higher" (never in patient prose without a baseline). */
  'times',
  /** A calendar month, 1–12 (July is 7): "in July 2017". */
  'month',
] as const;
export type NumberUnit = (typeof NUMBER_UNITS)[number];

export interface FactNumber {
  readonly value: number;
  readonly unit: NumberUnit;
  /** What is counted, as shown after the number: "women", "trials", "drugs". */
  readonly noun?: string;
  /** Said with "about": the value is approximate in the source, or rounded for showing (`shown`). */
  readonly approx?: boolean;
  /** The value as shown when it is rounded for people: 24,843 is shown as "about 25,000". */
  readonly shown?: number;
  /** per-100 and percent: what the 100 are, e.g. "women in the 10 trials" (every share has its denominator). */
  readonly of?: string;
  /** A small count shown as a word ("three drugs"), as plain-language style writes one to ten. */
  readonly words?: boolean;
  /**
   * The words that say what this number measures ("followed", "follow-up" for a follow-up time;
   * "kinds of mice"). A number said next to them, anywhere in the deck, must be this one: "followed
   * for 15 years" is wrong when the follow-up was 9, whatever facts the sentence cites.
   */
  readonly measure?: RegExp;
  /**
   * In a comparison (`compares`), the group this number is of: `first` or `second` of its arms
   * ("65 in 100 with chemo first"). A sentence that puts it with the other group has swapped them.
   */
  readonly arm?: 'first' | 'second';
}

/**
 * The groups a comparison is between: chemo before vs after surgery (`first` is before); chemo vs
 * no chemo (`first` is chemo); starting chemo late vs early (`first` is late).
 */
export const ARMS = ['before-after', 'chemo-none', 'late-early'] as const;
export type Arms = (typeof ARMS)[number];

export interface Comparison {
  readonly measure: RegExp;
  readonly arms: Arms;
  /** Which group had more of the measure: the first, the second, or neither (about the same). */
  readonly higher: 'first' | 'second' | 'neither';
}

/** A wrong phrasing a fact is often turned into (the fact sheet's "Do NOT say", or press wording). */
export interface WrongPhrasing {
  /** The wrong phrasing, as people say it. */
  readonly says: string;
  /** Finds it in a sentence bound to the fact (case-insensitive; quotations are masked first). */
  readonly pattern: RegExp;
  /** Why it is wrong, for the message. */
  readonly why: string;
  /**
   * Wrong whatever the sentence cites ("all cancers", "grow back stronger", "a blood test for
   * doorways"): checked in every sentence of the deck, not only in those citing this fact.
   */
  readonly everywhere?: boolean;
}

export interface Fact<S extends string = string> {
  /** The fact in plain words: the approved statement a slide may paraphrase. */
  readonly statement: string;
  readonly population: Population;
  /** The kind of evidence (the slide's badge must show it). */
  readonly evidence: EvidenceKind;
  /** Where it comes from (ids in slides/sources.ts; the slide citing it must list them). */
  readonly sources: readonly [S, ...S[]];
  /** Its numbers: a sentence that cites the fact may use these and no others. */
  readonly numbers?: { readonly [key: string]: FactNumber };
  readonly outcome: OutcomeKind;
  /** May a sentence citing it use causal wording ("led to", "caused", "made")? */
  readonly causal: boolean;
  /**
   * For a comparison (chemo before vs after surgery): `same` when the groups came out about the
   * same, so a sentence citing it may not claim a difference ("more", "safer", "worse"); `differs`
   * when they did not.
   */
  readonly result?: 'same' | 'differs';
  /**
   * What the comparison measured and which group came out higher: `{ measure: /came back|nearby/,
   * arms: 'before-after', higher: 'first' }` says cancer came back nearby more often with chemo
   * first. A sentence anywhere that names the measure, one of the groups and a direction ("more
   * often with chemo after surgery") must agree with it; `higher: 'neither'` forbids a difference.
   */
  readonly compares?: Comparison;
  /** Advice the fact reports someone giving ("patients should not avoid chemo"): a sentence citing it may repeat that advice. */
  readonly reports?: readonly AllowedAdvice[];
  readonly status: Verification;
  readonly read: readonly ReadIn[];
  /** ISO date (YYYY-MM-DD) this fact was last checked against its source. */
  readonly checked: string;
  readonly mustNotSay?: readonly WrongPhrasing[];
  /** Kept in the registry though no slide cites it: why (e.g. "unverified: kept so nobody adds it as a fact"). */
  readonly reserve?: string;
  /** Anything a reviewer should know (a conflict between sources, what was left out). */
  readonly note?: string;
}

/**
 * What advice can be about. A sentence that gives advice about treatment (stop, delay, skip,
 * choose, wait, avoid, ask for a drug or a test) must cite an approved recommendation that allows
 * that action with that polarity (src/check/claims/advice.ts knows the words for each).
 */
export const ADVICE_ACTIONS = [
  /** keep to, continue, stay with the plan or treatment */
  'keep',
  /** stop, quit, give up treatment */
  'stop',
  /** delay, postpone, put off, wait, hold off */
  'delay',
  /** skip, miss a dose or a treatment */
  'skip',
  /** avoid, refuse, turn down, steer clear of treatment */
  'avoid',
  /** choose, pick, opt for, switch to, have, get a treatment or an order */
  'choose',
  /** ask, talk to, tell, call, bring questions to the care team */
  'ask-team',
  /** ask for, request, demand a drug, a test or a biopsy */
  'ask-for',
  /** join, take part in, look for a clinical trial */
  'join-trial',
  /** check the date or source of health news */
  'check-news',
] as const;
export type AdviceAction = (typeof ADVICE_ACTIONS)[number];

export interface AllowedAdvice {
  readonly action: AdviceAction;
  /** `do`: "keep to your plan"; `dont`: "do not stop". */
  readonly polarity: 'do' | 'dont';
}

/** An approved recommendation: the only advice the deck may give. */
export interface Advice<F extends string = string> {
  readonly statement: string;
  /** The facts it rests on (they must be in the registry and citable). */
  readonly basis: readonly F[];
  readonly allows: readonly AllowedAdvice[];
  readonly checked: string;
}

/** An entry of the fact sheet's "Do NOT say" list, as data: what it forbids and what guards it. */
export interface DoNotSay<F extends string = string> {
  /** The forbidden statement, in the project's words. */
  readonly says: string;
  readonly why: string;
  /** The facts whose wrong phrasings or numbers guard it (their `mustNotSay` and numbers). */
  readonly facts: readonly F[];
  /** The checks (src/check/claims) that catch it, by rule id. */
  readonly rules: readonly string[];
  /** At least three differently worded sentences that say it; the test adds each to a real slide. */
  readonly examples: readonly [string, string, string, ...string[]];
}

/** The registry: facts and recommendations by id. */
export type FactRegistry<K extends string = string, S extends string = string> = { readonly [Id in K]: Fact<S> };
export type AdviceRegistry<K extends string = string, F extends string = string> = { readonly [Id in K]: Advice<F> };

/** Fact ids a slide may cite: everything but unverified facts (a cited unverified fact does not compile). */
export type CitableFactId<R extends FactRegistry> = { [K in keyof R]: R[K]['status'] extends 'unverified' ? never : K }[keyof R] & string;

/** `fact-id.number-key`, for every number of every citable fact: what `{ num }` in a slide's text names. */
export type NumberRef<R extends FactRegistry> = {
  [K in CitableFactId<R>]: R[K]['numbers'] extends infer N ? (N extends Record<string, FactNumber> ? `${K}.${keyof N & string}` : never) : never;
}[CitableFactId<R>];

/** A chart row typed against the registry: the fact it shows and which of its numbers, in series order. */
export type FactRow<R extends FactRegistry> = {
  [K in CitableFactId<R>]: R[K]['numbers'] extends infer N
    ? N extends Record<string, FactNumber>
      ? { readonly label: string; readonly fact: K; readonly values: readonly (keyof N & string)[] }
      : never
    : never;
}[CitableFactId<R>];

/** Splits "fact-id.key" (ids never contain a dot). */
export function parseNumberRef(ref: string): { fact: string; key: string } | undefined {
  const dot = ref.indexOf('.');
  if (dot <= 0 || dot === ref.length - 1) return undefined;
  return { fact: ref.slice(0, dot), key: ref.slice(dot + 1) };
}

// ---------------------------------------------------------------------------------------------
// A fact's patterns in another language. The structural checks carry over to a translation as
// they are (who a fact is about, its numbers, whether it allows causal wording); what stays
// lexical is each fact's own patterns: what a comparison measures, what a number measures, and
// its known wrong phrasings. A translation gives every one of them again in its language, in the
// same place, typed from the English registry: a new English pattern without its translation
// does not compile.

type MeasuredKeys<N> = { [K in keyof N]: N[K] extends { readonly measure: RegExp } ? K : never }[keyof N];

/** The patterns one fact has, each to be given again in the other language. */
export type PatternsOf<F> = (F extends { readonly compares: object } ? { readonly compares: RegExp } : unknown) &
  (F extends { readonly mustNotSay: infer M extends readonly unknown[] } ? { readonly mustNotSay: { readonly [I in keyof M]: RegExp } } : unknown) &
  (F extends { readonly numbers: infer N } ? ([MeasuredKeys<N>] extends [never] ? unknown : { readonly numbers: { readonly [K in MeasuredKeys<N> & string]: RegExp } }) : unknown);

/** Every fact that has patterns, with them in another language. */
export type FactPatterns<R> = { readonly [K in keyof R as unknown extends PatternsOf<R[K]> ? never : K]: PatternsOf<R[K]> };

/** Loosely: what localizeFacts() reads (the typed form is FactPatterns). */
interface AnyPatterns {
  readonly compares?: RegExp;
  readonly mustNotSay?: readonly RegExp[];
  readonly numbers?: Readonly<Record<string, RegExp>>;
}

/**
 * The registry with each fact's patterns in another language (statements, reasons and everything
 * else as they are). Throws if a pattern is missing or out of place (for input that did not go
 * through the types).
 */
export function localizeFacts<K extends string, S extends string>(registry: FactRegistry<K, S>, patterns: object): FactRegistry<K, S> {
  const given = patterns as Readonly<Record<string, AnyPatterns>>;
  const out: Record<string, Fact<S>> = {};
  for (const [id, fact] of Object.entries(registry) as [string, Fact<S>][]) {
    const p = given[id];
    const missing = (what: string): never => {
      throw new Error(`The translated fact patterns have no ${what} for the fact "${id}": give it in the language, in slides/<lang>/facts.ts.`);
    };
    const numbers = fact.numbers
      ? Object.fromEntries(Object.entries(fact.numbers).map(([key, n]) => [key, n.measure ? { ...n, measure: p?.numbers?.[key] ?? missing(`numbers.${key}`) } : n]))
      : undefined;
    out[id] = {
      ...fact,
      ...(numbers ? { numbers } : {}),
      ...(fact.compares ? { compares: { ...fact.compares, measure: p?.compares ?? missing('compares') } } : {}),
      ...(fact.mustNotSay ? { mustNotSay: fact.mustNotSay.map((w, i) => ({ ...w, pattern: p?.mustNotSay?.[i] ?? missing(`mustNotSay[${i}]`) })) } : {}),
    };
  }
  return out as FactRegistry<K, S>;
}
