// Body blocks → DOM. One function per block type; all text goes in as text nodes.

import { EVIDENCE_LABEL } from '../model/evidence.ts';
import type { AnyBlock, DeckMeta, Ids, ReferencesBlock, Source } from '../model/types.ts';
import { renderChart } from './chart.ts';
import type { RenderContext } from './context.ts';
import { el, svgEl } from './dom.ts';
import { renderFigure } from './figure.ts';
import { renderText } from './inline.ts';

const LIST_CLASS = { bullet: 'bullets', numbered: 'steps', checklist: 'checklist' } as const;

/** "26 November 2026" from "2026-11-26", without time-zone surprises. */
export function longDate(iso: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** Ends a reference part with a full stop unless it already ends in punctuation ("et al.", "!"). */
const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

function sourceLink(doc: Document, source: Source): HTMLElement | null {
  const href = source.doi ? `https://doi.org/${source.doi}` : source.url;
  if (!href) return null;
  return el(doc, 'a', { href }, [source.doi ? `doi.org/${source.doi}` : href]);
}

function renderReferences(block: ReferencesBlock<Ids>, ctx: RenderContext): HTMLElement {
  const { doc } = ctx;
  return el(
    doc,
    'ol',
    { class: 'references' },
    block.ids.map((id) => {
      const s = ctx.deck.sources[id]!;
      return el(doc, 'li', { id: `source-${id}`, value: ctx.sourceNumber.get(id) ?? 0 }, [
        `${sentence(s.authors)} ${sentence(s.title)} `,
        el(doc, 'cite', {}, [s.publisher]),
        `, ${s.year === 'n.d.' ? 'no date' : s.year}. `,
        sourceLink(doc, s),
        el(doc, 'span', { class: 'reference-kind' }, [` (${EVIDENCE_LABEL[s.evidence]})`]),
      ]);
    }),
  );
}

function renderDeckInfo(meta: DeckMeta, doc: Document): HTMLElement {
  const rows: [string, string][] = [
    ['Made by', meta.author],
    ['Last checked', longDate(meta.date)],
    ['Next review', `by ${longDate(meta.reviewDate)}`],
    ['Funding', meta.funding],
    ['Conflicts of interest', meta.conflicts],
    ['Found a mistake?', meta.contact],
  ];
  return el(doc, 'dl', { class: 'deck-info' }, rows.map(([k, v]) => el(doc, 'div', {}, [el(doc, 'dt', {}, [k]), el(doc, 'dd', {}, [v])])));
}

/** A phone handset, drawn as a path (decorative: the words say the same). */
const PHONE_PATH =
  'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z';

function renderContact(doc: Document): HTMLElement {
  const icon = svgEl(doc, 'svg', { class: 'contact-icon', viewBox: '0 0 24 24', width: 40, height: 40, 'aria-hidden': 'true', focusable: 'false' }, [
    svgEl(doc, 'path', { d: PHONE_PATH }),
  ]);
  return el(doc, 'div', { class: 'contact' }, [icon, el(doc, 'p', { class: 'contact-text' }, ['Questions? Call your care team.'])]);
}

export function renderBlock(block: AnyBlock, ctx: RenderContext, index: number): HTMLElement {
  const { doc } = ctx;
  const node = ((): HTMLElement => {
    switch (block.type) {
      case 'paragraph':
        return el(doc, 'p', {}, renderText(block.text, ctx));
      case 'list': {
        const style = block.style ?? 'bullet';
        const items = block.items.map((item) => el(doc, 'li', { class: block.stepwise ? 'fragment' : undefined }, renderText(item, ctx)));
        return el(doc, style === 'numbered' ? 'ol' : 'ul', { class: LIST_CLASS[style] }, items);
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
        return renderReferences(block, ctx);
      case 'glossary':
        return el(
          doc,
          'dl',
          { class: 'glossary' },
          block.ids.map((id) => {
            const entry = ctx.deck.glossary[id]!;
            return el(doc, 'div', { id: `term-${id}` }, [el(doc, 'dt', {}, [entry.term]), el(doc, 'dd', {}, [entry.definition])]);
          }),
        );
      case 'deck-info':
        return renderDeckInfo(ctx.deck.meta, doc);
      case 'contact':
        return renderContact(doc);
    }
  })();
  if (block.step) node.classList.add('fragment');
  return node;
}

/** Blocks drawn in the visual column of a split layout. */
export const isVisual = (block: AnyBlock): boolean => block.type === 'figure' || block.type === 'chart';
