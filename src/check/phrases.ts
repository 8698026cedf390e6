// Matching configured words and phrases in sentences: whole words, any case, either apostrophe,
// quotations masked out, negation seen. Rules keep their word lists; this is how they are matched.

import { rememberByText } from '../model/remember.ts';
import { EDGE_AFTER, EDGE_BEFORE } from '../model/word-edge.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each list's pattern is made once (keyed by the phrases themselves, so a new list with the same
// words shares it): the rules ask for it for every sentence. The global one is only used with
// matchAll, search and replace, which leave its lastIndex at 0; test and exec get the other.
const patternsOf = rememberByText((key: string): { readonly every: RegExp; readonly first: RegExp } => {
  const alternatives = key
    .split('\u0000')
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"));
  // Letters or digits on either side mean we are inside a longer word ("secure" is not "cure").
  const source = `${EDGE_BEFORE}(?:${alternatives.join('|')})${EDGE_AFTER}`;
  return { every: new RegExp(source, 'giu'), first: new RegExp(source, 'iu') };
}, 2_000);
const phrasePatterns = (phrases: readonly string[]) => patternsOf(phrases.join('\u0000'));

/** A regex that finds any of the phrases as whole words, case-insensitive; spaces match any space (for matchAll, search, replace). */
export const phraseRegex = (phrases: readonly string[]): RegExp => phrasePatterns(phrases).every;

/** Does the text contain any of the phrases (whole words, any case)? */
export const containsAny = (text: string, phrases: readonly string[]): boolean => phrasePatterns(phrases).first.test(text);

/**
 * The text with every quotation ("…" or “…”) blanked out, same length, so offsets still line up.
 * A quotation reports someone else's words (a headline, a paper's title): the deck shows them in
 * order to correct them, so hype and causal-verb rules do not apply inside quotation marks.
 * An unpaired quotation mark masks nothing.
 */
export function maskQuotations(text: string): string {
  // « » never occur in English text; Spanish also quotes with ‘…’ (in English ’ is the apostrophe).
  return text.replace(/"[^"]*"|“[^”]*”|«[^»]*»/g, (q) => ' '.repeat(q.length));
}

/** Spanish quotations: those above, and ‘…’ (Spanish does not use ’ as an apostrophe). */
export function maskQuotationsEs(text: string): string {
  return maskQuotations(text).replace(/‘[^’]*’/g, (q) => ' '.repeat(q.length));
}

/** Words that negate what follows them in the same sentence. */
const NEGATION = /(?<![\p{L}])(?:not|no|never|neither|nor|without|cannot|nothing|nobody|none)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/**
 * Phrases that contain a negation word but affirm what follows ("not only mice", "no doubt chemo
 * …", "without doubt"): blanked out before looking for a negation, so they cannot excuse a claim.
 */
const NOT_NEGATING = /(?<![\p{L}])(?:not\s+only|not\s+just|no\s+doubt|without\s+(?:a\s+|any\s+)?doubt|no\s+question|no\s+wonder|not\s+surprisingly|nothing\s+but)(?![\p{L}])/giu;

/** Is there a negation in the text (typically: the part of a sentence before a match)? */
export const hasNegation = (text: string): boolean => NEGATION.test(text.replace(NOT_NEGATING, ' '));

/** The last `n` words of a text (to look just before a match). */
export const lastWords = (text: string, n: number): string => text.trim().split(/\s+/).slice(-n).join(' ');

/** English clause boundaries (each language's are in src/check/claims/words.ts clauseSplit). */
const ENGLISH_CLAUSES = /\s*[;:]\s+|\s+[—–]\s+|\s+-\s+|,?\s+(?=(?:but|while|whereas)\s)|,\s+(?=(?:and|so|yet)\s)/i;

/**
 * The clauses of a sentence: split at ; : and dashes, and before "but", "while", "whereas", and a
 * comma followed by "and", "so" or "yet". A claim is judged clause by clause, so "In mice, X; in
 * women, only tissue was measured" keeps its two parts apart, and a "not" in one clause does not
 * excuse a claim in the next ("It did not show A, but B").
 */
export function clauses(sentence: string, split: RegExp = ENGLISH_CLAUSES): string[] {
  return sentence
    .split(split)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/**
 * Reported speech from the press: the text before a claim attributes it to the headline, the
 * news story or the press ("A news site said chemo can backfire"). Like a quotation, that reports
 * someone else's words. "As the news said, …" endorses them, so it does not count.
 */
const PRESS = String.raw`(?:headlines?|news|article|story|stories|site|press(?:\s+release)?|media|reporters?|newspapers?|Telegraph)`;
const SAYS = String.raw`(?:said|says|say|claimed|claims|wrote|writes|called|calls|reported|reports|named|names|listed|mentioned|told)`;
const PRESS_ATTRIBUTION = new RegExp(String.raw`\b${PRESS}\b.*\b${SAYS}\b`, 'i');
export const attributedToPress = (before: string): boolean => PRESS_ATTRIBUTION.test(before) && !/^\s*as\b/i.test(before);

/** A question asks; it does not claim. */
export const isQuestion = (sentence: string): boolean => /\?["'”’)\]]*$/.test(sentence.trim());

/** Shorten a sentence for a message. */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? `"${t}"` : `"${t.slice(0, max - 1).trimEnd()}…"`;
}
