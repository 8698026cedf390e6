// The kinds of evidence a slide can rest on, weakest-for-people first, and their badge text.

import type { SlideKind, SourceType } from './kinds.ts';

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

/** Badge text as the audience reads it. */
export const EVIDENCE_LABEL: { readonly [K in EvidenceKind]: string } = {
  'mouse-study': 'Mouse study',
  'human-tissue-study': 'Human tissue study',
  'observational-study': 'Study of health records',
  'early-clinical-trial': 'Early drug trial in people',
  'randomized-trials': 'Randomized trials in people',
  guideline: 'Treatment guideline',
  'expert-opinion': 'Expert opinion',
  'news-report': 'News report',
  background: 'Background',
};

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
export const SOURCE_FORM_LABEL: { readonly [T in SourceType]?: string } = {
  'press-release': 'Press release',
  news: 'News report',
  patent: 'Patent application',
};

/** The kind shown after a reference: "(Press release)", "(Mouse study and human tissue study)". */
export function referenceKind(type: SourceType, evidence: EvidenceKind | readonly EvidenceKind[]): string {
  const form = SOURCE_FORM_LABEL[type];
  if (form) return form;
  const labels = evidenceKinds(evidence).map((k) => EVIDENCE_LABEL[k]);
  return labels.map((l, i) => (i === 0 ? l : l.charAt(0).toLowerCase() + l.slice(1))).join(' and ');
}
