// No hype (HealthNewsReview red flags, content-standards.md §4.1, C12, A10) anywhere: titles,
// body, alt text, notes, and the deck's own title and description.
// Quoted words are exempt: the deck quotes the 2025 headline and the paper's title to correct them.
// A negation just before a word is an honest denial ("It is not a new study", "not proven").

import { langOf } from '../../model/locales.ts';
import { foldAccents } from '../../model/fold.ts';
import { everyOf } from '../claims/match.ts';
import { ES, HYPE_ES, HYPE_HEDGES_ES } from '../claims/words-es.ts';
import { excerpt, hasNegation, lastWords, maskQuotations, maskQuotationsEs, phraseRegex } from '../phrases.ts';
import { DECK, type Finding, type Rule } from '../rule.ts';

export const HYPE_WORDS = [
  'breakthrough', 'breakthroughs', 'cure', 'cures', 'cured', 'miracle', 'miracles', 'miraculous',
  'game-changer', 'game changer', 'game-changing', 'holy grail', 'first-of-its-kind', 'first of its kind',
  'revolutionary', 'revolutionize', 'revolutionise', 'magic', 'magic bullet', 'prove', 'proves', 'proved', 'proven',
  'simple blood test', 'new standard of care',
  // Calling the 2017 study new is claim-wording's (the study-published fact forbids "new").
];

/** Hedged predictions: a negation does not rescue these. */
export const HYPE_HEDGES = ['could lead to', 'may lead to', 'might lead to'];

const NEGATION_REACH = 3; // words before the match

function hypeIn(text: string): string[] {
  const hits: string[] = [];
  for (const m of text.matchAll(phraseRegex(HYPE_WORDS))) {
    if (!hasNegation(lastWords(text.slice(0, m.index), NEGATION_REACH))) hits.push(m[0]);
  }
  for (const m of text.matchAll(phraseRegex(HYPE_HEDGES))) hits.push(m[0]);
  return hits;
}

/**
 * The same in Spanish, with Spanish negation. `folded` is matched (accents folded, quotations
 * masked: src/check/reading.ts); the words are quoted from `original` (its NFC text, of the same
 * length for Latin letters), as the author wrote them: "avance histórico", not "avance historico".
 */
function hypeInSpanish(folded: string, original: string): string[] {
  const same = original.normalize('NFC');
  const written = (m: RegExpMatchArray) => (same.length === folded.length ? same.slice(m.index!, m.index! + m[0].length) : m[0]);
  const hits: string[] = [];
  for (const m of folded.matchAll(everyOf(HYPE_ES))) {
    if (!ES.negation.test(lastWords(folded.slice(0, m.index), NEGATION_REACH))) hits.push(written(m));
  }
  for (const m of folded.matchAll(everyOf(HYPE_HEDGES_ES))) hits.push(written(m));
  return hits;
}

const FIX = 'Say plainly what was found and in whom. If you are showing what someone else said, put their words in double quotes.';

export const hypeWords: Rule = {
  id: 'hype-words',
  severity: 'error',
  description: 'No hype words (breakthrough, cure, miracle, proves, "could lead to", ...) outside quotations.',
  check: ({ deck, slides }) => {
    const findings: Finding[] = [];
    const spanish = langOf(deck.meta.lang) === 'es';
    for (const { slide, sentences } of slides) {
      for (const s of sentences) {
        for (const hit of spanish ? hypeInSpanish(s.unquoted, s.text) : hypeIn(s.unquoted)) {
          findings.push({ slide: slide.id, message: `${s.field} uses "${hit}": ${excerpt(s.text)}`, fix: FIX });
        }
      }
    }
    const meta = { 'meta.title': deck.meta.title, 'meta.subtitle': deck.meta.subtitle ?? '', 'meta.description': deck.meta.description };
    for (const [field, text] of Object.entries(meta)) {
      for (const hit of spanish ? hypeInSpanish(foldAccents(maskQuotationsEs(text)), text) : hypeIn(maskQuotations(text))) findings.push({ slide: DECK, message: `${field} uses "${hit}"`, fix: FIX });
    }
    return findings;
  },
};
