// What the claim rules share: the facts a sentence cites, the words for the deck's language, and
// how to tell a claim from a denial ("did not show that …") or from someone else's words ("the
// headline said …"). The rules themselves are src/check/rules/claim-*.ts.

import type { Advice, Fact } from '../../model/facts.ts';
import { langOf } from '../../model/compile.ts';
import { rememberByText } from '../../model/remember.ts';
import type { AnyDeck } from '../../model/types.ts';
import { clauses, isQuestion } from '../phrases.ts';
import type { Sentence, SlideReading } from '../reading.ts';
import type { Finding } from '../rule.ts';
import { EDGE_AFTER, EDGE_BEFORE } from '../../model/word-edge.ts';
import { CLAIM_WORDS, everyOf, firstOf, type ClaimWords } from './words.ts';

export interface CitedFact {
  readonly id: string;
  readonly fact: Fact;
}

export interface Citations {
  readonly facts: readonly CitedFact[];
  readonly advice: readonly { readonly id: string; readonly advice: Advice }[];
}

/** The facts and recommendations a sentence cites, resolved (ids validation has checked). */
export function citations(sentence: Sentence, deck: AnyDeck): Citations {
  const facts: CitedFact[] = [];
  const advice: { id: string; advice: Advice }[] = [];
  for (const id of sentence.facts) {
    const fact = deck.facts?.[id];
    if (fact) facts.push({ id, fact });
    const rec = deck.advice?.[id];
    if (rec) advice.push({ id, advice: rec });
  }
  return { facts, advice };
}

/** The words of the deck's language (one list per language, src/check/claims/words.ts). */
export const wordsFor = (deck: AnyDeck): ClaimWords => CLAIM_WORDS[langOf(deck.meta.lang)];

/**
 * Text the clinic wrote (its contact lines, the byline), the deck added (a link, a page's fixed
 * headings) or the glossary defines: not claims about the study.
 */
const NOT_CLAIMS = new Set(['contact', 'byline', 'link', 'frame', 'definition']);


/**
 * Sentences whose words are claims: not the clinic's own lines, not questions, except a question
 * the next sentence answers yes ("Does chemo help cancer spread? This study answered yes."): that
 * pair claims what the question asks, and is read as that statement, with the answer's facts.
 */
export function claimSentences(reading: SlideReading, words: ClaimWords = CLAIM_WORDS.en): readonly Sentence[] {
  const all = reading.sentences.filter((s) => !NOT_CLAIMS.has(s.role));
  return all.flatMap((s, i) => {
    if (!isQuestion(s.text)) return [s];
    const next = all[i + 1];
    if (!next || next.field !== s.field || !words.affirms.test(next.unquoted.trim())) return [];
    const said = words.statementOf(s.unquoted);
    return [{ ...next, text: words.statementOf(s.text), unquoted: said, facts: [...new Set([...s.facts, ...next.facts])] }];
  });
}

/** Is there a negation in `before` (the start of a clause up to a match)? */
export function negates(before: string, words: ClaimWords): boolean {
  const text = before.replace(everyOf(words.notNegating), ' ');
  return words.negation.test(text) || words.nonAsserting.test(text);
}

// The clauses of each sentence, split once per clause pattern: claimed() is asked about every
// forbidden phrasing of every fact in every sentence, and the split depends only on the text.
const splitters = new WeakMap<RegExp, (sentence: string) => readonly string[]>();
function clausesOnce(sentence: string, words: ClaimWords): readonly string[] {
  let split = splitters.get(words.clauseSplit);
  if (!split) splitters.set(words.clauseSplit, (split = rememberByText((text) => clauses(text, words.clauseSplit))));
  return split(sentence);
}

// Whether a pattern that finds nothing in the whole sentence can be skipped: a match in a clause
// is then a match in the sentence too, at the same place. Clauses are pieces of the sentence cut at
// whitespace, commas, semicolons, colons and dashes (words.clauseSplit), so a letter edge, \b or a
// positive lookaround reads the same in either. Anchors (^, $) and other negative lookarounds do
// not (one can hold at a clause's end and fail in the sentence): those patterns are always read
// clause by clause. Made once per pattern.
// The letter-only edges are written out in some patterns (words.ts negation: no digit edge).
const EDGES = [EDGE_BEFORE, EDGE_AFTER, String.raw`(?<![\p{L}])`, String.raw`(?![\p{L}])`];
const skippable = new WeakMap<RegExp, boolean>();
function wholeSentenceFirst(pattern: RegExp): boolean {
  let ok = skippable.get(pattern);
  if (ok === undefined) {
    const rest = EDGES.reduce((source, edge) => source.split(edge).join(''), pattern.source).replace(/\[\^/g, '[');
    ok = !pattern.flags.includes('m') && !/\(\?<?!|\^|\$/.test(rest);
    skippable.set(pattern, ok);
  }
  return ok;
}

/**
 * The first match of `pattern` in the sentence that is a claim: not denied (a negation earlier in
 * its clause, or "no"/"none" right after it) and not reported from the press. Clause by clause,
 * so the "not" of one clause does not excuse the claim of the next.
 */
export function claimed(sentence: string, pattern: RegExp, words: ClaimWords): RegExpExecArray | undefined {
  // A pattern anchored at the start reads the whole sentence and brings its own exceptions
  // ("women … doxorubicin … cyclophosphamide, and no paclitaxel named"): no clause, no negation.
  if (pattern.source.startsWith('^')) {
    const m = firstOf(pattern).exec(sentence);
    return m && !(words.pressSaid.test(sentence.slice(0, m.index)) && m.index > 0) ? m : undefined;
  }
  if (wholeSentenceFirst(pattern) && !firstOf(pattern).test(sentence)) return undefined;
  for (const clause of clausesOnce(sentence, words)) {
    for (const match of clause.matchAll(everyOf(pattern))) {
      const before = clause.slice(0, match.index);
      // A negation before the match or inside it ("counts are not used to choose…", "not part of routine care").
      if (negates(before + match[0].replace(/\S+\s*$/u, ''), words) || words.negationAfter.test(clause.slice(match.index + match[0].length))) continue;
      if (words.pressSaid.test(before) && !words.endorses.test(before)) continue;
      return match as RegExpExecArray;
    }
  }
  return undefined;
}

/** A finding about a sentence, in the checker's one message form. */
export function finding(reading: SlideReading, s: Sentence, what: string, fix: string, excerptOf: (t: string) => string): Finding {
  return { slide: reading.slide.id, message: `${s.field} ${what}: ${excerptOf(s.text)}`, fix };
}
