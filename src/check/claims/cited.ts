// What the claim rules share: the facts a sentence cites, the words for the deck's language, and
// how to tell a claim from a denial ("did not show that …") or from someone else's words ("the
// headline said …"). The rules themselves are src/check/rules/claim-*.ts.

import type { Advice, Fact } from '../../model/facts.ts';
import { langOf } from '../../model/compile.ts';
import type { AnyDeck } from '../../model/types.ts';
import { clauses, isQuestion } from '../phrases.ts';
import type { Sentence, SlideReading } from '../reading.ts';
import type { Finding } from '../rule.ts';
import { EN, everyOf, type ClaimWords } from './words.ts';

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

/** The words of the deck's language. */
export const wordsFor = (deck: AnyDeck): ClaimWords => (langOf(deck.meta.lang) === 'es' ? EN : EN);

/**
 * Text the clinic wrote (its contact lines, the byline), the deck added (a link, a page's fixed
 * headings) or the glossary defines: not claims about the study.
 */
const NOT_CLAIMS = new Set(['contact', 'byline', 'link', 'frame', 'definition']);

/** "This study answered yes", "the study says it should": the question before it, affirmed. */
const AFFIRMS = /^(?:yes\b|(?:this|the|that)\s+(?:\d{4}\s+)?(?:study|studies|research|paper|trials?|experiments?|article|story|headline)|it|they|researchers|scientists|experts|doctors)\s+(?:\w+\s+)?(?:answered|answers|says|said|shows|showed|found|finds|proved|proves|confirmed|confirms|suggests|suggested)\s*(?:that\s+)?(?:yes|so|it\s+(?:does|did|is|was|can|could|should|will|would)|they\s+(?:do|did|are|were|should))\b/iu;
/** A yes-or-no question turned into the statement it asks about: "Does chemo help X?" → "chemo help X". */
const INVERTED = /^(?:(?:so|and|but)[,\s]+)?(?<aux>does|do|did|is|are|was|were|can|could|should|will|would|may|might|has|have)\s+(?<rest>.+?)\?*["'”’)\]]*$/iu;

/** The statement a question asks about, with the auxiliary after its subject where it can be found. */
function statementOf(question: string): string {
  const m = INVERTED.exec(question.trim());
  if (!m?.groups) return question.replace(/\?+\s*$/u, '.');
  const { aux, rest } = m.groups as { aux: string; rest: string };
  // "Should chemo before surgery be stopped" → "chemo before surgery should be stopped".
  const be = /^(.*?)\s+(be|have|get)\s+(.*)$/iu.exec(rest);
  if (/^(?:should|can|could|will|would|may|might)$/i.test(aux) && be) return `${be[1]} ${aux.toLowerCase()} ${be[2]} ${be[3]}.`;
  if (/^(?:does|do|did)$/i.test(aux)) return `${rest}.`;
  const verb = /^(\S+(?:\s+\S+){0,3}?)\s+(\S+(?:ed|ing|en))\b(.*)$/iu.exec(rest);
  return verb ? `${verb[1]} ${aux.toLowerCase()} ${verb[2]}${verb[3]}.` : `${rest}.`;
}

/**
 * Sentences whose words are claims: not the clinic's own lines, not questions, except a question
 * the next sentence answers yes ("Does chemo help cancer spread? This study answered yes."): that
 * pair claims what the question asks, and is read as that statement, with the answer's facts.
 */
export function claimSentences(reading: SlideReading): readonly Sentence[] {
  const all = reading.sentences.filter((s) => !NOT_CLAIMS.has(s.role));
  return all.flatMap((s, i) => {
    if (!isQuestion(s.text)) return [s];
    const next = all[i + 1];
    if (!next || next.field !== s.field || !AFFIRMS.test(next.unquoted.trim())) return [];
    const said = statementOf(s.unquoted);
    return [{ ...next, text: statementOf(s.text), unquoted: said, facts: [...new Set([...s.facts, ...next.facts])] }];
  });
}

/** Is there a negation in `before` (the start of a clause up to a match)? */
export function negates(before: string, words: ClaimWords): boolean {
  const text = before.replace(everyOf(words.notNegating), ' ');
  return words.negation.test(text) || words.nonAsserting.test(text);
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
    const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(sentence);
    return m && !(words.pressSaid.test(sentence.slice(0, m.index)) && m.index > 0) ? m : undefined;
  }
  for (const clause of clauses(sentence)) {
    for (const match of clause.matchAll(everyOf(pattern))) {
      const before = clause.slice(0, match.index);
      // A negation before the match or inside it ("counts are not used to choose…", "not part of routine care").
      if (negates(before + match[0].replace(/\S+\s*$/u, ''), words) || /^\s+(?:no|none|nothing|neither)(?![\p{L}])/iu.test(clause.slice(match.index + match[0].length))) continue;
      if (words.pressSaid.test(before) && !/^\s*as\b/i.test(before)) continue;
      return match as RegExpExecArray;
    }
  }
  return undefined;
}

/** A finding about a sentence, in the checker's one message form. */
export function finding(reading: SlideReading, s: Sentence, what: string, fix: string, excerptOf: (t: string) => string): Finding {
  return { slide: reading.slide.id, message: `${s.field} ${what}: ${excerptOf(s.text)}`, fix };
}
