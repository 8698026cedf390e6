// What a rule is, and what it reports.

import type { DeckReading } from './reading.ts';

export type Severity = 'error' | 'warning';

/** Deck-level problems (registries, the whole corpus, missing slides) use this in place of a slide id. */
export const DECK = 'deck';

/** One thing a rule found, in words for the person editing the slides. */
export interface Finding {
  /** Slide id, or DECK. */
  readonly slide: string;
  /** What is wrong, naming the field or sentence (no final full stop). */
  readonly message: string;
  /** What to do about it (a sentence). */
  readonly fix: string;
}

export interface Rule {
  /** kebab-case; the rule's module is `src/check/rules/<id>.ts`. */
  readonly id: string;
  readonly severity: Severity;
  /** What the rule checks, in one line. */
  readonly description: string;
  /**
   * `edition` (default): checked on every edition, as it is shown. `deck`: about the deck as a
   * whole (its registries), checked once.
   */
  readonly scope?: 'edition' | 'deck';
  check(reading: DeckReading): readonly Finding[];
}

export interface Problem extends Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** Set when the problem shows only in an edition other than the full deck. */
  readonly edition?: string;
}

/** `slide-id: rule-id: message. What to do.` (no second full stop after a quoted sentence) */
export function problemLine(p: Problem): string {
  const message = p.message.trim().replace(/\.+$/, '');
  const where = p.edition ? `${p.slide} [${p.edition} edition]` : p.slide;
  return `${where}: ${p.rule}: ${message}${/[.?!]["”]$/.test(message) ? '' : '.'} ${p.fix}`;
}
