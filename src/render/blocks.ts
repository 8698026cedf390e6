// Compiled body blocks → DOM. One function per block type; all text goes in as text nodes.

import type { CompiledBlock, ContactDetails, InfoRow, NumberedSource } from '../model/compiled.ts';
import { referenceKind } from '../model/evidence.ts';
import type { Lang } from '../model/locales.ts';
import { LOCALES } from '../model/locales.ts';
import { UI } from '../model/ui/index.ts';
import { renderChart } from './chart.ts';
import type { RenderContext } from './context.ts';
import { el, svgEl } from './dom.ts';
import { renderFigure } from './figure.ts';
import { renderText } from './inline.ts';
import { CLASS, DATA } from './markup.ts';
import { PAGE_ID } from '../model/page-ids.ts';

const LIST_CLASS = { bullet: 'bullets', numbered: 'steps', checklist: 'checklist' } as const;

/** Where a source can be read: its DOI, else its URL. */
export function sourceHref(s: NumberedSource['source']): { href: string; label: string } | null {
  if (s.doi) return { href: `https://doi.org/${s.doi}`, label: `doi.org/${s.doi}` };
  return s.url ? { href: s.url, label: s.url } : null;
}

/** Whether a source is written in another language than the deck (then its entry says "(en inglés)"). */
export const sourceInOtherLanguage = (s: { readonly lang?: string }, lang: Lang): boolean => (s.lang ?? 'en').split('-')[0] !== LOCALES[lang].tag.split('-')[0];

/**
 * A sources slide lists each source in short, one line each (its label, linked to where it can be
 * read, then where it appeared and what kind of evidence it is), so the whole list fits on two
 * slides; the reading view and the handout give the full reference. In a deck of another language
 * than the source's, the publisher keeps its own language (`lang`) and the entry says so
 * ("(en inglés)"): the label and the kind are the deck's own words.
 */
function renderReferences(sources: readonly NumberedSource[], doc: Document, lang: Lang): HTMLElement {
  const ui = UI[lang];
  return el(
    doc,
    'ol',
    { class: CLASS.references },
    sources.map(({ id, number, source: s }) => {
      const link = sourceHref(s);
      const own = s.lang ?? 'en';
      const foreign = sourceInOtherLanguage(s, lang);
      const publisherLang = s.publisherLang ?? own;
      const publisherForeign = publisherLang.split('-')[0] !== LOCALES[lang].tag.split('-')[0];
      return el(doc, 'li', { id: PAGE_ID.source(id), value: number ?? 0 }, [
        link ? el(doc, 'a', { href: link.href }, [s.short]) : s.short,
        '. ',
        el(doc, 'cite', publisherForeign ? { lang: publisherLang } : {}, [s.publisher]),
        foreign ? el(doc, 'span', { class: 'reference-language' }, [ui.inEnglish]) : null,
        el(doc, 'span', { class: 'reference-kind' }, [` (${referenceKind(s.type, s.evidence, lang)})`]),
      ]);
    }),
  );
}

function renderInfo(rows: readonly InfoRow[], doc: Document): HTMLElement {
  return el(doc, 'dl', { class: CLASS.deckInfo }, rows.map(({ label, value }) => el(doc, 'div', {}, [el(doc, 'dt', {}, [label]), el(doc, 'dd', {}, [value])])));
}

/** A phone handset, drawn as a path (decorative: the words say the same). */
const PHONE_PATH =
  'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z';

function renderContact(contact: ContactDetails | null, lines: readonly string[], doc: Document, lang: Lang): HTMLElement {
  const icon = svgEl(doc, 'svg', { class: 'contact-icon', viewBox: '0 0 24 24', width: 40, height: 40, 'aria-hidden': 'true', focusable: 'false' }, [
    svgEl(doc, 'path', { d: PHONE_PATH }),
  ]);
  const [first, ...rest] = lines;
  // A phone number never breaks across lines ("010-" / "0199").
  const keepWhole = (line: string): (string | HTMLElement)[] => {
    const phone = contact?.phone;
    const at = phone ? line.indexOf(phone) : -1;
    return at < 0 || !phone ? [line] : [line.slice(0, at), el(doc, 'span', { class: 'nowrap' }, [phone]), line.slice(at + phone.length)];
  };
  return el(doc, 'div', { class: CLASS.contact }, [
    icon,
    el(doc, 'div', { class: 'contact-lines' }, [
      // Named for screen readers; the icon and the words say it to everyone else.
      contact ? el(doc, 'p', { class: `contact-title ${CLASS.visuallyHidden}` }, [UI[lang].contact.whoToCall]) : null,
      el(doc, 'p', { class: 'contact-text' }, keepWhole(first ?? '')),
      ...rest.map((line) => el(doc, 'p', { class: 'contact-detail' }, [line])),
    ]),
  ]);
}

/**
 * "Read this talk as one page": a link to the slide's place in the reading view (and the
 * published address when the clinic set one). A relative link marks itself `data-local`: the
 * PDF export has no page to point it at, so the print view leaves it out (theme.css).
 */
function renderReadingViewLink(block: Extract<CompiledBlock, { type: 'reading-view' }>, doc: Document): HTMLElement {
  const local = !/^https:\/\//i.test(block.href);
  // The address (when set) follows on the same line while the header has room (one line keeps the
  // header as tall as the title: on two lines it pushed the about slide's body 13 px off the
  // slide); a long address wraps inside the link.
  const address = block.address ? [': ', el(doc, 'span', { class: 'reading-view-address' }, [block.address])] : [];
  return el(doc, 'p', { class: CLASS.readingView, [DATA.local]: local }, [el(doc, 'a', { href: block.href }, [block.text, ...address])]);
}

export function renderBlock(block: CompiledBlock, ctx: RenderContext, index: number): HTMLElement {
  const { doc } = ctx;
  const node = ((): HTMLElement => {
    switch (block.type) {
      case 'paragraph':
        return el(doc, 'p', {}, renderText(block.text, ctx));
      case 'list': {
        const items = block.items.map((item) => el(doc, 'li', { class: block.stepwise ? CLASS.fragment : undefined }, renderText(item, ctx)));
        return el(doc, block.style === 'numbered' ? 'ol' : 'ul', { class: LIST_CLASS[block.style] }, items);
      }
      case 'callout':
        return el(doc, 'div', { class: `callout callout-${block.tone}`, role: 'note' }, [
          block.title === undefined ? null : el(doc, 'p', { class: 'callout-title' }, [el(doc, 'strong', {}, [block.title])]),
          el(doc, 'p', {}, renderText(block.text, ctx)),
        ]);
      case 'figure':
        return renderFigure(block, ctx, index);
      case 'chart':
        return renderChart(block, ctx, index);
      case 'references':
        return renderReferences(block.sources, doc, ctx.deck.lang);
      case 'glossary':
        return el(
          doc,
          'dl',
          { class: CLASS.glossary },
          block.terms.map(({ id, entry }) => el(doc, 'div', { id: PAGE_ID.term(id) }, [el(doc, 'dt', {}, [entry.term]), el(doc, 'dd', {}, [entry.definition])])),
        );
      case 'deck-info':
        return renderInfo(block.rows, doc);
      case 'contact':
        return renderContact(block.contact, block.lines, doc, ctx.deck.lang);
      case 'reading-view':
        return renderReadingViewLink(block, doc);
    }
  })();
  if (block.step) node.classList.add(CLASS.fragment);
  return node;
}

/** Blocks drawn in the visual column of a split layout. */
export const isVisual = (block: CompiledBlock): boolean => block.type === 'figure' || block.type === 'chart';
