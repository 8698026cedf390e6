// Page-side (see prepare.ts): what the page says about its own readiness to print.
// The export polls this and decides in Node (src/export/readiness.ts), where it also knows
// which requests are still open.

export interface SlideFacts {
  readonly id: string;
  /** reveal.js's print view has wrapped it in its page box. */
  readonly laidOut: boolean;
  /** Images that have not finished loading. */
  readonly loadingImages: readonly string[];
  /** Images that loaded but cannot be shown. */
  readonly brokenImages: readonly string[];
}

export interface PageFacts {
  /** `<html data-deck-state>`: loading → ready → pdf-ready (src/present/main.ts). */
  readonly state: string;
  readonly readyState: string;
  /** Text of the deck's error screen, if it shows one. */
  readonly errorScreen: string | null;
  readonly slides: readonly SlideFacts[];
  readonly loadingFonts: readonly string[];
}

/** `markup`: the deck-state attribute and the error screen's class (src/render/markup.ts). */
export function pageFacts(markup: { readonly stateAttribute: string; readonly errorClass: string }): PageFacts {
  const seen = new Set<string>();
  const slides: SlideFacts[] = [];
  // With pdfSeparateFragments, reveal clones each page once per step; report each slide once.
  for (const section of document.querySelectorAll<HTMLElement>('.reveal .slides section')) {
    if (seen.has(section.id)) continue;
    seen.add(section.id);
    const images = [...section.querySelectorAll('img')];
    slides.push({
      id: section.id,
      laidOut: section.closest('.pdf-page') !== null,
      loadingImages: images.filter((img) => !img.complete).map((img) => img.currentSrc || img.src),
      brokenImages: images.filter((img) => img.complete && img.naturalWidth === 0).map((img) => img.currentSrc || img.src),
    });
  }
  const error = document.querySelector(`.${markup.errorClass}`);
  return {
    state: document.documentElement.getAttribute(markup.stateAttribute) ?? '',
    readyState: document.readyState,
    errorScreen: error ? (error.textContent ?? '').replace(/\s+/g, ' ').trim() : null,
    slides,
    loadingFonts: [...document.fonts]
      .filter((font) => font.status === 'loading')
      .map((font) => `${font.family.replace(/["']/g, '')} ${font.weight}${font.style === 'normal' ? '' : ` ${font.style}`}`),
  };
}
