// Problems found in a deck, phrased for the person who edits the slides.

import { CliError } from '../exit/cli-error.ts';
import { EXIT } from '../exit/exit-codes.ts';

export interface DeckProblem {
  /** Slide id, or a registry name (`meta`, `sources.<id>`, `glossary.<id>`, `deck`). */
  readonly where: string;
  /** Field path inside it, e.g. `notes.say[0]`, `body[1].alt`. */
  readonly field: string;
  /** What is wrong. */
  readonly message: string;
  /** What to do about it. */
  readonly fix: string;
  /** The slide's module when it is not slides/<id>.ts (a translation's: slides/es/<id>.ts). */
  readonly file?: string;
}

/** Where a slide's module lives, so messages can point at the file. */
export const slideFile = (id: string): string => `slides/${id}.ts`;

export function formatProblem(p: DeckProblem): string {
  const place = p.where.startsWith('slide ') ? `${p.where} (${p.file ?? slideFile(p.where.slice(6))})` : p.where;
  return `${place} › ${p.field}: ${p.message}. ${p.fix}`;
}

/**
 * Thrown when a deck cannot be used as written; nothing is built, checked or exported from it.
 * Every command ends with exit code 3 (EXIT.invalidDeck) and this located message.
 */
export class DeckValidationError extends CliError {
  readonly problems: readonly DeckProblem[];

  constructor(problems: readonly DeckProblem[]) {
    const n = problems.length;
    super(`The deck has ${n} problem${n === 1 ? '' : 's'}:\n` + problems.map((p) => `  - ${formatProblem(p)}`).join('\n'), EXIT.invalidDeck);
    this.name = 'DeckValidationError';
    this.problems = problems;
  }
}
