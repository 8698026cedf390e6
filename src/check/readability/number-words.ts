// Numerals as a presenter says them, so their syllables can be counted. SMOG's instructions
// (as given in NCI's "Pink Book") say numerals are pronounced to decide whether they are
// polysyllabic: "2017" is "twenty seventeen" (5 syllables), not one syllable.

const ONES = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;
const SCALES = [
  [1_000_000_000, 'billion'],
  [1_000_000, 'million'],
  [1_000, 'thousand'],
] as const;

/** A numeral token: "20", "4,756", "38.2", optionally with "%". */
export const NUMERAL = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?%?$|^\d+(?:\.\d+)?%?$/;

function belowHundred(n: number): string[] {
  if (n < 20) return [ONES[n]!];
  const ones = n % 10;
  return ones === 0 ? [TENS[Math.floor(n / 10)]!] : [TENS[Math.floor(n / 10)]!, ONES[ones]!];
}

function belowThousand(n: number): string[] {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  return [...(hundreds > 0 ? [ONES[hundreds]!, 'hundred'] : []), ...(rest > 0 || hundreds === 0 ? belowHundred(rest) : [])];
}

function cardinal(n: number): string[] {
  if (n === 0) return ['zero'];
  const out: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES) {
    if (rest >= size) {
      out.push(...belowThousand(Math.floor(rest / size)), name);
      rest %= size;
    }
  }
  if (rest > 0) out.push(...belowThousand(rest));
  return out;
}

/** A year said the usual way: 1998 "nineteen ninety-eight", 2005 "two thousand five", 2017 "twenty seventeen". */
function year(n: number): string[] {
  if (n >= 2000 && n < 2010) return cardinal(n);
  const [high, low] = [Math.floor(n / 100), n % 100];
  if (low === 0) return [...belowHundred(high), 'hundred'];
  return [...belowHundred(high), ...(low < 10 ? ['oh'] : []), ...belowHundred(low)];
}

/** The spoken words of a numeral token (see NUMERAL), or undefined if it is not one. */
export function spokenNumber(token: string): string[] | undefined {
  if (!NUMERAL.test(token)) return undefined;
  const percent = token.endsWith('%');
  const bare = token.replace(/%$/, '');
  const [whole = '', fraction] = bare.split('.');
  const n = Number(whole.replaceAll(',', ''));
  // Four digits without a comma, 1100–2099, read as a year ("in 2017"); "4,756" is a count.
  const spoken = !whole.includes(',') && whole.length === 4 && n >= 1100 && n < 2100 && fraction === undefined ? year(n) : cardinal(n);
  if (fraction !== undefined) spoken.push('point', ...[...fraction].map((d) => ONES[Number(d)]!));
  if (percent) spoken.push('percent');
  return spoken;
}
