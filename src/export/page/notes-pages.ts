// Page-side (see prepare.ts): the handout's speaker-notes pages.
//
// After each slide's page box we add one or more notes pages of exactly the same size, filled
// paragraph by paragraph from the notes the manifest gives (dist/deck.json, the same build the
// pages come from; never scraped back out of the slides); a paragraph that does not fit
// goes to a continuation page, and a paragraph longer than a whole page is split between words.
// So long notes continue on the next page and are never cut off or drawn over the slide, and
// every box still prints as exactly one PDF page (the export checks the count).
//
// reveal.js's own `showNotes` does not do this: 'inline' notes overlap long slides (reveal.js
// #2040) and 'separate-page' notes flow freely, so the page count (and where each slide starts)
// is unknown, and the last notes block adds a blank trailing page (`page-break-after: always`).
// Styles: src/theme/print.css.

/** What the export passes in: each slide's notes, number and title, and the class names to use. */
export interface NotesPagesInput {
  readonly slides: Readonly<
    Record<
      string,
      {
        readonly number: number;
        readonly title: string;
        readonly say: readonly string[];
        readonly question: string;
        readonly answer: string;
        /** From the deck's UI catalog: "Notes for slide 3: ", "… (continued): ", and the page box of each part ("3 · notes", "3 · notes 2"). */
        readonly labels: { readonly sheet: string; readonly sheetContinued: string; readonly pages: readonly string[] };
      }
    >
  >;
  readonly classes: { readonly question: string; readonly answer: string };
  /** From the deck's UI catalog: "They may ask: ", "You can answer: ", "Continued on the next page.". */
  readonly words: { readonly ask: string; readonly answer: string; readonly continuedFooter: string };
}

export function addNotesPages(input: NotesPagesInput): number {
  const make = (tag: string, className: string, text?: string): HTMLElement => {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const fits = (body: HTMLElement): boolean => body.scrollHeight <= body.clientHeight + 1;

  /** Splits `para` at the last word boundary that still fits in `body`: [head, tail]. */
  const split = (para: HTMLElement, body: HTMLElement): [HTMLElement, HTMLElement | null] => {
    const cuts: [Text, number][] = [];
    const walker = document.createTreeWalker(para, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (const match of node.data.matchAll(/\s+/g)) cuts.push([node, match.index + match[0].length]);
    }
    const piece = (from: [Node, number] | null, to: [Node, number] | null): HTMLElement => {
      const range = document.createRange();
      range.selectNodeContents(para);
      if (from) range.setStart(from[0], from[1]);
      if (to) range.setEnd(to[0], to[1]);
      const shell = para.cloneNode(false) as HTMLElement;
      shell.append(range.cloneContents());
      return shell;
    };
    // The largest number of cuts whose head still fits (at least one, so the loop advances).
    let low = 1;
    let high = cuts.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      const head = piece(null, cuts[mid - 1]!);
      body.append(head);
      const ok = fits(body);
      head.remove();
      if (ok) low = mid;
      else high = mid - 1;
    }
    if (cuts.length === 0) return [para, null];
    const tail = piece(cuts[low - 1]!, null);
    return [piece(null, cuts[low - 1]!), tail.textContent?.trim() ? tail : null];
  };

  let added = 0;
  const slidePages = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')];
  slidePages.forEach((slidePage) => {
    const section = slidePage.querySelector<HTMLElement>(':scope > section');
    const notes = section ? input.slides[section.id] : undefined;
    if (!section || !notes) return;
    const { title } = notes;
    let last: HTMLElement = slidePage;
    let part = 0;

    const newSheet = (): { body: HTMLElement; footer: HTMLElement } => {
      part += 1;
      const box = make('div', 'pdf-page notes-page');
      box.style.height = slidePage.style.height;
      box.dataset.exportSlide = section.id;
      box.dataset.exportTitle = title;
      const sheet = make('div', 'notes-sheet');
      const heading = make('h3', 'notes-sheet-heading');
      heading.append(make('span', 'notes-sheet-label', part > 1 ? notes.labels.sheetContinued : notes.labels.sheet), title);
      const body = make('div', 'notes-sheet-body');
      const footer = make('p', 'notes-sheet-footer', '');
      sheet.append(heading, body, footer);
      box.append(sheet, make('div', 'slide-number slide-number-pdf', notes.labels.pages[part - 1] ?? notes.labels.pages.at(-1)!));
      last.after(box);
      last = box;
      added += 1;
      return { body, footer };
    };

    const labelled = (className: string, label: string, text: string): HTMLElement => {
      const p = make('p', className);
      p.append(make('strong', '', label), text);
      return p;
    };
    const queue: HTMLElement[] = [
      ...notes.say.map((text) => make('p', '', text)),
      labelled(input.classes.question, input.words.ask, notes.question),
      labelled(input.classes.answer, input.words.answer, notes.answer),
    ];
    let sheet = newSheet();
    while (queue.length > 0) {
      const para = queue.shift()!;
      sheet.body.append(para);
      if (fits(sheet.body)) continue;
      para.remove();
      if (sheet.body.childElementCount === 0) {
        const [head, tail] = split(para, sheet.body);
        sheet.body.append(head);
        if (tail) queue.unshift(tail);
      } else {
        queue.unshift(para);
        // Keep a question with its answer: move it along unless it is all this page holds.
        const previous = sheet.body.lastElementChild as HTMLElement | null;
        if (para.classList.contains(input.classes.answer) && previous?.classList.contains(input.classes.question) && sheet.body.childElementCount > 1) {
          previous.remove();
          queue.unshift(previous);
        }
      }
      if (queue.length > 0) {
        sheet.footer.textContent = input.words.continuedFooter;
        sheet = newSheet();
      }
    }
  });
  return added;
}
