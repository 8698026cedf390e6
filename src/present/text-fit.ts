// A slide stays inside its canvas when the reader's own style sheet spaces the text out (WCAG
// 1.4.12 Text Spacing: line height 1.5, paragraphs 2 em apart, letters 0.12 em, words 0.16 em,
// as a bookmarklet or a browser extension applies them to every element with !important).
// The slides are laid out for a fixed 1280×720 canvas; that much spacing makes text about a
// quarter wider and a seventh taller, and most slides ran up to 340 px out of the canvas, text
// over text. Only then, and only on the slide shown, the slide's frame is laid out on a larger
// canvas (1280/s × 720/s) and scaled by s, the largest s (down to MIN_SCALE) at which it fits by
// the one definition of "fits" (fit-measure.ts): lines get longer, so text shrinks by far less
// than the overflow (about 0.8 for the fullest slide). The reader's spacing is kept, nothing is
// cut off, nothing overlaps.
//
// Without such a style sheet this does nothing: a slide the author overfilled is not shrunk
// here, so `npm run check` and the dev server's marker still see it overflow.

import { SLIDE_SIZE } from '../model/slide-size.ts';
import { measure, MIN_TEXT_PX } from './fit-measure.ts';
// Types only from the facade: Node imports this module (the fit check's names), and reveal.js needs a DOM.
import type { DeckApi } from './reveal-facade.ts';

/**
 * The success criterion's override, as the usual bookmarklet applies it (an author style sheet,
 * !important on every element): the one copy the fit check and the tests inject.
 */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** The smallest scale tried: below it a slide is left as it is (and the fit check names it). */
const MIN_SCALE = 0.6;
/** While a fit is waiting for the next frame, <html> carries this attribute (tests wait for it to go). */
export const FIT_PENDING = 'data-text-fit-pending';
/** The scale a slide was fitted at, on its <section> (absent at 1). */
export const FIT_SCALE = 'data-text-fit';

/**
 * Whether the reader's style sheet overrides text spacing: a probe the theme leaves unspaced
 * (its inline style), read back. An override with !important on every element wins over it.
 */
function probe(): () => boolean {
  const el = document.createElement('span');
  el.setAttribute('aria-hidden', 'true');
  Object.assign(el.style, { display: 'none', fontSize: '10px', lineHeight: '10px', letterSpacing: '0px', wordSpacing: '0px' });
  document.body.append(el);
  return () => {
    const s = getComputedStyle(el);
    const zero = (v: string) => v === '0px' || v === 'normal';
    return !zero(s.letterSpacing) || !zero(s.wordSpacing) || s.lineHeight !== '10px';
  };
}

function setScale(frame: HTMLElement, scale: number): void {
  if (scale === 1) {
    for (const p of ['width', 'height', 'margin-right', 'margin-bottom', 'transform', 'transform-origin']) frame.style.removeProperty(p);
    return;
  }
  // The section takes its height from the frame's layout box: the negative margins keep that
  // box the canvas's size, as the frame is drawn.
  frame.style.width = `${SLIDE_SIZE.width / scale}px`;
  frame.style.height = `${SLIDE_SIZE.height / scale}px`;
  frame.style.marginRight = `${SLIDE_SIZE.width - SLIDE_SIZE.width / scale}px`;
  frame.style.marginBottom = `${SLIDE_SIZE.height - SLIDE_SIZE.height / scale}px`;
  frame.style.transformOrigin = '0 0';
  frame.style.transform = `scale(${scale})`;
}

export function fitTextSpacing(reveal: DeckApi, root: HTMLElement): void {
  const spaced = probe();
  const fits = () => measure({ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, minPx: MIN_TEXT_PX, includeHiddenSteps: true }).overflow.length === 0;
  let fitted: HTMLElement | null = null;

  const fit = () => {
    document.documentElement.removeAttribute(FIT_PENDING);
    const section = reveal.getCurrentSlide();
    const frame = section?.querySelector<HTMLElement>(':scope > .slide-frame');
    // The slide left behind goes back to its own size.
    if (fitted && fitted !== frame) {
      setScale(fitted, 1);
      fitted.parentElement?.removeAttribute(FIT_SCALE);
      fitted = null;
    }
    if (!section || !frame) return;
    setScale(frame, 1);
    section.removeAttribute(FIT_SCALE);
    if (!spaced() || fits()) return;
    // The largest scale that fits, to a thousandth: a few layouts of one slide.
    let lo = MIN_SCALE;
    let hi = 1;
    setScale(frame, lo);
    if (fits()) {
      while (hi - lo > 0.005) {
        const mid = (lo + hi) / 2;
        setScale(frame, mid);
        if (fits()) lo = mid;
        else hi = mid;
      }
    }
    setScale(frame, lo);
    section.setAttribute(FIT_SCALE, lo.toFixed(3));
    fitted = frame;
  };

  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    document.documentElement.setAttribute(FIT_PENDING, '');
    // Next frame, not inside the observer's callback: resizing what it observes there would be a loop.
    requestAnimationFrame(() => {
      scheduled = false;
      fit();
    });
  };
  // A style sheet added later (a bookmarklet) changes the size of the slides' parts: refit then.
  const observer = new ResizeObserver(schedule);
  for (const el of root.querySelectorAll('.slide-frame > *, .slide-body > *, .slide-body > * > *')) observer.observe(el);
  reveal.on('slidechanged', schedule);
  document.fonts.addEventListener('loadingdone', schedule);
  schedule();
}
