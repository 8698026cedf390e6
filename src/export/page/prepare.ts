// Page-side: runs inside the deck's page after reveal.js has laid out its print view.
// Each exported function is self-contained (no imports, no closures): it is serialised by
// src/browser/in-page.ts and evaluated in the page.

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
 * - Text blocks are printed with `white-space: pre-wrap` (src/theme/print.css: so the space at a
 *   line wrap is drawn and tagged): white space in them is collapsed here as the browser would,
 *   so no run of spaces, newline or indentation from the page's markup shows.
 */
export function prepareForPrint(): void {
  const blocks = 'h1, h2, h3, p, li, dt, dd, figcaption, caption, th, td';
  for (const block of document.querySelectorAll<HTMLElement>(`.reveal .slides section :is(${blocks})`)) {
    if (block.parentElement?.closest(blocks)) continue; // handled with its outer block
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode as Text);
    let previousEndsInSpace = true; // at the start of a block, leading white space goes
    for (const text of texts) {
      if (text.parentElement?.closest('svg')) continue;
      let data = text.data.replace(/[ \t\n\r\f]+/g, ' ');
      if (previousEndsInSpace) data = data.replace(/^ /, '');
      if (data !== '') previousEndsInSpace = data.endsWith(' ');
      if (data !== text.data) text.data = data;
    }
  }

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

/**
 * Where one block's text ends and the next one's begins, a space: Chromium draws no separator
 * between blocks, so a PDF's text and tags read "evidence:Mouse study" (the badges are flex
 * items), "chemoShort for chemotherapy" (a term and its definition), "(The study)doi.org/…".
 * The space is appended to each block (never inside a link, whose underline would show it);
 * with `white-space: pre-wrap` (print.css, handout.css) it hangs at the block's end, takes no
 * room and is drawn. Returns how many were added.
 */
export function spaceBlockEnds(selector: string): number {
  let added = 0;
  for (const block of document.querySelectorAll<HTMLElement>(selector)) {
    const text = block.textContent ?? '';
    if (text.trim() === '' || /\s$/.test(text) || block.closest('svg')) continue;
    block.append(' ');
    added++;
  }
  return added;
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
