// A named edition keeps to its time slot: the speaker notes' script (what the presenter says on
// every run of the talk, at WORDS_PER_MINUTE; prepared answers are said only when asked) fits
// the minutes set here for its name. The full deck has no limit.

import { spokenLength, WORDS_PER_MINUTE } from '../../model/spoken.ts';
import { DECK, type Rule } from '../rule.ts';

/** Minutes each named edition must fit in. */
export const EDITION_MINUTES: Readonly<Record<string, number>> = { short: 10 };

export const editionLength: Rule = {
  id: 'edition-length',
  severity: 'error',
  description: `A named edition's spoken script fits its slot (short: at most ${EDITION_MINUTES.short} minutes at ${WORDS_PER_MINUTE} words a minute).`,
  check: ({ compiled }) => {
    const limit = EDITION_MINUTES[compiled.edition];
    if (limit === undefined) return [];
    const spoken = spokenLength(compiled.slides);
    if (spoken.minutes <= limit) return [];
    return [
      {
        slide: DECK,
        message: `the ${compiled.edition} edition's notes take ${spoken.minutes} minutes to say (${spoken.words} words at ${WORDS_PER_MINUTE} a minute; at most ${limit})`,
        fix: `Write a shorter script for it in notes.short (say: [...]) on its longest slides, or leave a slide out of the "${compiled.edition}" list in slides/index.ts.`,
      },
    ];
  },
};
