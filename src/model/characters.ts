// Characters no deck can show (issue 23): invisible and right-to-left control characters, and
// emoji. Text pasted from a PDF, a web page or a chat can carry characters nobody sees in an
// editor: a right-to-left override (U+202E) prints the words after it backwards in the PDF, a
// zero-width space splits a word for search and for screen readers, a control character shows as
// a box. The deck's fonts have no emoji: the PDF prints an empty box, and screen readers read out
// the emoji's name ("reminder ribbon") in the middle of a sentence.
// Unicode's own categories (\p{…} in the regular expression engine) say which characters these are;
// only the names of the common ones are written out here, for the message.
//
// One definition, two users: `npm run check` reports them with its other findings (the
// text-characters rule), and every command that makes something from the deck (build, pdf, pptx,
// kit, the dev server) refuses the deck with them (src/load/load-deck.ts), so a presenter who
// skips the check cannot print the box.

import type { CompiledDeck } from './compiled.ts';
import { DeckValidationError, type DeckProblem } from './errors.ts';
import { LOCALES } from './locales.ts';
import { runsText } from './runs.ts';

/** Control (Cc, but not tab or line breaks), format (Cf: bidi, zero-width, BOM, soft hyphen), private-use, unassigned, line/paragraph separators. */
const INVISIBLE = /(?![\t\n\r])[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/u;
/** Emoji shown as pictures, an emoji-style variation selector, or flag letters. */
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[\uFE0E\uFE0F\u20E3]|\p{Regional_Indicator}/u;

const NAMES: Readonly<Record<number, string>> = {
  0x00ad: 'soft hyphen',
  0x061c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'byte order mark',
};

export type CharacterKind = 'invisible' | 'emoji';

export interface CharacterProblem {
  readonly kind: CharacterKind;
  /** What is wrong, naming the field, the character and the words before it (no final full stop). */
  readonly message: string;
  readonly fix: string;
}

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The words just before the character, so the person can find the place. */
function near(text: string, at: number): string {
  const start = Math.max(0, at - 30);
  const cut = text.slice(start, at).replace(/[\p{C}\p{Zl}\p{Zp}]/gu, '');
  // Whole words only: drop a word the 30 characters cut into.
  const before = (start > 0 ? cut.replace(/^\S*\s/, '') : cut).trimStart();
  return before ? `, after "${before}"` : ', at the start';
}

/** The first invisible character and the first emoji in one field's text, each with its fix in `file`. */
export function characterProblems(text: string, field: string, file: string): CharacterProblem[] {
  const found: CharacterProblem[] = [];
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    const ch = invisible[0];
    const name = NAMES[ch.codePointAt(0)!] ?? 'an invisible control character';
    found.push({
      kind: 'invisible',
      message: `${field} has an invisible character, ${codePoint(ch)} (${name})${near(text, invisible.index)}: it can reverse or hide words in the PDF and make screen readers stumble`,
      fix: `Delete it in ${file}: most editors do not show it, so retype the words around it (it usually comes with text pasted from a PDF, a web page or a chat).`,
    });
  }
  const emoji = EMOJI.exec(text);
  if (emoji) {
    found.push({
      kind: 'emoji',
      message: `${field} has an emoji, "${emoji[0]}" (${codePoint(emoji[0])})${near(text, emoji.index)}: the deck's fonts have none, so the PDF prints an empty box and screen readers read out its name`,
      fix: `Say it in words in ${file}, or take it out.`,
    });
  }
  return found;
}

/** The module a slide of this deck is written in (a translation's are in slides/<folder>). */
const moduleOf = (deck: CompiledDeck, id: string): string => `slides/${LOCALES[deck.lang].folder}${id}.ts`;

/**
 * Every field of a compiled deck that has such a character, located as a load problem: each
 * slide's authored text (title, subtitle, body, figure words, notes) and the deck's title,
 * subtitle and description. One problem per field and kind.
 */
export function deckCharacterProblems(deck: CompiledDeck): DeckProblem[] {
  const found: DeckProblem[] = [];
  for (const slide of deck.slides) {
    const seen = new Set<string>();
    for (const part of slide.parts) {
      // Words drawn in a figure are fixed in its SVG, which the field names (src/model/compile.ts).
      const file = part.role === 'figure-text' ? (/\((slides\/[^)]+)\)$/.exec(part.field)?.[1] ?? moduleOf(deck, slide.id)) : moduleOf(deck, slide.id);
      for (const p of characterProblems(runsText(part.runs), part.field, file)) {
        const key = `${part.field} ${p.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push({ where: `slide ${slide.id}`, file: moduleOf(deck, slide.id), field: part.field, message: p.message, fix: p.fix });
      }
    }
  }
  const index = `slides/${LOCALES[deck.lang].folder}index.ts`;
  const meta = { 'meta.title': deck.meta.title, 'meta.subtitle': deck.meta.subtitle ?? '', 'meta.description': deck.meta.description };
  for (const [field, text] of Object.entries(meta)) {
    for (const p of characterProblems(text, field, index)) found.push({ where: deck.lang === 'en' ? 'meta' : `${index} meta`, field, message: p.message, fix: p.fix });
  }
  return found;
}

/** Refuses (DeckValidationError, exit 3) decks with such characters: nothing is made from them. */
export function refuseCharacters(decks: readonly CompiledDeck[]): void {
  const seen = new Set<string>();
  const problems: DeckProblem[] = [];
  // The editions share their slides: a slide's problem is said once.
  for (const deck of decks) {
    for (const p of deckCharacterProblems(deck)) {
      const key = `${deck.lang} ${p.where} ${p.field} ${p.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
  }
  if (problems.length > 0) throw new DeckValidationError(problems);
}
