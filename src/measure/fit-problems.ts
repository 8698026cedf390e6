// What `npm run check` says about a measured slide (src/present/fit-measure.ts measures it):
// what runs out of the slide, by how much and what to do, as check problems. Pure, and kept
// apart from the browser walk (fit-check.ts) so the command knows the rule ids without loading
// Vite or Playwright.

import type { CompiledSlide } from '../model/compiled.ts';
import { fitCulprits, MIN_TEXT_PX, type SlideFit, type Spill } from '../present/fit-measure.ts';
import { isVisual } from '../render/blocks.ts';
import type { Problem } from '../check/rule.ts';

export const FIT_RULE = 'slide-fit';
const TEXT_SIZE_RULE = 'slide-text-size';
export const TEXT_SPACING_RULE = 'slide-text-spacing';

/** The body block a spill names: body[i] in the slide as written (a split layout reorders them). */
function blockIndex(spill: Spill, slide: CompiledSlide | undefined): number | undefined {
  if (spill.index === undefined || !slide) return spill.index;
  if (spill.column === undefined) return spill.index;
  const inColumn = slide.body.map((block, i) => ({ block, i })).filter(({ block }) => isVisual(block) === (spill.column === 'visual'));
  return inColumn[spill.index]?.i;
}

const PART_NAME: Readonly<Record<Exclude<Spill['part'], 'block'>, string>> = {
  title: 'the title',
  subtitle: 'the subtitle',
  byline: 'the byline',
  badges: 'the evidence badges',
  sources: 'the sources line',
};

function describeSpill(spill: Spill, slide: CompiledSlide | undefined): string {
  const where = spill.part === 'block' ? `body[${blockIndex(spill, slide) ?? '?'}] (${spill.what})` : `${PART_NAME[spill.part]} (${spill.what})`;
  const space = spill.part === 'block' ? 'the space under the title' : 'the slide';
  return spill.edge === 'height' ? `${where} runs ${spill.over} px out of ${space}` : `${where} runs ${spill.over} px past the right edge of ${space}`;
}

/** The parts that run out (at most 3 named), then the words drawn in a figure that do. */
function whatRunsOut(fit: SlideFit, slide: CompiledSlide | undefined): string {
  const { culprits } = fitCulprits(fit);
  const list = (items: readonly string[]) => items.slice(0, 3).join('; ') + (items.length > 3 ? `; and ${items.length - 3} more` : '');
  const parts = culprits.map((s) => describeSpill(s, slide));
  if (parts.length === 0 && fit.figureText.length === 0) return fit.overflow[0]!;
  return [...(parts.length > 0 ? [list(parts)] : []), ...(fit.figureText.length > 0 ? [list(fit.figureText)] : [])].join('; ');
}

/**
 * The check problems for one measured slide: what runs out, by how much, and what to do. A
 * translated slide names its own file (`translatedFile`, slides/es/<id>.ts): it keeps the English
 * slide's blocks, so its fix is shorter words, not another slide.
 */
export function slideFitProblems(fit: SlideFit, slide: CompiledSlide | undefined, size: { width: number; height: number }, translatedFile?: string): Problem[] {
  const problems: Problem[] = [];
  const at = `${size.width}×${size.height}`;
  if (fit.overflow.length > 0) {
    const { header } = fitCulprits(fit);
    const what = whatRunsOut(fit, slide);
    const steps = slide && slide.steps > 0 ? `, with all ${slide.steps} steps shown` : '';
    let fix: string;
    if (fit.figureText.length > 0 && fitCulprits(fit).culprits.length === 0) {
      fix = `Give the words drawn in the figure room: shorter lines or a wider box in its SVG${translatedFile ? ` (the translated drawing, in ${translatedFile.replace(/[^/]+$/, 'figures/')})` : ''}.`;
    } else if (translatedFile) {
      fix = `Shorten the translation in ${translatedFile}${header.length > 0 || fit.headerHeight > fit.frameHeight / 2 ? ' (its title first)' : ''}: the same facts, numbers and blocks in fewer words (a translation keeps the English slide's blocks, so it cannot be split).`;
    } else if (header.length > 0 || fit.headerHeight > fit.frameHeight / 2) {
      fix = `Shorten the title: with what sits beside and under it, it is ${fit.headerHeight} px tall on a ${fit.frameHeight} px slide. Keep it to a line or two and put the rest in the body or the notes.`;
    } else {
      const visual = slide?.body.some(isVisual) ?? false;
      const side = visual && slide?.layout !== 'split' ? ", or set layout: 'split' to put the figure or chart beside the text" : '';
      fix = `Shorten the text, split it into two slides (a new file in slides/, listed in slides/index.ts)${side}.`;
    }
    const by = fit.bodyOver > 0 ? ` (the body is ${fit.bodyOver} px too tall)` : '';
    const where = translatedFile ? ` (${translatedFile})` : '';
    problems.push({ slide: fit.id, rule: FIT_RULE, severity: 'error', message: `does not fit its ${at} slide${where}${steps}${by}: ${what}`, fix });
  }
  if (fit.smallText.length > 0) {
    const more = fit.smallText.length > 3 ? `; and ${fit.smallText.length - 3} more` : '';
    problems.push({
      slide: fit.id,
      rule: TEXT_SIZE_RULE,
      severity: 'error',
      message: `has text smaller than ${MIN_TEXT_PX} px on its ${at} slide${translatedFile ? ` (${translatedFile})` : ''}: ${fit.smallText.slice(0, 3).join('; ')}${more}`,
      fix: 'Make it larger; in a figure, set a larger font-size in the SVG or draw it at a larger scale.',
    });
  }
  return problems;
}

/**
 * The check problem for a slide measured with the reader's text spacing (WCAG 1.4.12), after
 * the deck fitted it (scale: what it was scaled to; it fits as it is without the spacing).
 */
export function textSpacingProblems(fit: SlideFit, slide: CompiledSlide | undefined, size: { width: number; height: number }, scale: number): Problem[] {
  if (fit.overflow.length === 0) return [];
  const what = whatRunsOut(fit, slide);
  const drawn = fit.figureText.length > 0 && fitCulprits(fit).culprits.length === 0;
  return [
    {
      slide: fit.id,
      rule: TEXT_SPACING_RULE,
      severity: 'error',
      message: `does not fit its ${size.width}×${size.height} slide with the text spacing readers may set (WCAG 1.4.12: line height 1.5, letters 0.12 em, words 0.16 em), even scaled to ${Math.round(scale * 100)} %: ${what}`,
      fix: drawn
        ? 'Give the words in the figure room to grow by a third: shorter lines (more of them) or a wider box in the SVG; a chart wraps its long labels itself.'
        : 'Shorten the text or split the slide in two (a new file in slides/, listed in slides/index.ts); a word too long for its line (an address) can go in the notes or the sources.',
    },
  ];
}
