// Numerals as a Spanish (es-US) reader says them, so their syllables can be counted.
//
// SMOG's instructions (and so SOL's) say a numeral is pronounced to decide whether it is
// polysyllabic: "2017" is "dos mil diecisiete" (6 syllables), not one. Hand-written because the
// npm candidates (to-words, n2words) are untested for Spanish and this is a small exact table.
//
// Reading conventions, chosen for es-US and fixed by tests:
//  - Years are cardinals, as Spanish says them: 2017 = "dos mil diecisiete".
//  - "y" between tens and units is spoken, so it is a word here: 38 = "treinta y ocho" (3 words).
//  - "uno" stays "uno" on its own (a numeral's gender or a following noun is not known here, and
//    "una" has the same syllables); it becomes "un"/"veintiún" before "mil" and "millón", where
//    every reader says it so: 21 000 = "veintiún mil", 1 000 000 = "un millón".
//  - es-US writes a decimal point and groups thousands with a comma (4,756) or a no-break space
//    (the brief's recommendation, 4 756). The point is read "punto": 38.2 = "treinta y ocho punto
//    dos". A comma not followed by exactly three digits can only be a decimal comma (es-ES
//    style, "38,2"), read "coma".
//  - Decimals of one or two digits are read as a number ("punto veinticinco"), after any leading
//    zeros ("punto cero cinco"); longer decimals digit by digit, as people read them.
//  - "%" is "por ciento".

const UNITS = [
  'cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve',
  'diez', 'once', 'doce', 'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve',
  'veinte', 'veintiuno', 'veintidós', 'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete',
  'veintiocho', 'veintinueve',
] as const;
const TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'] as const;
const HUNDREDS = [
  '', 'ciento', 'doscientos', 'trescientos', 'cuatrocientos', 'quinientos', 'seiscientos', 'setecientos',
  'ochocientos', 'novecientos',
] as const;

/** The largest whole number read here: just under a thousand billones (10^15). */
export const MAX_SPOKEN_INTEGER = 999_999_999_999_999;

function belowHundred(n: number): string[] {
  if (n < 30) return [UNITS[n]!];
  const units = n % 10;
  const tens = TENS[Math.floor(n / 10)]!;
  return units === 0 ? [tens] : [tens, 'y', UNITS[units]!];
}

function belowThousand(n: number): string[] {
  if (n === 100) return ['cien'];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return [...(hundreds > 0 ? [HUNDREDS[hundreds]!] : []), ...(rest > 0 ? belowHundred(rest) : [])];
}

/** "uno" → "un", "veintiuno" → "veintiún" before "mil" or "millón" ("veintiún mil"). */
function apocope(words: string[]): string[] {
  const last = words.at(-1);
  if (last === 'uno') return [...words.slice(0, -1), 'un'];
  if (last === 'veintiuno') return [...words.slice(0, -1), 'veintiún'];
  return words;
}

/** 1–999 999: "mil", not "un mil"; "veintiún mil". */
function belowMillion(n: number): string[] {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  const high = thousands === 0 ? [] : thousands === 1 ? ['mil'] : [...apocope(belowThousand(thousands)), 'mil'];
  return [...high, ...(rest > 0 ? belowThousand(rest) : [])];
}

/** The words of a whole number, 0 ≤ n ≤ MAX_SPOKEN_INTEGER (long scale: a billón is 10^12). */
export function cardinalEs(n: number): string[] {
  if (!Number.isSafeInteger(n) || n < 0 || n > MAX_SPOKEN_INTEGER) throw new RangeError(`cardinalEs: ${n} is out of range`);
  if (n === 0) return ['cero'];
  const out: string[] = [];
  const billones = Math.floor(n / 1e12);
  const millones = Math.floor((n % 1e12) / 1e6);
  const rest = n % 1e6;
  if (billones > 0) out.push(...(billones === 1 ? ['un', 'billón'] : [...apocope(belowMillion(billones)), 'billones']));
  // "mil millones" (10^9) is Spanish for a US billion.
  if (millones > 0) out.push(...(millones === 1 ? ['un', 'millón'] : [...apocope(belowMillion(millones)), 'millones']));
  if (rest > 0) out.push(...belowMillion(rest));
  return out;
}

/** Group separators es-US uses for thousands: a comma, or a space (plain, no-break, narrow or thin). */
const GROUP = '[, \u00a0\u202f\u2009]';

/**
 * A numeral token as the Spanish segmenter gives it: "20", "4,756", "4 756", "38.2", "38,2",
 * optionally with "%". Thousands groups are exactly three digits.
 */
export const NUMERAL_ES = new RegExp(`^(?:\\d{1,3}(?:${GROUP}\\d{3})+|\\d+)(?:[.,]\\d+)?%?$`, 'u');

function fractionWords(digits: string): string[] {
  if (digits.length > 2) return [...digits].map((d) => UNITS[Number(d)]!);
  const zeros = digits.match(/^0+/)?.[0].length ?? 0;
  const rest = digits.slice(zeros);
  return [...Array<string>(zeros).fill('cero'), ...(rest ? cardinalEs(Number(rest)) : [])];
}

/** The spoken words of a numeral token (see NUMERAL_ES), or undefined if it is not one. */
export function spokenNumberEs(token: string): string[] | undefined {
  const t = token.normalize('NFC');
  if (!NUMERAL_ES.test(t)) return undefined;
  const percent = t.endsWith('%');
  const bare = percent ? t.slice(0, -1) : t;
  // The decimal mark is the last "." or a "," that is not a thousands comma (not followed by
  // exactly three digits and the end, or another group).
  const decimal = /^(.*?)(?:\.(\d+)|,(\d{1,2}|\d{4,}))$/u.exec(bare);
  const whole = decimal ? decimal[1]! : bare;
  const n = Number(whole.replace(new RegExp(GROUP, 'gu'), ''));
  if (!Number.isSafeInteger(n) || n > MAX_SPOKEN_INTEGER) return undefined;
  const spoken = cardinalEs(n);
  if (decimal?.[2] !== undefined) spoken.push('punto', ...fractionWords(decimal[2]));
  if (decimal?.[3] !== undefined) spoken.push('coma', ...fractionWords(decimal[3]));
  if (percent) spoken.push('por', 'ciento');
  return spoken;
}
