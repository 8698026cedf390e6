// Every rule `npm run check` applies, in the order problems are reported. One module per rule,
// named after its id; each rule's configuration (word lists, thresholds) lives in its module.

import type { Rule } from '../rule.ts';
import { acronymExpanded } from './acronym-expanded.ts';
import { caveatsRequired } from './caveats-required.ts';
import { chartTable } from './chart-table.ts';
import { claimAdvice } from './claim-advice.ts';
import { claimBound } from './claim-bound.ts';
import { claimCausal } from './claim-causal.ts';
import { claimCoverage } from './claim-coverage.ts';
import { claimNames } from './claim-names.ts';
import { claimNumbers } from './claim-numbers.ts';
import { claimPopulation } from './claim-population.ts';
import { claimWording } from './claim-wording.ts';
import { delayReason } from './delay-reason.ts';
import { factRegistry } from './fact-registry.ts';
import { editionLength } from './edition-length.ts';
import { evidenceBadge } from './evidence-badge.ts';
import { figureAlt } from './figure-alt.ts';
import { fernandezHuerta, fkGrade } from './fk-grade.ts';
import { hypeWords } from './hype-words.ts';
import { numbersCalculation } from './numbers-calculation.ts';
import { passiveVoice } from './passive-voice.ts';
import { requiredSlides } from './required-slides.ts';
import { reviewCurrent } from './review-current.ts';
import { reviewDue } from './review-due.ts';
import { sentenceLength } from './sentence-length.ts';
import { slideDensity } from './slide-density.ts';
import { infleszScore, smogGrade, solGrade } from './smog-grade.ts';
import { translationCurrent, translationNumbers, translationUntranslated } from './translation-parity.ts';
import { sourceLink } from './source-link.ts';
import { sourceListed } from './source-listed.ts';
import { sourceUnused } from './source-unused.ts';
import { sourceYear } from './source-year.ts';
import { sourcesCited } from './sources-cited.ts';
import { summarySlide } from './summary-slide.ts';
import { termDefined } from './term-defined.ts';
import { termListed } from './term-listed.ts';
import { textCharacters } from './text-characters.ts';

export const RULES: readonly Rule[] = [
  // Sources
  sourcesCited,
  sourceListed,
  evidenceBadge,
  sourceUnused,
  sourceYear,
  sourceLink,
  reviewCurrent,
  reviewDue,
  // Caveats and required slides
  caveatsRequired,
  requiredSlides,
  editionLength,
  summarySlide,
  delayReason,
  // Evidence honesty, from structure: every sentence against the facts it cites (slides/facts/).
  // The fact sheet's "Do NOT say" list is data there; tests/check/do-not-say.test.ts proves each
  // entry is caught.
  claimBound,
  claimNumbers,
  claimNames,
  claimPopulation,
  claimCausal,
  claimWording,
  claimAdvice,
  claimCoverage,
  factRegistry,
  hypeWords,
  // Characters: nothing invisible, no emoji (PDF boxes, screen readers).
  textCharacters,
  // Numbers
  numbersCalculation,
  // Plain language
  sentenceLength,
  slideDensity,
  termDefined,
  termListed,
  acronymExpanded,
  passiveVoice,
  smogGrade,
  solGrade,
  infleszScore,
  fkGrade,
  fernandezHuerta,
  // Accessibility in content
  figureAlt,
  chartTable,
  // A translation against the English it was made from (what the types cannot see).
  translationNumbers,
  translationUntranslated,
  translationCurrent,
];
