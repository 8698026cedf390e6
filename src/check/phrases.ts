// Matching configured words and phrases in sentences: whole words, any case, either apostrophe,
// quotations masked out, negation seen. Rules keep their word lists; this is how they are matched.

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters or digits on either side mean we are inside a longer word ("secure" is not "cure"). */
const WORD_EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const WORD_EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** A regex that finds any of the phrases as whole words, case-insensitive; spaces match any space. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"));
  return new RegExp(`${WORD_EDGE_BEFORE}(?:${alternatives.join('|')})${WORD_EDGE_AFTER}`, 'giu');
}

/** Does the text contain any of the phrases (whole words, any case)? */
export function containsAny(text: string, phrases: readonly string[]): boolean {
  return phraseRegex(phrases).test(text);
}

/**
 * The text with every quotation ("…" or “…”) blanked out, same length, so offsets still line up.
 * A quotation reports someone else's words (a headline, a paper's title): the deck shows them in
 * order to correct them, so hype and causal-verb rules do not apply inside quotation marks.
 * An unpaired quotation mark masks nothing.
 */
export function maskQuotations(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”/g, (q) => ' '.repeat(q.length));
}

/** Words that negate what follows them in the same sentence. */
const NEGATION = /(?<![\p{L}])(?:not|no|never|neither|nor|without|cannot)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/** Is there a negation in the text (typically: the part of a sentence before a match)? */
export const hasNegation = (text: string): boolean => NEGATION.test(text);

/** The last `n` words of a text (to look just before a match). */
export const lastWords = (text: string, n: number): string => text.trim().split(/\s+/).slice(-n).join(' ');

/** A question asks; it does not claim. */
export const isQuestion = (sentence: string): boolean => /\?["'”’)\]]*$/.test(sentence.trim());

/** Shorten a sentence for a message. */
export function excerpt(text: string, max = 60): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? `"${t}"` : `"${t.slice(0, max - 1).trimEnd()}…"`;
}
