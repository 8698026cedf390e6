// Every rule `npm run check` applies, in the order problems are reported. One module per rule,
// named after its id; each rule's configuration (word lists, thresholds) lives in its module.

import type { Rule } from '../rule.ts';
import { acronymExpanded } from './acronym-expanded.ts';
import { avoidChemo } from './avoid-chemo.ts';
import { caveatsRequired } from './caveats-required.ts';
import { causalPeople } from './causal-people.ts';
import { chartTable } from './chart-table.ts';
import { chemoRegimen } from './chemo-regimen.ts';
import { delayReason } from './delay-reason.ts';
import { editionLength } from './edition-length.ts';
import { evidenceBadge } from './evidence-badge.ts';
import { figureAlt } from './figure-alt.ts';
import { fkGrade } from './fk-grade.ts';
import { growBackStronger } from './grow-back-stronger.ts';
import { humanCountRule } from './human-count.ts';
import { hypeWords } from './hype-words.ts';
import { midChemoBiopsy } from './mid-chemo-biopsy.ts';
import { mouseNumbers } from './mouse-numbers.ts';
import { mouseResults } from './mouse-results.ts';
import { numbersCalculation } from './numbers-calculation.ts';
import { numbersDenominator } from './numbers-denominator.ts';
import { passiveVoice } from './passive-voice.ts';
import { rebastinibStatus } from './rebastinib-status.ts';
import { requiredSlides } from './required-slides.ts';
import { reviewCurrent } from './review-current.ts';
import { sentenceLength } from './sentence-length.ts';
import { slideDensity } from './slide-density.ts';
import { smogGrade } from './smog-grade.ts';
import { sourceLink } from './source-link.ts';
import { sourceListed } from './source-listed.ts';
import { sourceUnused } from './source-unused.ts';
import { sourceYear } from './source-year.ts';
import { sourcesCited } from './sources-cited.ts';
import { studyDate } from './study-date.ts';
import { studyScope } from './study-scope.ts';
import { summarySlide } from './summary-slide.ts';
import { termDefined } from './term-defined.ts';
import { tmemInTissue } from './tmem-in-tissue.ts';
import { tmemTestUse } from './tmem-test-use.ts';

export const RULES: readonly Rule[] = [
  // Sources
  sourcesCited,
  sourceListed,
  evidenceBadge,
  sourceUnused,
  sourceYear,
  sourceLink,
  reviewCurrent,
  // Caveats and required slides
  caveatsRequired,
  requiredSlides,
  editionLength,
  summarySlide,
  delayReason,
  // Evidence honesty: the fact sheet's "Do NOT say" list (tests/check/do-not-say.test.ts maps
  // each entry to its rules)
  mouseResults,
  mouseNumbers,
  causalPeople,
  humanCountRule,
  chemoRegimen,
  studyDate,
  studyScope,
  tmemInTissue,
  tmemTestUse,
  midChemoBiopsy,
  rebastinibStatus,
  avoidChemo,
  growBackStronger,
  hypeWords,
  // Numbers
  numbersDenominator,
  numbersCalculation,
  // Plain language
  sentenceLength,
  slideDensity,
  termDefined,
  acronymExpanded,
  passiveVoice,
  smogGrade,
  fkGrade,
  // Accessibility in content
  figureAlt,
  chartTable,
];
