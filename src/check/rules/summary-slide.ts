// The closing summary (PEMAT 11, CCI 10): a slide of kind 'summary' near the end that repeats the
// main message in the same words as the opening, plus three key points. That the deck has a
// summary slide at all is required-slides' job; this rule checks what it says and where it is.
//
// - The main message is the title slide's key-point callout. The summary has a key-point callout
//   with the same words: both are read as the audience reads them (terms spelled out, citations
//   dropped), then compared after normalising case, quote marks, punctuation and spacing. A
//   reworded message fails on purpose: people should hear the opening sentence again.
// - Three key points: one list on the summary slide with exactly three items.
// - Near the end: only closing slides (questions, teach-back, words to know, sources, about) may
//   follow it; no content or actions slide comes after the summary.

import type { CompiledSlide } from '../../model/compiled.ts';
import { runsText } from '../../model/runs.ts';
import type { SlideKind } from '../../model/types.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

export const KEY_POINTS = 3;

/** Kinds of slide that may come after the summary. */
export const AFTER_SUMMARY_KINDS: ReadonlySet<SlideKind> = new Set(['questions', 'teach-back', 'glossary', 'sources', 'about']);

/** Text compared word for word: lowercase, no quote marks or apostrophes, punctuation as spaces. */
export const normaliseMessage = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The texts of a slide's key-point callouts, as the audience reads them. */
function keyPoints(slide: CompiledSlide): string[] {
  return slide.body.flatMap((b) => (b.type === 'callout' && b.tone === 'key-point' ? [runsText(b.text)] : []));
}

/** The opening's main message: the first key-point callout on the title slide. */
export function mainMessage(slides: readonly CompiledSlide[]): string | undefined {
  const title = slides[0];
  return title?.kind === 'title' ? keyPoints(title)[0] : undefined;
}

export const summarySlide: Rule = {
  id: 'summary-slide',
  severity: 'error',
  description: `The summary slide comes near the end, repeats the title slide's main message word for word, and gives ${KEY_POINTS} key points.`,
  check: (reading) => {
    const findings: Finding[] = [];
    const slides = reading.compiled.slides;
    const summaries = slides.map((slide, index) => ({ slide, index })).filter(({ slide }) => slide.kind === 'summary');
    if (summaries.length === 0) return findings; // required-slides reports a missing summary
    const message = mainMessage(slides);
    if (message === undefined) {
      findings.push({
        slide: slides[0]!.id,
        message: 'has no main message (a key-point callout) for the summary to repeat',
        fix: "Put the main message on the title slide as a callout with tone: 'key-point'.",
      });
    }
    for (const { slide, index } of summaries) {
      if (message !== undefined && !keyPoints(slide).some((text) => normaliseMessage(text) === normaliseMessage(message))) {
        findings.push({
          slide: slide.id,
          message: `does not repeat the main message in the same words as the title slide: ${excerpt(message, 80)}`,
          fix: "Add a callout with tone: 'key-point' whose text is the title slide's main message, word for word.",
        });
      }
      const lists = slide.body.filter((b) => b.type === 'list');
      if (!lists.some((b) => b.type === 'list' && b.items.length === KEY_POINTS)) {
        const counts = lists.map((b) => (b.type === 'list' ? b.items.length : 0));
        findings.push({
          slide: slide.id,
          message: `does not list ${KEY_POINTS} key points (${counts.length === 0 ? 'no list' : `a list of ${counts.join(', ')}`})`,
          fix: `Give the ${KEY_POINTS} key points as one list with exactly ${KEY_POINTS} items.`,
        });
      }
      const later = slides.slice(index + 1).find((s) => !AFTER_SUMMARY_KINDS.has(s.kind));
      if (later) {
        findings.push({
          slide: slide.id,
          message: `is not near the end: the ${later.kind} slide "${later.id}" comes after it`,
          fix: `Move the summary after every content and actions slide; only ${[...AFTER_SUMMARY_KINDS].join(', ')} slides may follow it.`,
        });
      }
    }
    return findings;
  },
};
