// Every number in a sentence is a number of one of the facts it cites, shown the way that fact
// allows: "38 in 100", not "38%"; "about 25,000", not "24,000"; no invented mouse counts (the mouse
// facts have none), no trial ten times too big, no relative numbers without a baseline. Two more
// things make careless citing safe:
//  - a number said with what a cited comparison measures ("came back nearby in 38 in 100") must
//    be a number of that comparison, not of another fact the sentence also cites;
//  - a number said next to what a fact's number measures ("followed for 15 years", "one kind of
//    mouse") must be that number, anywhere in the deck, whatever the sentence cites.
// A number shown with `{ num }` is right by construction; one typed by hand is checked.

import type { Fact, FactNumber } from '../../model/facts.ts';
import { per100 } from '../../model/numbers.ts';
import { citations, claimSentences, finding, wordsFor } from '../claims/cited.ts';
import { numberProblem, numberTokens, type NumberToken } from '../claims/numbers.ts';
import { clauses, excerpt } from '../phrases.ts';
import type { ClaimWords } from '../claims/words.ts';
import type { Finding, Rule } from '../rule.ts';

const FIX = 'Show the number from its fact (`{ num: "fact-id.key" }`) or take it out; never write a number the fact sheet does not give.';

/** The words around a number that say what it counts: a few on each side, in its clause. */
function around(sentence: string, token: NumberToken, words: ClaimWords): string {
  const clause = clauses(sentence, words.clauseSplit).find((c) => sentence.indexOf(c) <= token.at && token.at < sentence.indexOf(c) + c.length) ?? sentence;
  const at = token.at - sentence.indexOf(clause);
  return `${clause.slice(Math.max(0, at - 40), at)} ${clause.slice(at + token.text.length, at + token.text.length + 40)}`;
}

const valueOf = (t: NumberToken): number | undefined => ('value' in t ? t.value : undefined);
const shows = (n: FactNumber, v: number): boolean => n.value === v || n.shown === v || (n.unit === 'per-100' && per100(n.value).whole === v);


/**
 * A number of a comparison put with the other group ("With chemo first, 49 in 100 …, versus 65
 * with surgery first"): piece by piece, a number goes with the group its piece names, or with the
 * group the piece before it named and left without a number.
 */
function swappedArm(sentence: string, tokens: readonly NumberToken[], facts: readonly Fact[], words: ClaimWords): string | undefined {
  const pieces: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of sentence.matchAll(words.turn)) {
    pieces.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  pieces.push({ start, end: sentence.length });
  for (const fact of facts) {
    if (!fact.compares) continue;
    const names = words.arms[fact.compares.arms];
    const numbers = Object.values(fact.numbers ?? {}).filter((n) => n.arm !== undefined);
    if (numbers.length === 0) continue;
    let carried: 'first' | 'second' | undefined;
    for (const piece of pieces) {
      const text = sentence.slice(piece.start, piece.end);
      const first = names.first.test(text);
      const second = names.second.test(text);
      const named = first === second ? undefined : first ? 'first' : 'second';
      const inPiece = tokens.filter((t) => t.at >= piece.start && t.at < piece.end && valueOf(t) !== undefined);
      if (inPiece.length === 0) {
        carried = named ?? carried;
        continue;
      }
      const side = named ?? carried;
      carried = undefined;
      if (!side) continue;
      for (const t of inPiece) {
        const of = numbers.filter((n) => shows(n, valueOf(t)!));
        if (of.length > 0 && !of.some((n) => n.arm === side)) {
          const [a, b] = words.armLabels[fact.compares.arms];
          return `puts "${t.text}" with ${side === 'first' ? a : b}, but it is the number for ${side === 'first' ? b : a}`;
        }
      }
    }
  }
  return undefined;
}

export const claimNumbers: Rule = {
  id: 'claim-numbers',
  severity: 'error',
  description: 'Every number is a number of a cited fact, shown as the fact allows ("38 in 100"), and of what it is said to measure.',
  check: ({ deck, slides }) => {
    const words = wordsFor(deck);
    const findings: Finding[] = [];
    const measured = Object.entries(deck.facts ?? {}).flatMap(([id, fact]) =>
      Object.entries(fact.numbers ?? {}).flatMap(([key, n]) => (n.measure ? [{ id, key, n, measure: n.measure }] : [])),
    );
    for (const reading of slides) {
      for (const s of claimSentences(reading, words)) {
        const tokens = numberTokens(s.unquoted, words);
        // Anywhere: a number said with a fact's measure must be that fact's number.
        const wrongMeasure = tokens.flatMap((t) => {
          const v = valueOf(t);
          if (v === undefined || t.kind === 'month') return [];
          // "one" counts only what comes right after it ("one kind of mouse"), not a measure nearby.
          const window = 'weak' in t && t.weak ? s.unquoted.slice(t.at + t.text.length, t.at + t.text.length + 30) : around(s.unquoted, t, words);
          // A year's measure speaks of years ("came out in 2017"), not of "eight years earlier".
          const isYear = t.kind === 'plain' && !t.words && v >= 1900 && v <= 2100;
          const fits = measured.filter((m) => (m.n.unit === 'year') === isYear && m.measure.test(window));
          if (fits.length === 0 || fits.some((m) => shows(m.n, v))) return [];
          return [`says "${t.text}" for what the fact "${fits[0]!.id}" gives as ${fits.map((m) => m.n.shown ?? m.n.value).join(' or ')}`];
        })[0];
        if (wrongMeasure) {
          findings.push(finding(reading, s, wrongMeasure, FIX, excerpt));
          continue;
        }
        if (s.facts.length === 0 && s.defines.length === 0) continue; // claim-bound reports it
        const facts = citations(s, deck).facts;
        for (const token of tokens) {
          const window = around(s.unquoted, token, words);
          // Said with what a cited comparison measures: only that comparison's numbers.
          // ("Thousands of women" counts who was studied, not a result: any cited fact's count will do.)
          const about = token.kind === 'vague' ? [] : facts.filter(({ fact }) => fact.compares?.measure.test(window));
          const pool: readonly Fact[] = (about.length > 0 ? about : facts).map((f) => f.fact);
          const problem = numberProblem(token, pool.flatMap((f) => Object.values(f.numbers ?? {})), s.unquoted.slice(0, token.at), words);
          if (problem) {
            findings.push(finding(reading, s, problem, FIX, excerpt));
            break;
          }
        }
        const swapped = swappedArm(s.unquoted, tokens, facts.map((f) => f.fact), words);
        if (swapped) findings.push(finding(reading, s, swapped, 'Check which group each number belongs to (the fact’s numbers say it), or show them with `{ num }`.', excerpt));
      }
    }
    return findings;
  },
};
