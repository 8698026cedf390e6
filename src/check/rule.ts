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

/**
 * Who acts on a rule's findings when it is not the presenter (or the editor of the slides, who
 * runs the check): a source's date or address is for whoever checks the facts against the
 * papers. The report says so on each such line and counts them apart, so a presenter sees at a
 * glance that nothing there is theirs to do.
 */
export const ACTORS = {
  'fact-checker': 'the fact-checker (slides/sources.ts)',
} as const;

export type Actor = keyof typeof ACTORS;

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
  /** Who acts on its findings, when not the presenter (see ACTORS). */
  readonly actor?: Actor;
  check(reading: DeckReading): readonly Finding[];
}

export interface Problem extends Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** Set when the problem shows only in an edition other than the full deck. */
  readonly edition?: string;
  /** Who acts on it, when not the presenter (the rule's actor). */
  readonly actor?: Actor;
}

/** `slide-id: rule-id: message. What to do.` (no second full stop after a quoted sentence) */
export function problemLine(p: Problem): string {
  const message = p.message.trim().replace(/\.+$/, '');
  const where = p.edition ? `${p.slide} [${p.edition} edition]` : p.slide;
  const who = p.actor ? `for ${ACTORS[p.actor]}: ` : '';
  return `${who}${where}: ${p.rule}: ${message}${/[.?!]["”]$/.test(message) ? '' : '.'} ${p.fix}`;
}
