// Adding one sentence to a real slide, the way an editor would, for tests that measure the
// checker against sentences it was not written with: as a new paragraph that cites nothing, as
// a new paragraph that cites the facts the editor thought fit, or appended to a text that
// already cites facts (it then inherits them). Returns a new deck; the input is not changed.

import type { AnyDeck, AnySlide } from '../../src/model/types.ts';

export type Placement = 'unbound' | 'bound' | 'inherit';

export interface Addition {
  readonly slide: string;
  /** On the slide (a body paragraph) or in the speaker notes. */
  readonly where: 'body' | 'notes';
  readonly mode: Placement;
  readonly text: string;
  /** For `bound`: the facts the new text cites. */
  readonly facts?: readonly string[];
}

const clone = <T>(value: T): T => structuredClone(value);

/** The field the sentence ends up in (where a problem about it is reported). */
export function addSentence(deck: AnyDeck, add: Addition): { deck: AnyDeck; field: string } {
  const slides = deck.slides.map((s) => (s.id === add.slide ? clone(s) : s)) as unknown as AnySlide[];
  const slide = slides.find((s) => s.id === add.slide) as { body: unknown[]; notes: { say: unknown[] } } | undefined;
  if (!slide) throw new Error(`no slide "${add.slide}"`);
  const cited = (facts: readonly string[]) => ({ text: add.text, facts });
  let field: string;
  if (add.mode !== 'inherit') {
    const value = add.mode === 'bound' ? cited(add.facts ?? []) : add.text;
    if (add.where === 'body') {
      slide.body.push(add.mode === 'bound' ? { type: 'paragraph', text: add.text, facts: add.facts } : { type: 'paragraph', text: add.text });
      field = `body[${slide.body.length - 1}]`;
    } else {
      slide.notes.say.push(value);
      field = `notes.say[${slide.notes.say.length - 1}]`;
    }
  } else if (add.where === 'notes') {
    const at = slide.notes.say.findIndex((p) => typeof p === 'object' && p !== null && !Array.isArray(p) && 'facts' in p);
    // A slide whose script cites nothing (the questions are framing): the prepared answer is the notes text that cites.
    const answer = (slide.notes as { answer?: { text: unknown; facts?: string[] } }).answer;
    if (at < 0 && answer?.facts) {
      answer.text = [...(typeof answer.text === 'string' ? [answer.text] : (answer.text as unknown[])), ` ${add.text}`];
      return { deck: { ...deck, slides: slides as unknown as AnyDeck['slides'] }, field: 'notes.answer' };
    }
    if (at < 0) throw new Error(`slide "${add.slide}" has no notes paragraph that cites facts`);
    const p = slide.notes.say[at] as { text: unknown; facts: string[] };
    p.text = [...(typeof p.text === 'string' ? [p.text] : (p.text as unknown[])), ` ${add.text}`];
    field = `notes.say[${at}]`;
  } else {
    // The first body text that cites facts: a paragraph or callout, or a list item.
    field = '';
    for (const [i, block] of (slide.body as Record<string, unknown>[]).entries()) {
      if ((block.type === 'paragraph' || block.type === 'callout') && Array.isArray(block.facts)) {
        block.text = [...(typeof block.text === 'string' ? [block.text] : (block.text as unknown[])), ` ${add.text}`];
        field = `body[${i}]`;
        break;
      }
      if (block.type === 'list') {
        const items = block.items as unknown[];
        const j = items.findIndex((it) => Array.isArray(block.facts) || (typeof it === 'object' && it !== null && !Array.isArray(it) && 'facts' in it));
        if (j < 0) continue;
        const item = items[j];
        const own = typeof item === 'object' && item !== null && !Array.isArray(item) && 'facts' in item ? (item as { text: unknown; facts: string[] }) : { text: item, facts: [] };
        items[j] = { text: [...(typeof own.text === 'string' ? [own.text] : (own.text as unknown[])), ` ${add.text}`], facts: own.facts.length > 0 ? own.facts : (block.facts as string[]) };
        field = `body[${i}].items[${j}]`;
        break;
      }
    }
    if (!field) return addSentence(deck, { ...add, where: 'notes' }); // a chart slide: its notes
  }
  return { deck: { ...deck, slides: slides as unknown as AnyDeck['slides'] }, field };
}
