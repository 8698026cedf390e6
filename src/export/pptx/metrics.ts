// How much room a text needs in Arial, worked out from the font's advance widths (widths.ts), so
// every text box can be sized from its content: PowerPoint's "shrink text on overflow" is not
// used, and LibreOffice ignores it anyway. The estimate errs on the large side: kerning (which
// only narrows text) is left out and each line is allowed a little slack.

import { BOLD, LINE_HEIGHT_EM, REGULAR } from './widths.ts';

function table(runs: readonly (readonly number[])[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (const [first, ...w] of runs) w.forEach((width, i) => widths.set(first! + i, width));
  return widths;
}

const WIDTHS = { regular: table(REGULAR), bold: table(BOLD) } as const;

/** A character the font does not have is drawn from another font: assume it is a full em wide. */
const MISSING = 1000;

/** Slack per line: the estimate is about 3 % wider than the font's own advance widths. */
const SLACK = 1.03;

/** Whether Arial (and Liberation Sans) draws this character itself. */
export const hasGlyph = (char: string): boolean => WIDTHS.regular.has(char.codePointAt(0)!);

/** A piece of text in one weight. */
export interface Segment {
  readonly text: string;
  readonly bold?: boolean;
  /**
   * A hyperlink. LibreOffice Impress imports a linked run as a URL field and never breaks a field
   * across lines (measured with pdftotext -bbox: a sources line wrapped before "[18] Oncology News
   * 2017", the whole link, with room for its first word), so a linked run is counted as one word.
   */
  readonly link?: string;
}

/** Width in points of `text` at `size` pt. */
export function textWidth(text: string, size: number, bold = false): number {
  const widths = bold ? WIDTHS.bold : WIDTHS.regular;
  let units = 0;
  for (const char of text) units += widths.get(char.codePointAt(0)!) ?? MISSING;
  return (units / 1000) * size * SLACK;
}

/**
 * One line's height at `size` pt with single spacing: 1.2 em, more than Arial's own 1.15 em.
 * LibreOffice 7.4 sets single-spaced Liberation Sans lines 1.2 em apart (measured: 26.4 pt at
 * 22 pt, with pdftotext -bbox); PowerPoint's single spacing is also taken to be 1.2 em
 * [unverified here: no PowerPoint], so boxes are sized for the larger of the two.
 */
export const LINE_PITCH_EM = Math.max(LINE_HEIGHT_EM, 1.2);
export const lineHeight = (size: number): number => size * LINE_PITCH_EM;

/**
 * How many lines a paragraph takes in a box `width` pt wide: greedy wrapping at spaces, as
 * PowerPoint and LibreOffice do; a word longer than the line is broken by character.
 */
export function lineCount(segments: readonly Segment[], width: number, size: number): number {
  // Words keep their weight per character; spaces are where a line may break.
  const words: { width: number; space: number }[] = [];
  let current = { width: 0, space: 0 };
  let inWord = false;
  for (const { text, bold, link } of segments) {
    if (link) {
      current.width += textWidth(text, size, bold);
      inWord = true;
      continue;
    }
    for (const char of text) {
      const w = textWidth(char, size, bold);
      if (char === ' ' || char === '\n') {
        if (inWord) words.push(current);
        current = { width: 0, space: 0 };
        inWord = false;
        const last = words[words.length - 1];
        if (last) last.space += w;
      } else {
        current.width += w;
        inWord = true;
      }
    }
  }
  if (inWord) words.push(current);
  if (words.length === 0) return 1;
  let lines = 1;
  let used = 0;
  for (const word of words) {
    if (used > 0 && used + word.width > width) {
      lines++;
      used = 0;
    }
    if (word.width > width) {
      // A long address breaks inside the word, and LibreOffice starts what follows it on a new
      // line (seen on the sources slides): count the rest of its last line as taken.
      lines += Math.ceil(word.width / width) - 1;
      used = width;
    } else used += word.width;
    used += word.space;
  }
  return lines;
}
