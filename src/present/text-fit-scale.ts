// The text-spacing fit itself (text-fit.ts says what and why): the slide shown is laid out on a
// larger canvas and scaled down, the largest scale at which it fits by the one definition of
// "fits" (fit-measure.ts). Loaded by text-fit.ts only once the reader's spacing is on.

import { SLIDE_SIZE } from '../model/slide-size.ts';
import { measure, MIN_TEXT_PX } from './fit-measure.ts';
import type { DeckApi } from './reveal-facade.ts';
import { FIT_PENDING, FIT_SCALE } from './text-fit.ts';

/** The smallest scale tried: below it a slide is left as it is (and the fit check names it). */
const MIN_SCALE = 0.6;

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

/** Fits the slide shown (and puts the one left behind back to its own size); `spaced` says whether the reader's spacing is on. */
export function slideFitter(reveal: DeckApi, spaced: () => boolean): () => void {
  const fits = () => measure({ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, minPx: MIN_TEXT_PX, includeHiddenSteps: true }).overflow.length === 0;
  let fitted: HTMLElement | null = null;

  return () => {
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
}
