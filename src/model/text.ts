// Reading a slide's authored text in reading order, with the field each piece came from.
// Validation walks it to check references; compileDeck() resolves it into runs (compiled.ts).

import type { TextRole } from './compiled.ts';
import type { AnyBlock, AnyInline, AnySlide, AnyText, Ids, Slide } from './types.ts';

/** The inline runs of a text (a plain string is one run). */
export function runs(text: AnyText): readonly AnyInline[] {
  return typeof text === 'string' ? [text] : text;
}


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
    case 'reading-view':
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
