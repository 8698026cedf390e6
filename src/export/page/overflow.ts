// Page-side (see prepare.ts): slides whose content does not fit their page.
// reveal.js prints at most `pdfMaxPagesPerSlide` (1) page per slide and hides the rest, so an
// overflowing slide would lose its bottom silently. Each slide's frame is fixed at the slide
// size, and its body takes the space left under the title: content that runs past either box
// is cut off or drawn over the sources line.

interface OverflowFact {
  readonly id: string;
  readonly by: number;
  readonly axis: 'height' | 'width';
}

/** `classes`: the slide frame and body class names (src/render/markup.ts). */
export function overflowingSlides(classes: { readonly frame: string; readonly body: string }): OverflowFact[] {
  const found: OverflowFact[] = [];
  const seen = new Set<string>();
  for (const box of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) {
    const section = box.querySelector<HTMLElement>(':scope > section');
    if (!section || seen.has(section.id)) continue;
    seen.add(section.id);
    // Slides from our renderer have a frame and a body; anything else is measured against its page.
    const frame = section.querySelector<HTMLElement>(`:scope > .${classes.frame}`);
    const boxes: [HTMLElement, number, number][] = frame
      ? [frame, section.querySelector<HTMLElement>(`.${classes.body}`) ?? frame].map((el): [HTMLElement, number, number] => [el, el.clientHeight, el.clientWidth])
      : [[section, box.clientHeight + 1, box.clientWidth]];
    let worst: OverflowFact | null = null;
    for (const [el, height, width] of boxes) {
      const tall = el.scrollHeight - height;
      const wide = el.scrollWidth - width;
      // One pixel of slack for sub-pixel rounding.
      if (tall > 1 && (!worst || tall > worst.by)) worst = { id: section.id, by: tall, axis: 'height' };
      if (wide > 1 && !worst) worst = { id: section.id, by: wide, axis: 'width' };
    }
    if (worst) found.push(worst);
  }
  return found;
}
