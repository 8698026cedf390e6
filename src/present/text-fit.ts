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

// Types only: Node imports this module (the fit check's names), and reveal.js needs a DOM.
import type { DeckApi } from './reveal-facade.ts';
// What fits and how a slide is scaled (text-fit-scale.ts, with the fit measure) is loaded only
// once the reader's spacing is on: no one else runs it, and it kept the slides' first script over
// its 55 KB budget (src/bench/bundle.ts).

/**
 * The success criterion's override, as the usual bookmarklet applies it (an author style sheet,
 * !important on every element): the one copy the fit check and the tests inject.
 */
export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

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

export function fitTextSpacing(reveal: DeckApi, root: HTMLElement): void {
  const spaced = probe();
  let fitter: Promise<() => void> | undefined;
  const fit = () => {
    // Nothing to undo and nothing to fit while the reader's spacing is off (the common case):
    // the fit code is not even loaded. Once loaded, it runs on every change (it also puts a
    // fitted slide back when the spacing is removed).
    if (!fitter && !spaced()) {
      document.documentElement.removeAttribute(FIT_PENDING);
      return;
    }
    fitter ??= import('./text-fit-scale.ts').then((m) => m.slideFitter(reveal, spaced));
    fitter.then(
      (fitSlide) => fitSlide(),
      (error: unknown) => {
        document.documentElement.removeAttribute(FIT_PENDING);
        console.error('The text-spacing fit could not be loaded:', error);
      },
    );
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
