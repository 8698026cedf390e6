// The review sheet: what a clinician checks, slide by slide, without reading the source code.
// Every sentence of every slide (title, body, alt text, notes, the prepared question and answer,
// a shorter edition's own notes), the facts and recommendations it cites, and the facts
// themselves (statement, population, evidence, sources, verification, last checked). The check
// builds it from its own reading of the compiled deck (src/check/review-sheet.ts), so "a
// sentence" and "the facts it cites" mean exactly what they mean to `npm run check`; the review
// page (src/render/review-page.ts) and `npm run review -- --changes` (src/review/changes.ts) read it.
// Pure data: no DOM, no Node.

import type { EvidenceKind } from './evidence.ts';
import type { PopulationKind, ReadIn, Verification } from './facts.ts';
import type { ReviewStatus } from './compiled.ts';
import type { SlideKind } from './kinds.ts';

/** Where on the slide a sentence is: what the audience sees, what the presenter says, or the prepared answer. */
export type SentencePlace = 'title' | 'slide' | 'alt' | 'chart' | 'notes' | 'question' | 'answer';

export interface ReviewSentence {
  /** Field path in the slide module, e.g. `body[2].items[0]`, `notes.say[1]`, `notes.short.say[0]`. */
  readonly field: string;
  readonly place: SentencePlace;
  /** As the audience reads or hears it (terms spelled out, fact numbers shown as the fact allows). */
  readonly text: string;
  /** Fact ids it cites (with the facts a name in it stands for). */
  readonly facts: readonly string[];
  /** Approved recommendations it cites. */
  readonly advice: readonly string[];
  /**
   * Why the check does not read it as a claim, when it does not: a question, the clinic's contact
   * lines, a link the deck adds, a glossary definition. Undefined: read as a claim.
   */
  readonly notClaim?: string;
  /** Only in these editions (a shorter edition's own notes); undefined: wherever the slide is. */
  readonly editions?: readonly string[];
}

export interface ReviewSlide {
  readonly id: string;
  readonly kind: SlideKind;
  /** Position in the full deck, from 1. */
  readonly number: number;
  readonly title: string;
  /** The editions the slide is in (always `full`; `short` when the short talk keeps it). */
  readonly editions: readonly string[];
  readonly evidence: readonly EvidenceKind[];
  readonly sentences: readonly ReviewSentence[];
  /** Changed since the recorded review (its hash differs from the record's). */
  readonly stale: boolean;
}

export interface ReviewSource {
  readonly id: string;
  readonly short: string;
  readonly citation: string;
  /** https address: the DOI's, else the source's own. */
  readonly href?: string;
}

export interface ReviewFact {
  readonly id: string;
  readonly statement: string;
  readonly population: { readonly kind: PopulationKind; readonly who: string };
  readonly evidence: EvidenceKind;
  readonly sources: readonly ReviewSource[];
  readonly status: Verification;
  readonly read: readonly ReadIn[];
  readonly checked: string;
  /** Slides whose sentences cite it, in deck order. */
  readonly citedBy: readonly string[];
  /** Why it is kept though no slide cites it. */
  readonly reserve?: string;
  readonly note?: string;
}

export interface ReviewAdvice {
  readonly id: string;
  readonly statement: string;
  readonly basis: readonly string[];
  readonly checked: string;
  readonly citedBy: readonly string[];
}

export interface ReviewSummary {
  readonly slides: number;
  readonly sentences: number;
  readonly bound: number;
  readonly unbound: number;
  /** Of the unbound, those the check reads as claims (the rest are questions, contact lines, links). */
  readonly unboundClaims: number;
  readonly factsCited: number;
  readonly factsInReserve: number;
  /** Unverified facts in the registry, and how many of them a sentence cites (must be 0). */
  readonly unverified: number;
  readonly unverifiedCited: number;
  readonly staleSlides: number;
}

export interface ReviewSheet {
  readonly title: string;
  readonly lang: string;
  /** Edition names, `full` first. */
  readonly editions: readonly string[];
  readonly slides: readonly ReviewSlide[];
  /** Every fact of the registry: those cited first (in order of first citation), then the rest by id. */
  readonly facts: readonly ReviewFact[];
  readonly advice: readonly ReviewAdvice[];
  readonly review: ReviewStatus;
  /** Fact ids whose hash differs from the recorded review's (changed, added or removed). */
  readonly staleFacts: readonly string[];
  readonly summary: ReviewSummary;
}

/** A sentence is bound when it cites at least one fact or recommendation. */
export const isBound = (s: ReviewSentence): boolean => s.facts.length + s.advice.length > 0;

/** The words each place is shown with, on the page and in `--changes`. */
export const PLACE_LABEL: { readonly [P in SentencePlace]: string } = {
  title: 'Title',
  slide: 'On the slide',
  alt: 'Picture description',
  chart: 'Chart labels',
  notes: 'Presenter says',
  question: 'Prepared question',
  answer: 'Prepared answer',
};

/** The review record's key for a fact's hash (the other keys are module paths: slides/<id>.ts). */
export const factHashKey = (id: string): string => `fact:${id}`;
export const adviceHashKey = (id: string): string => `advice:${id}`;

/** The review page's file in the build. */
export const REVIEW_PAGE = 'review.html';
