// One PowerPoint export, start to finish: the deck as loaded, one edition compiled, its figures
// drawn, the file written to a temporary name next to the target and renamed over it (so a failed
// or interrupted export leaves the previous file as it was, and no half-written one).

import type { Browser } from 'playwright-core';
import { refuseCharacters } from '../../model/characters.ts';
import { compileDeck } from '../../model/compile.ts';
import type { CompiledDeck } from '../../model/compiled.ts';
import type { DeckInput } from '../../load/deck-input.ts';
import type { TranslationCompileInput } from '../../model/compile.ts';
import { AtomicFile } from '../../output/atomic-file.ts';
import { PptxInterruptedError } from './errors.ts';
import { figuresUsed, renderFigures } from './figures.ts';
import { planDeck, writePptx } from './writer.ts';

export interface PptxExportOptions {
  readonly input: DeckInput;
  readonly edition: string;
  /** Set when `input` is a translation (src/load/lang-deck.ts inputInLang): its review record, said in the file. */
  readonly translation?: TranslationCompileInput;
  /** Absolute path of the file to write. */
  readonly out: string;
  readonly signal?: AbortSignal;
  readonly log?: (message: string) => void;
  /** A Chromium to draw the figures with (closed after); default: one launched for it (src/export/pptx/figures.ts). */
  readonly browser?: () => Promise<Browser>;
}

export interface PptxExportResult {
  readonly path: string;
  readonly bytes: number;
  readonly slides: number;
  /** Slides whose text had to go below the deck's sizes to fit (ids, with the body size used). */
  readonly crowded: readonly { readonly id: string; readonly body: number }[];
}

export function compileEdition(input: DeckInput, edition: string, translation?: TranslationCompileInput): CompiledDeck {
  return compileDeck({ deck: input.deck, edition, local: input.local, review: input.review, figures: input.figures, figureText: input.figureText, ...(translation ? { translation } : {}) });
}

export async function exportPptx(options: PptxExportOptions): Promise<PptxExportResult> {
  const { signal, log = () => undefined } = options;
  const checkSignal = () => {
    if (signal?.aborted) throw new PptxInterruptedError();
  };
  const compiled = compileEdition(options.input, options.edition, options.translation);
  // An invisible character or an emoji would be drawn as a box or hide words: refused, nothing written.
  refuseCharacters([compiled]);
  const names = figuresUsed(compiled);
  log(`drawing ${names.length} figure${names.length === 1 ? '' : 's'} in Chromium`);
  const figures = await renderFigures(names, options.input.figures, { ...(signal ? { signal } : {}), ...(options.browser ? { browser: options.browser } : {}) });
  checkSignal();
  const crowded = planDeck(compiled, figures).flatMap((plan, i) => (plan.sizes.crowded ? [{ id: compiled.slides[i]!.id, body: plan.sizes.body }] : []));
  log(`writing ${compiled.slides.length} slides`);
  const bytes = await writePptx(compiled, figures);
  checkSignal();
  const file = new AtomicFile(options.out);
  const discard = () => file.discard();
  signal?.addEventListener('abort', discard, { once: true });
  try {
    await file.commit(bytes);
  } catch (error) {
    file.discard();
    throw error;
  } finally {
    signal?.removeEventListener('abort', discard);
  }
  // Renamed into place: from here the file is whole, even if Ctrl-C comes now.
  return { path: file.path, bytes: bytes.length, slides: compiled.slides.length, crowded };
}
