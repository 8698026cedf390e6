// The kinds of evidence a slide can rest on, weakest-for-people first, and their badge text.

export const EVIDENCE_KINDS = [
  'mouse-study',
  'human-tissue-study',
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
  'early-clinical-trial': 'Early drug trial in people',
  'randomized-trials': 'Randomized trials in people',
  guideline: 'Treatment guideline',
  'expert-opinion': 'Expert opinion',
  'news-report': 'News report',
  background: 'Background',
};

/** A slide's evidence kinds as a list (a slide may carry one kind or several). */
export function evidenceKinds(evidence: EvidenceKind | readonly EvidenceKind[] | undefined): readonly EvidenceKind[] {
  if (evidence === undefined) return [];
  return typeof evidence === 'string' ? [evidence] : evidence;
}
