// Spanish sentences and words, counted the same way by every Spanish formula. The same shape
// as ../segment.ts (the English one): Intl.Segmenter (ICU, locale 'es') does the segmenting;
// this module only adds the glue ICU lacks for Spanish text (brief spanish-edition.md §4.2):
//  - ICU breaks after "Dra.", "Sr.", "EE." and other abbreviations even when the sentence goes
//    on ("la Dra. Pérez"), so those breaks are joined back (abbreviations.ts lists them);
//  - Spanish may go on in lowercase after "?" or "!" ("¿Dónde está? preguntó", a series of
//    short questions "¿Quién era? ¿de dónde venía?"); ICU breaks there, so that is joined too;
//  - words: ¿ ¡ and punctuation are dropped (ICU does that), hyphenated words are one word,
//    "65%" and "65 %" are one word (read "sesenta y cinco por ciento"), and a number grouped
//    with spaces ("24 843", the no-break-space grouping the brief recommends) is one word.
// Hand-written because no JS package segments Spanish for readability (the brief looked).

import { ENDS_IN_GLUED_ABBREVIATION } from './abbreviations.ts';

const sentenceSegmenter = new Intl.Segmenter('es', { granularity: 'sentence' });
const wordSegmenter = new Intl.Segmenter('es', { granularity: 'word' });

/** A sentence as a span of the text it came from (offsets let callers line up masks). */
export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Ends in ? or ! (optionally closed by quotes or brackets). */
const ENDS_IN_QUESTION_OR_EXCLAMATION = /[?!]["'”’»)\]]*$/u;
/** Begins, after any opening marks or a dialogue dash, with a lowercase letter. */
const BEGINS_IN_LOWERCASE = /^[\s¿¡«"“‘(—–-]*\p{Ll}/u;

function joinsPrevious(previous: SentenceSpan, next: string): boolean {
  if (ENDS_IN_GLUED_ABBREVIATION.test(previous.text)) return true;
  return ENDS_IN_QUESTION_OR_EXCLAMATION.test(previous.text) && BEGINS_IN_LOWERCASE.test(next);
}

/** The sentences of a text, trimmed, in order. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const { segment, index } of sentenceSegmenter.segment(text)) {
    const lead = segment.length - segment.trimStart().length;
    const trimmed = segment.trim();
    if (!trimmed) continue;
    const start = index + lead;
    const end = start + trimmed.length;
    const previous = spans.at(-1);
    if (previous && joinsPrevious(previous, trimmed)) {
      spans[spans.length - 1] = { text: text.slice(previous.start, end), start: previous.start, end };
    } else {
      spans.push({ text: trimmed, start, end });
    }
  }
  return spans;
}

export const sentencesEs = (text: string): string[] => sentenceSpans(text).map((s) => s.text);

/** A complete sentence ends in . ? or ! (optionally followed by closing quotes or brackets, « » included). */
export const isCompleteSentence = (sentence: string): boolean => /[.?!]["'”’»)\]]*$/u.test(sentence.trim());

/** Hyphens that join a compound into one word ("TMEM-positivo", "franco-alemán"); dashes do not. */
const JOINING_HYPHEN = new Set(['-', '\u2011']);
/**
 * Spaces that group a number's thousands ("24 843"): the no-break spaces the brief recommends,
 * and a plain space, which authors type too (NCI's booklets print "192 000 mujeres"). A group
 * is exactly three digits after a number of one to three digits, so "en 2017 100 mujeres" stays
 * two numbers.
 */
const GROUP_SPACES = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/**
 * The words of a text. Numbers such as "4,756" and "38.2" are one word (ICU keeps them whole);
 * so is "24 843" grouped with a space; a hyphenated compound is one word, as SMOG
 * counts it; "65%" and "65 %" are one word. ¿ ¡ and other punctuation are not words.
 */
export function wordsEs(text: string): string[] {
  const segments = [...wordSegmenter.segment(text)];
  const out: string[] = [];
  /** Index in `segments` of the segment that ended the last word (none yet: -Infinity). */
  let lastWordEnd = Number.NEGATIVE_INFINITY;
  for (const [i, { segment, isWordLike }] of segments.entries()) {
    const last = out.at(-1);
    // The non-word segment right after the last word, when this segment follows it directly.
    const between = lastWordEnd === i - 2 ? segments[i - 1]!.segment : undefined;
    if (isWordLike) {
      const hyphen = between !== undefined && JOINING_HYPHEN.has(between);
      const group = between !== undefined && GROUP_SPACES.has(between) && /^\d{3}$/.test(segment) && last !== undefined && /^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})*$/.test(last);
      if (last !== undefined && (hyphen || group)) out[out.length - 1] = `${last}${between}${segment}`;
      else out.push(segment);
      lastWordEnd = i;
      continue;
    }
    // "65%" touching, or "65 %" with one space (as the RAE writes it) or a no-break space.
    if (segment === '%' && last !== undefined && /\d$/.test(last)) {
      const touching = lastWordEnd === i - 1;
      const oneSpace = between !== undefined && /^\s$/u.test(between);
      if (touching || oneSpace) {
        out[out.length - 1] = `${last}%`;
        lastWordEnd = i;
      }
    }
  }
  return out;
}
