// Page-side: runs inside the deck's page after reveal.js has laid out its print view.
// Each exported function is self-contained (no imports, no closures): it is serialised by
// src/export/in-page.ts and evaluated in the page.

/** One page box of the print view, in print order (one box prints as exactly one PDF page). */
export interface PrintBox {
  /** The id of the slide the page belongs to. */
  readonly slide: string;
  readonly kind: 'slide' | 'notes';
}

/**
 * Makes the print view's DOM right for an accessible, linked PDF:
 * - reveal.js leaves every slide but the first `hidden` and `aria-hidden="true"` (they are
 *   "future" slides). Its print CSS shows them anyway, but Chromium's tagged PDF leaves
 *   aria-hidden content out of the structure tree: a screen reader would read slide 1 only.
 * - Links between slides use reveal's routes (`#/slide-id`), which are no element ids, so
 *   Chromium drops them; `#slide-id` becomes a link to that slide's page.
 */
export function prepareForPrint(): void {
  for (const section of document.querySelectorAll('.reveal .pdf-page section')) {
    section.removeAttribute('hidden');
    section.removeAttribute('aria-hidden');
    section.removeAttribute('inert');
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.reveal a[href^="#/"]')) {
    const id = decodeURIComponent(link.getAttribute('href')!.slice(2).split('/')[0] ?? '');
    if (id !== '' && document.getElementById(id)) link.setAttribute('href', `#${id}`);
  }
}

/** The page boxes, in order, with the slide each belongs to (titles come from the manifest). */
export function printBoxes(): PrintBox[] {
  return [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')].map((box): PrintBox => {
    const section = box.querySelector<HTMLElement>(':scope > section');
    return section ? { slide: section.id, kind: 'slide' } : { slide: box.dataset.exportSlide ?? '', kind: 'notes' };
  });
}

/** The slide size reveal.js laid out (its configured width and height, in CSS px). */
export function slideSize(): { width: number; height: number } {
  const size = window.Reveal!.getComputedSlideSize();
  return { width: size.width, height: size.height };
}
