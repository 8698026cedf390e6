// Presenting: validate the deck, render it, start reveal.js, publish state.
// Runs three times when the speaker view is open (main window + two ?receiver frames), so it
// has no side effects beyond this page.

import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-400-italic.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import '../theme/theme.css';
import '../theme/print.css';

import deck from '../../slides/index.ts';
import { renderDeck } from '../render/render-deck.ts';
import { browserAssets } from './assets.ts';
import { deckConfig } from './config.ts';
import { showErrorScreen } from './error-screen.ts';
import { createDeck, onDeckEvent } from './reveal-facade.ts';
import { repairRevealUi } from './reveal-ui.ts';

const html = document.documentElement;

function isPrintView(): boolean {
  const query = window.location.search;
  return /print-pdf/i.test(query) || new URLSearchParams(query).get('view') === 'print';
}

async function start(): Promise<void> {
  const assets = browserAssets();
  // A production build only exists if the deck passed validation (src/build/deck-html-plugin.ts),
  // so the validator (and zod) ship only to the dev server, where edits arrive live.
  if (import.meta.env.DEV) {
    const { deckProblems } = await import('../model/validate.ts');
    const problems = deckProblems(deck, { assets: new Set(assets.keys()) });
    if (problems.length > 0) return showErrorScreen(document, problems);
  }

  const root = document.querySelector<HTMLElement>('.reveal');
  const slides = root?.querySelector('.slides');
  if (!root || !slides) return showErrorScreen(document, 'index.html has no <div class="reveal"><div class="slides">.');
  slides.replaceChildren(renderDeck(deck, document, assets));
  html.lang = deck.meta.lang;
  document.title = deck.meta.title;

  const print = isPrintView();
  // The print view measures each slide once; measure with the real font, not a fallback.
  if (print) await document.fonts.ready;

  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const reveal = createDeck(root, deckConfig({ reducedMotion }));
  window.Reveal = reveal;
  repairRevealUi(reveal);

  const pdfReady = print ? new Promise<void>((resolve) => onDeckEvent(reveal, 'pdf-ready', () => resolve())) : null;
  await reveal.initialize();
  html.dataset.deckState = 'ready';
  if (pdfReady) {
    await pdfReady;
    html.dataset.deckState = 'pdf-ready';
  }
}

start().catch((error: unknown) => {
  console.error(error);
  showErrorScreen(document, error instanceof Error ? error.message : String(error));
});
