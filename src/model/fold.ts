// Text for matching words in any language: NFC (text pasted from macOS or a PDF may be NFD, and
// /metástasis/ does not match NFD input), then the accents taken off, so "ratón", "raton" and
// "RATÓN" are one word to a pattern, and a pattern written with or without accents finds both.
// ñ stays ñ: it is a letter of its own in Spanish ("año" is not "ano"). For Latin letters the
// folded text has the length of the NFC text, so offsets and masks line up with the original.

// Made once: a literal inside the function would be made on every call (tsx lowers /\p{…}/u
// literals to `new RegExp`), and the checker folds tens of thousands of texts per check.
const MARKS = /([nN])\u0303|\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** NFC text without accents (ñ kept): "Quimioterapia, ¿causó metástasis?" → "Quimioterapia, ¿causo metastasis?". */
export function foldAccents(text: string): string {
  // ASCII text has no accents and is its own NFC.
  if (ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(MARKS, (mark, n: string | undefined) => (n ? mark : ''))
    .normalize('NFC');
}

/** The same pattern with its own accents folded (its flags kept), for matching folded text. */
export function foldPattern(re: RegExp): RegExp {
  return new RegExp(foldAccents(re.source), re.flags);
}
