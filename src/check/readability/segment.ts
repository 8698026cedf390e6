// Sentences and words, counted the same way by every rule and every formula.
// Intl.Segmenter (ICU) does the segmenting; this module only adds the glue ICU lacks for our
// text: no break after a few abbreviations, hyphenated words and "50%" kept as one word.

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('en', { granularity: 'word' });

/**
 * ICU breaks after these even when the sentence goes on ("Dr. Smith"), so we join them back.
 * Not "No.": in this deck it is a one-word answer ("No. It came out in 2017.").
 */
const NO_BREAK_AFTER = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|St|vs|al|e\.g|i\.e|U\.S)\.$/;

/** A sentence as a span of the text it came from (offsets let callers line up masks). */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The sentences of a text, trimmed, in order. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = index + lead;
    const previous = spans.at(-1);
    if (previous && NO_BREAK_AFTER.test(previous.text)) {
      spans[spans.length - 1] = { text: text.slice(previous.start, start + trimmed.length), start: previous.start, end: start + trimmed.length };
    } else {
      spans.push({ text: trimmed, start, end: start + trimmed.length });
    }
  }
  return spans;
}

export const sentences = (text: string): string[] => sentenceSpans(text).map((s) => s.text);

/** A complete sentence ends in . ? or ! (optionally followed by closing quotes or brackets). */
export const isCompleteSentence = (sentence: string): boolean => /[.?!]["'”’)\]]*$/.test(sentence.trim());

/** Hyphens that join a compound into one word ("TMEM-mediated", "3-fold"); dashes do not. */
const JOINING_HYPHEN = new Set(['-', '\u2011']);

/**
 * The words of a text. Numbers such as "4,756" and "38.2" are one word (ICU keeps them whole);
 * a hyphenated compound is one word, as SMOG counts it; "50%" is one word (read "fifty percent").
 */
export function words(text: string): string[] {
  const out: string[] = [];
  let joinNext = false;
  let previousEnd = -1;
  for (const { segment, index, isWordLike } of wordSegmenter.segment(text)) {
    const touching = index === previousEnd;
    previousEnd = index + segment.length;
    if (isWordLike) {
      if (joinNext && touching && out.length > 0) out[out.length - 1] += `-${segment}`;
      else out.push(segment);
      joinNext = false;
      continue;
    }
    const last = out.at(-1);
    joinNext = touching && JOINING_HYPHEN.has(segment) && last !== undefined;
    if (segment === '%' && touching && last !== undefined && /\d$/.test(last)) out[out.length - 1] = `${last}%`;
  }
  return out;
}
