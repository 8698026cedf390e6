// `npm run dev` only (main.ts loads it behind `import.meta.env.DEV`, so the build never contains
// it): each slide, when shown, is measured with the one definition of "fits"
// (src/present/fit-measure.ts, as `npm run check` measures it). A slide that does not fit gets a
// red band across its top saying what runs out and by how much, a red outline, and a console
// message naming it; the band goes away once the slide fits (the page reloads on every edit).

import { SLIDE_SIZE } from '../model/slide-size.ts';
import { fitCulprits, measure, MIN_TEXT_PX, type SlideFit, type Spill } from './fit-measure.ts';
import type { DeckApi } from './reveal-facade.ts';

const MARKER = 'dev-fit-marker';

function place(spill: Spill): string {
  if (spill.part !== 'block') return `the ${spill.part === 'badges' ? 'evidence badges' : spill.part === 'sources' ? 'sources line' : spill.part}`;
  // In a split layout the columns reorder the blocks; npm run check names them as body[n].
  return spill.column === undefined ? `body[${spill.index}]` : `block ${spill.index! + 1} of the ${spill.column} column`;
}

/** One line for people: what runs out, by how much, and what to do. */
export function describeFit(fit: SlideFit): string | null {
  if (fit.overflow.length === 0 && fit.smallText.length === 0) return null;
  const parts: string[] = [];
  if (fit.overflow.length > 0) {
    const { header, culprits } = fitCulprits(fit);
    const what = culprits.length > 0 ? culprits.slice(0, 2).map((s) => `${place(s)} (${s.what}) runs ${s.over} px out`).join('; ') : fit.overflow[0]!;
    const fix = header.length > 0 ? 'shorten the title' : "shorten the text, split the slide, or use layout: 'split'";
    parts.push(`does not fit ${SLIDE_SIZE.width}×${SLIDE_SIZE.height}: ${what}. Fix: ${fix}.`);
  }
  if (fit.smallText.length > 0) parts.push(`text under ${MIN_TEXT_PX} px: ${fit.smallText[0]}.`);
  return `Slide "${fit.id}" ${parts.join(' Also ')}`;
}

function mark(section: HTMLElement, message: string | null): void {
  section.querySelector(`:scope > .${MARKER}`)?.remove();
  const frame = section.querySelector<HTMLElement>(':scope > .slide-frame');
  if (frame) frame.style.outline = message ? '6px dashed #b00020' : '';
  if (!message) return;
  const band = document.createElement('div');
  band.className = MARKER;
  band.setAttribute('role', 'status');
  band.textContent = `⚠ ${message}`;
  Object.assign(band.style, {
    position: 'absolute',
    top: '0',
    left: '0',
    right: '0',
    zIndex: '50',
    padding: '10px 16px',
    background: '#b00020',
    color: '#fff',
    font: '700 24px/1.25 system-ui, sans-serif',
    pointerEvents: 'none',
  });
  section.append(band);
}

/** Measures the slide on screen now, and again whenever another slide is shown. */
export function watchFit(deck: DeckApi): void {
  // The speaker view's preview frames run the deck too: mark them, but say it once.
  const speakerPreview = new URLSearchParams(window.location.search).has('receiver');
  const check = async () => {
    await document.fonts.ready;
    const section = deck.getCurrentSlide() as HTMLElement | undefined;
    if (!section) return;
    section.querySelector(`:scope > .${MARKER}`)?.remove();
    const fit = measure({ width: SLIDE_SIZE.width, height: SLIDE_SIZE.height, minPx: MIN_TEXT_PX, includeHiddenSteps: true });
    const message = describeFit(fit);
    mark(section, message);
    section.dataset.devFit = message ? 'overflow' : 'fits'; // measured (tests wait for this)
    if (message && !speakerPreview) console.warn(`[deck] ${message}`);
  };
  deck.on('slidechanged', () => void check());
  void check();
}
