// No invisible characters and no emoji in anything the deck shows or says (issue 23). What such a
// character is, and the message, are defined once in src/model/characters.ts; every command that
// makes something from the deck refuses it there, and the check reports it with its other findings.

import { deckCharacterProblems } from '../../model/characters.ts';
import { DECK, type Rule } from '../rule.ts';

export const textCharacters: Rule = {
  id: 'text-characters',
  severity: 'error',
  description: 'No invisible or right-to-left control characters and no emoji in any text the deck shows or says.',
  check: ({ compiled }) =>
    deckCharacterProblems(compiled).map((p) => ({ slide: p.where.startsWith('slide ') ? p.where.slice('slide '.length) : DECK, message: p.message, fix: p.fix })),
};
