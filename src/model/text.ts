// Reading a deck as text: the words of each slide in reading order, with the field each came from.
// The renderer, the validator and the content checker all read text through these functions,
// so "what the audience reads" is defined once.

import type { AnyBlock, AnyDeck, AnyInline, AnySlide, AnyText, Ids, Slide } from './types.ts';

/** The inline runs of a text (a plain string is one run). */
export function runs(text: AnyText): readonly AnyInline[] {
  return typeof text === 'string' ? [text] : text;
}

/** Glossary lookups the plain-text reader needs (structural, so fixtures can pass partial data). */
export interface TextContext {
  readonly glossary: AnyDeck['glossary'];
  /** Source number as shown on the sources slide; omitted → citations read as nothing. */
  readonly sourceNumber?: (id: string) => number | undefined;
}

/** A text as the audience reads it: terms spelled out, citations as [n] or dropped. */
export function plainText(text: AnyText, ctx: TextContext): string {
  return runs(text)
    .map((run) => {
      if (typeof run === 'string') return run;
      if ('em' in run) return run.em;
      if ('strong' in run) return run.strong;
      if ('term' in run) return run.text ?? ctx.glossary[run.term]?.term ?? run.term;
      const n = ctx.sourceNumber?.(run.cite);
      return n === undefined ? '' : `[${n}]`;
    })
    .join('')
    .replace(/\s+([.,;:!?])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Where a piece of text sits on its slide. */
export type TextRole =
  | 'title'
  | 'subtitle'
  | 'paragraph'
  | 'list-item'
  | 'callout-title'
  | 'callout'
  | 'caption'
  | 'alt'
  | 'chart-label'
  | 'notes';

export interface TextPart {
  /** Field path inside the slide, e.g. `body[2].items[0]` or `notes.say[1]`. */
  readonly field: string;
  readonly role: TextRole;
  /** The inline runs (for terms and citations). */
  readonly text: AnyText;
}

function blockParts(block: AnyBlock, at: string): TextPart[] {
  switch (block.type) {
    case 'paragraph':
      return [{ field: `${at}.text`, role: 'paragraph', text: block.text }];
    case 'list':
      return block.items.map((item, i) => ({ field: `${at}.items[${i}]`, role: 'list-item', text: item }));
    case 'callout':
      return [
        ...(block.title === undefined ? [] : [{ field: `${at}.title`, role: 'callout-title' as const, text: block.title }]),
        { field: `${at}.text`, role: 'callout', text: block.text },
      ];
    case 'figure':
      return [
        { field: `${at}.alt`, role: 'alt', text: block.alt },
        { field: `${at}.caption`, role: 'caption', text: block.caption },
      ];
    case 'chart':
      return [
        { field: `${at}.alt`, role: 'alt', text: block.alt },
        ...block.series.map((s, i) => ({ field: `${at}.series[${i}]`, role: 'chart-label' as const, text: s })),
        ...block.rows.map((r, i) => ({ field: `${at}.rows[${i}].label`, role: 'chart-label' as const, text: r.label })),
        { field: `${at}.denominator`, role: 'chart-label', text: block.denominator },
        { field: `${at}.caption`, role: 'caption', text: block.caption },
      ];
    case 'references':
    case 'glossary':
    case 'deck-info':
    case 'contact':
      return [];
  }
}

/**
 * Every piece of authored text on a slide, in reading order: title, subtitle, body, then notes
 * (the presenter speaks the notes while the slide is shown).
 */
export function slideTextParts<I extends Ids>(slide: Slide<I>): TextPart[] {
  const s = slide as AnySlide;
  return [
    { field: 'title', role: 'title', text: s.title },
    ...(s.subtitle === undefined ? [] : [{ field: 'subtitle', role: 'subtitle' as const, text: s.subtitle }]),
    ...s.body.flatMap((block, i) => blockParts(block, `body[${i}]`)),
    ...s.notes.say.map((p, i) => ({ field: `notes.say[${i}]`, role: 'notes' as const, text: p })),
    { field: 'notes.question', role: 'notes', text: s.notes.question },
    { field: 'notes.answer', role: 'notes', text: s.notes.answer },
  ];
}

/** Sources a slide rests on: its `sources` list plus any inline citations, in first-seen order. */
export function citedSources(slide: AnySlide): string[] {
  const ids = new Set<string>(slide.sources);
  for (const part of slideTextParts(slide)) {
    for (const run of runs(part.text)) if (typeof run !== 'string' && 'cite' in run) ids.add(run.cite);
  }
  return [...ids];
}

/** Source ids listed by references blocks on a slide. */
export function listedSources(slide: AnySlide): string[] {
  return slide.body.flatMap((b) => (b.type === 'references' ? [...b.ids] : []));
}
