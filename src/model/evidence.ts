// The kinds of evidence a slide can rest on, weakest-for-people first, and their badge text.

import type { SlideKind, SourceType } from './kinds.ts';
import type { Lang } from './locales.ts';
import { UI } from './ui/index.ts';

export const EVIDENCE_KINDS = [
  'mouse-study',
  'human-tissue-study',
  'observational-study',
  'early-clinical-trial',
  'randomized-trials',
  'guideline',
  'expert-opinion',
  'news-report',
  'background',
] as const;

export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Badge text as the audience reads it, in English (every language's is in src/model/ui/). */
export const EVIDENCE_LABEL: { readonly [K in EvidenceKind]: string } = UI.en.evidence;

/**
 * Slides that carry no evidence badge by design: the title slide (a badge under "what a 2017
 * study found" reads as if it described that study), and the slides that present no findings
 * (the actions, questions, teach-back, the summary, words to know, sources, about the talk).
 */
export const UNBADGED_KINDS: ReadonlySet<SlideKind> = new Set(['title', 'actions', 'questions', 'teach-back', 'summary', 'glossary', 'sources', 'about']);

/** A slide's evidence kinds as a list (a slide may carry one kind or several). */
export function evidenceKinds(evidence: EvidenceKind | readonly EvidenceKind[] | undefined): readonly EvidenceKind[] {
  if (evidence === undefined) return [];
  return typeof evidence === 'string' ? [evidence] : evidence;
}

/** What kind of publication a reference is, when that matters more than its evidence (a press release is not a study). */
export const SOURCE_FORM_LABEL: { readonly [T in SourceType]?: string } = UI.en.sourceForm;

/** The kind shown after a reference: "(Press release)", "(Mouse study and human tissue study)". */
export function referenceKind(type: SourceType, evidence: EvidenceKind | readonly EvidenceKind[], lang: Lang = 'en'): string {
  const ui = UI[lang];
  const form = (ui.sourceForm as { readonly [T in SourceType]?: string })[type];
  if (form) return form;
  const labels = evidenceKinds(evidence).map((k) => ui.evidence[k]);
  const lower = labels.map((l, i) => (i === 0 ? l : l.charAt(0).toLowerCase() + l.slice(1)));
  return lower.length < 3 ? lower.join(ui.and) : `${lower.slice(0, -1).join(', ')}${ui.and}${lower.at(-1)}`;
}

/**
 * The order the caveats depend on: the slides on what trials in women showed (outcomes) come
 * before the slides on how it might happen (mice and tissue), so the mechanism is heard as a
 * limit of the 2017 study, not as news about outcomes. A slide resting on trials alone is a
 * trials slide; one resting on mouse or tissue work (and not also on trials or a news report,
 * which the slides comparing kinds of evidence do) is a mechanism slide. src/model/validate.ts
 * holds the deck and every edition to it, beside the rule that the caveats slide comes second.
 */
export function caveatOrderRole(kind: SlideKind, evidence: EvidenceKind | readonly EvidenceKind[] | undefined): 'trials' | 'mechanism' | undefined {
  if (kind === 'caveats' || kind === 'title') return undefined;
  const kinds = evidenceKinds(evidence);
  const lab = kinds.includes('mouse-study') || kinds.includes('human-tissue-study');
  const trials = kinds.includes('randomized-trials');
  if (trials && !lab) return 'trials';
  if (lab && !trials && !kinds.includes('news-report')) return 'mechanism';
  return undefined;
}
