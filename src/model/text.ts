// Reading a slide's authored text in reading order, with the field each piece came from and the
// facts it cites. Validation walks it to check references; compileDeck() resolves it into runs
// (compiled.ts); the checker reads the facts each piece rests on.

import type { TextRole } from './compiled.ts';
import type { AnyBlock, AnyCited, AnyInline, AnySlide, AnyText, Ids, Slide } from './types.ts';

/** The inline runs of a text (a plain string is one run). */
export function runs(text: AnyText): readonly AnyInline[] {
  return typeof text === 'string' ? [text] : text;
}

/** A cited text's text and facts (a plain text cites nothing). */
export function citedText(cited: AnyCited): { readonly text: AnyText; readonly facts: readonly string[] } {
  return typeof cited === 'object' && !Array.isArray(cited) && 'facts' in cited ? cited : { text: cited as AnyText, facts: [] };
}

/** The fact ids a text's `{ num }` runs show (showing a fact's number cites the fact). */
export function numberFacts(text: AnyText): string[] {
  return runs(text).flatMap((r) => (typeof r !== 'string' && 'num' in r ? [r.num.slice(0, r.num.indexOf('.'))] : []));
}

/** Ids in first-seen order, without repeats. */
export const unique = (ids: Iterable<string>): string[] => [...new Set(ids)];

export interface TextPart {
  /** Field path inside the slide, e.g. `body[2].items[0]` or `notes.say[1]`. */
  readonly field: string;
  readonly role: TextRole;
  /** The inline runs (for terms, citations and numbers). */
  readonly text: AnyText;
  /** The facts and recommendations it cites: its block's, its own, and those whose numbers it shows. */
  readonly facts: readonly string[];
}

const part = (field: string, role: TextRole, text: AnyText, facts: readonly string[] = []): TextPart => ({
  field,
  role,
  text,
  facts: unique([...facts, ...numberFacts(text)]),
});

/** A chart row's fact, if it is bound to one. */
export const rowFact = (row: object): string | undefined => ('fact' in row && typeof row.fact === 'string' ? row.fact : undefined);

export function blockTextParts(block: AnyBlock, at: string): TextPart[] {
  const own = block.facts ?? [];
  switch (block.type) {
    case 'paragraph':
      return [part(`${at}.text`, 'paragraph', block.text, own)];
    case 'list':
      return block.items.map((item, i) => {
        const { text, facts } = citedText(item);
        return part(`${at}.items[${i}]`, 'list-item', text, [...own, ...facts]);
      });
    case 'callout':
      return [...(block.title === undefined ? [] : [part(`${at}.title`, 'callout-title', block.title, own)]), part(`${at}.text`, 'callout', block.text, own)];
    case 'figure':
      return [part(`${at}.alt`, 'alt', block.alt, own), part(`${at}.caption`, 'caption', block.caption, own)];
    case 'chart': {
      const facts = unique([...own, ...block.rows.flatMap((r) => rowFact(r) ?? [])]);
      return [
        part(`${at}.alt`, 'alt', block.alt, facts),
        ...block.series.map((s, i) => part(`${at}.series[${i}]`, 'chart-label', s, facts)),
        ...block.rows.map((r, i) => part(`${at}.rows[${i}].label`, 'chart-label', r.label, [...own, ...(rowFact(r) ? [rowFact(r)!] : [])])),
        part(`${at}.denominator`, 'chart-label', block.denominator, facts),
        part(`${at}.caption`, 'caption', block.caption, facts),
      ];
    }
    case 'references':
    case 'glossary':
    case 'deck-info':
    case 'contact':
    case 'reading-view':
      return [];
  }
}

/** Every fact cited anywhere in a slide's body (what its title and subtitle rest on, with the slide's own `facts`). */
export function bodyFacts(slide: AnySlide): string[] {
  return unique(slide.body.flatMap((b, i) => blockTextParts(b, `body[${i}]`).flatMap((p) => p.facts)));
}

/**
 * What a slide's title and subtitle rest on: the slide's own `facts` when it names them (a
 * heading that names one thing: "Where cancer cells get into the blood"), else everything its
 * body cites (a heading sums up the slide).
 */
export function headingFacts(slide: AnySlide): string[] {
  return slide.facts !== undefined ? [...slide.facts] : bodyFacts(slide);
}

/**
 * Every piece of authored text on a slide, in reading order: title, subtitle, body, then notes
 * (the presenter speaks the notes while the slide is shown), then the short editions' script.
 */
export function slideTextParts<I extends Ids>(slide: Slide<I>): TextPart[] {
  const s = slide as AnySlide;
  const heading = headingFacts(s);
  const notes = (list: readonly AnyCited[], at: string) =>
    list.map((p, i) => {
      const { text, facts } = citedText(p);
      return part(`${at}[${i}]`, 'notes', text, facts);
    });
  const answer = citedText(s.notes.answer);
  return [
    part('title', 'title', s.title, heading),
    ...(s.subtitle === undefined ? [] : [part('subtitle', 'subtitle', s.subtitle, heading)]),
    ...s.body.flatMap((block, i) => blockTextParts(block, `body[${i}]`)),
    ...notes(s.notes.say, 'notes.say'),
    part('notes.question', 'notes', s.notes.question),
    part('notes.answer', 'notes', answer.text, answer.facts),
    ...notes(s.notes.short?.say ?? [], 'notes.short.say'),
  ];
}
