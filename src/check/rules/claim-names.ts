// A name in a sentence (a person, a journal, a place, an organization, a trial) is one the facts
// it cites name: "published in Nature Medicine", "researchers at Memorial Sloan Kettering",
// "Lori Pierce, a Stanford oncologist" are wrong details no word list could foresee, and the
// registry already knows the right ones. Closed world: every capitalized word (after the first
// word of the sentence, or with a capitalized word after it) and every acronym must appear in
// what the cited facts say (their statements, notes, populations and their sources' authors,
// titles and publishers), in the glossary, or in the deck's own title and the clinic's details.
// Hand-written: a named-entity library would find more names, but the closed-world test against
// the registry is the part that matters, and capitalization finds them well enough in this
// deck's plain English.

import { foldAccents } from '../../model/fold.ts';
import { langOf } from '../../model/locales.ts';
import { citations, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import type { ClaimWords } from '../claims/words.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A word that starts with a capital letter (made once: the rule asks of every word). */
const CAPITAL = /^\p{Lu}/u;
const lowerWords = (text: string): string[] => [...text.normalize('NFC').toLowerCase().matchAll(WORD)].flatMap((m) => [m[0], ...m[0].split(/[-'’]/)]);

/** Acronyms the texts spell out: "University of California, San Francisco" → UCSF (small words skipped). */
function acronymsOf(text: string): Set<string> {
  const out = new Set<string>();
  const words = [...text.normalize('NFC').matchAll(WORD)].map((m) => m[0]);
  for (let i = 0; i < words.length; i++) {
    let initials = '';
    for (let j = i; j < words.length && j < i + 8; j++) {
      const w = words[j]!;
      if (/^(?:of|and|the|for|de|y)$/i.test(w)) continue;
      if (!CAPITAL.test(w)) break;
      initials += w[0];
      if (initials.length >= 2) out.add(initials.toLowerCase());
    }
  }
  // A compound spelled out in lowercase: "hormone-receptor-positive" → HR, "triple-negative" → TN.
  for (const w of words.filter((x) => x.includes('-'))) {
    const parts = w.split('-').filter((x) => x.length > 0);
    for (let n = 2; n <= parts.length; n++) out.add(parts.slice(0, n).map((x) => x[0]).join('').toLowerCase());
  }
  return out;
}

/** The parts of a name to look up: a hyphenated word's capitalized parts ("HER2-negative" → HER2). */
const partsOf = (name: string): string[] => name.split(/[-'’]/).filter((p) => /^\p{Lu}|^\p{N}/u.test(p)).map((p) => p.toLowerCase());

/**
 * The words and acronyms a text names, by text: the same facts' texts are read for every sentence
 * that cites them (and for every check of a deck), so each is split once. A cache of a pure
 * function of the string; its keys are the registry's and the deck's own texts, a bounded set.
 */
const namedWords = new Map<string, readonly string[]>();
function wordsNamedIn(text: string): readonly string[] {
  let found = namedWords.get(text);
  if (!found) namedWords.set(text, (found = [...lowerWords(text), ...acronymsOf(text)]));
  return found;
}

/** The capitalized words of a sentence that name something. */
export function namesIn(sentence: string, words_: Pick<ClaimWords, 'notNames' | 'openers'>): string[] {
  const { notNames: NOT_NAMES, openers: OPENERS } = words_;
  const words = [...sentence.normalize('NFC').matchAll(WORD)].map((m) => ({ word: m[0], at: m.index }));
  const capital = (w: string) => CAPITAL.test(w);
  const names: string[] = [];
  words.forEach(({ word, at }, i) => {
    if (!capital(word) || NOT_NAMES.has(word.toLowerCase())) return;
    // The first word of a sentence (or after a colon, a dash or an opening quote) is capitalized
    // anyway: it is a name only when a capitalized word follows it ("Lori Pierce said …").
    const before = sentence.slice(0, at).trimEnd();
    const starts = i === 0 || /[:;—–"“‘(]$/.test(before);
    const allCaps = word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word);
    if (starts && !allCaps && (OPENERS.has(word.toLowerCase()) || !(words[i + 1] && capital(words[i + 1]!.word) && !NOT_NAMES.has(words[i + 1]!.word.toLowerCase())))) return;
    names.push(word);
  });
  return names;
}

export const claimNames: Rule = {
  id: 'claim-names',
  severity: 'error',
  description: 'Every name in a sentence (person, journal, place, organization, trial) is one the facts it cites name.',
  check: ({ deck, compiled, slides }) => {
    const findings: Finding[] = [];
    const words = wordsFor(deck);
    // A Spanish sentence is read folded (src/check/reading.ts): so are the names it is checked against.
    const fold = langOf(deck.meta.lang) === 'es' ? foldAccents : (text: string) => text;
    // What every sentence may name: the glossary, the deck's title and the clinic's own details.
    const everywhereText = [
      ...Object.values(deck.glossary).flatMap((g) => [g.term, g.expansion ?? '', ...(g.forms ?? [])]),
      deck.meta.title,
      deck.meta.subtitle ?? '',
      ...Object.keys(deck.named ?? {}),
      ...Object.values(compiled.local ?? {}).filter((v): v is string => typeof v === 'string'),
    ].join(' ');
    const everywhere = new Set(wordsNamedIn(fold(everywhereText)));
    for (const reading of slides) {
      for (const s of claimSentences(reading, words)) {
        const { facts } = citations(s, deck);
        if (facts.length === 0) continue; // claim-bound's, or framing
        const known = new Set(everywhere);
        for (const { fact } of facts) {
          const sources = fact.sources.map((id) => deck.sources[id]).filter((x) => x !== undefined);
          const text = [fact.statement, fact.note ?? '', fact.population.who, ...sources.flatMap((src) => [src.short, src.authors, src.title, src.publisher])].join(' ');
          for (const w of wordsNamedIn(fold(text))) known.add(w);
        }
        // A word of a translated name is known when it is, or when the English word it translates is.
        const isKnown = (w: string) => known.has(w) || (words.nameWords[w] ?? []).some((en) => known.has(en));
        const unknown = namesIn(s.unquoted, words).filter((n) => !partsOf(n).every(isKnown));
        if (unknown.length === 0) continue;
        findings.push(
          finding(
            reading,
            s,
            `names ${unknown.map((n) => `"${n}"`).join(', ')}, which no fact it cites names (${facts.map((f) => f.id).join(', ')})`,
            'Check the name against the fact (who, where, which journal or trial) and cite the fact that names it; if no fact in slides/facts/ names it, leave it out.',
            excerpt,
          ),
        );
      }
    }
    return findings;
  },
};
