// No invisible characters and no emoji in anything the deck shows or says (issue 23). Text pasted
// from a PDF, a web page or a chat can carry characters nobody sees in an editor: a right-to-left
// override (U+202E) prints the words after it backwards in the PDF, a zero-width space splits a
// word for search and for screen readers, a control character shows as a box. The deck's fonts
// have no emoji: the PDF prints an empty box, and screen readers read out the emoji's name
// ("reminder ribbon") in the middle of a sentence.
// Unicode's own categories (\p{…} in the regular expression engine) say which characters these are;
// only the names of the common ones are written out here, for the message.

import { DECK, type Finding, type Rule } from '../rule.ts';

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

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The words just before the character, so the person can find the place. */
function near(text: string, at: number): string {
  const start = Math.max(0, at - 30);
  const cut = text.slice(start, at).replace(/[\p{C}\p{Zl}\p{Zp}]/gu, '');
  // Whole words only: drop a word the 30 characters cut into.
  const before = (start > 0 ? cut.replace(/^\S*\s/, '') : cut).trimStart();
  return before ? `, after "${before}"` : ', at the start';
}

function problemsIn(text: string, field: string, file: string): Omit<Finding, 'slide'>[] {
  const found: Omit<Finding, 'slide'>[] = [];
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    const ch = invisible[0];
    const name = NAMES[ch.codePointAt(0)!] ?? 'an invisible control character';
    found.push({
      message: `${field} has an invisible character, ${codePoint(ch)} (${name})${near(text, invisible.index)}: it can reverse or hide words in the PDF and make screen readers stumble`,
      fix: `Delete it in ${file}: most editors do not show it, so retype the words around it (it usually comes with text pasted from a PDF, a web page or a chat).`,
    });
  }
  const emoji = EMOJI.exec(text);
  if (emoji) {
    found.push({
      message: `${field} has an emoji, "${emoji[0]}" (${codePoint(emoji[0])})${near(text, emoji.index)}: the deck's fonts have none, so the PDF prints an empty box and screen readers read out its name`,
      fix: `Say it in words in ${file}, or take it out.`,
    });
  }
  return found;
}

export const textCharacters: Rule = {
  id: 'text-characters',
  severity: 'error',
  description: 'No invisible or right-to-left control characters and no emoji in any text the deck shows or says.',
  check: ({ deck, slides }) => {
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      // One finding per field: a pasted paragraph's many sentences share the one fault.
      const seen = new Set<string>();
      for (const s of sentences) {
        for (const p of problemsIn(s.text, s.field, `slides/${slide.id}.ts`)) {
          const key = `${s.field} ${p.message.includes(' an emoji, ') ? 'emoji' : 'invisible'}`;
          if (seen.has(key)) continue;
          seen.add(key);
          findings.push({ slide: slide.id, ...p });
        }
      }
    }
    const meta = { 'meta.title': deck.meta.title, 'meta.subtitle': deck.meta.subtitle ?? '', 'meta.description': deck.meta.description };
    for (const [field, text] of Object.entries(meta)) {
      for (const p of problemsIn(text, field, 'slides/index.ts')) findings.push({ slide: DECK, ...p });
    }
    return findings;
  },
};
