// The deck's fact registry: every fact the deck may state, by id. Slides cite facts by these ids
// (`facts: [...]` on a block, a list item or a notes paragraph) and show their numbers with
// `{ num: 'fact-id.key' }`, so a typo does not compile and a number is written in one place.
// An unverified fact is kept here so nobody states it, and cannot be cited (it is not a
// CitableFactId). `npm run check` checks every sentence against the facts it cites.
//
// Each file holds one topic, in our own words from the study fact sheet:
//   study.ts     the 2017 study, its ties, and the 2025 news story
//   trials.ts    randomized trials of chemo before or after surgery, and why chemo comes first
//   doorways.ts  what a doorway is; doorway studies before and after 2017
//   mice.ts      what the study did and found in mice
//   women.ts     the tissue from about 20 women
//   care.ts      waiting, guidelines, rebastinib, costs, and what experts said
//   advice.ts    the only advice the deck may give
//   do-not-say.ts  the fact sheet's "Do NOT say" list, with examples the tests add to the deck

import type { AdviceRegistry, CitableFactId, FactRegistry, NumberRef } from '../../src/model/facts.ts';
import type { SourceId } from '../sources.ts';
import { advice, type AdviceId } from './advice.ts';
import { careFacts } from './care.ts';
import { doorwayFacts } from './doorways.ts';
import { mouseFacts } from './mice.ts';
import { studyFacts } from './study.ts';
import { trialFacts } from './trials.ts';
import { womenFacts } from './women.ts';

export { doNotSay } from './do-not-say.ts';
export type { AdviceId } from './advice.ts';

/**
 * One object of every group; a fact id used in two groups is a mistake the spread would hide, so
 * it fails here at load, naming both.
 */
function combine<const G extends readonly Record<string, unknown>[]>(...groups: G): G[number] extends infer U ? (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never : never {
  const all: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [id, fact] of Object.entries(group)) {
      if (id in all) throw new Error(`slides/facts: the fact id "${id}" is used twice. Give one of them another id.`);
      all[id] = fact;
    }
  }
  return all as never;
}

export const facts = combine(studyFacts, trialFacts, doorwayFacts, mouseFacts, womenFacts, careFacts);

export type FactId = keyof typeof facts & string;
/** Fact ids a slide may cite (an unverified fact is not one of them). */
export type CitedFactId = CitableFactId<typeof facts>;
/** `fact-id.key` for every number of every citable fact. */
export type NumRef = NumberRef<typeof facts>;
/** What a block, list item or notes paragraph may cite: a fact, or an approved recommendation. */
export type ClaimId = CitedFactId | AdviceId;

/** The registries as the engine sees them. */
export const factRegistry: FactRegistry<FactId, SourceId> = facts;
export const adviceRegistry: AdviceRegistry<AdviceId, CitedFactId> = advice;

/**
 * Names that contain a number and stand for a fact: "the 2017 study" names the study (and its
 * year); "B-18" is a trial's name, not a count. A sentence using one cites that fact.
 */
export const namedFacts = {
  '2017 study': 'study-published',
  '2017 paper': 'study-published',
  '2017 mouse study': 'study-published',
  '2025 headline': 'news-2025',
  '2025 story': 'news-2025',
  '2025 news story': 'news-2025',
  '2021 guideline': 'guideline-asco',
  '2023 study': 'later-study',
  '2024 trial': 'rebastinib-trial',
} as const satisfies Record<string, CitedFactId>;

/**
 * The fact sheet's "safe plain-language statements", each with the facts that carry it here
 * (the traceability a reviewer asks for; the test checks every id exists and is cited).
 */
export const safeStatements = [
  { n: 1, facts: ['study-published'] },
  { n: 2, facts: ['study-question', 'tmem-doorway'] },
  { n: 3, facts: ['tmem-doorway'] },
  { n: 4, facts: ['earlier-doorways'] },
  { n: 5, facts: ['mice-slower-growth', 'mice-more-doorways'] },
  { n: 6, facts: ['mice-blood-and-lungs'] },
  { n: 7, facts: ['mice-blocked'] },
  { n: 8, facts: ['women-count', 'women-more-doorways'] },
  { n: 9, facts: ['women-markers-only'] },
  { n: 10, facts: ['trials-design'] },
  { n: 11, facts: ['trials-spread', 'trials-deaths'] },
  { n: 12, facts: ['trials-local', 'trials-breast'] },
  { n: 13, facts: ['rebastinib-status'] },
  { n: 14, facts: ['guideline-none-changed'] },
  { n: 15, facts: ['lead-author-advice'] },
] as const satisfies readonly { n: number; facts: readonly CitedFactId[] }[];
