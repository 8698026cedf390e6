// How a fact's number is shown, in one place for every back end and every language: the slides,
// the chart and its table, the alt text, the notes, the reading view, the handout and the PPTX
// all call showNumber(), so the same number can never be shown two ways. Pure.

import type { FactNumber } from './facts.ts';
import { LOCALES, type Lang } from './locales.ts';

/** The languages the deck is written in (src/model/locales.ts has the rest of what they need). */
export type { Lang } from './locales.ts';

/**
 * A share out of 100, rounded to a whole number for people, but never shown as 0 or 100 when it
 * is neither: 0.4 is "less than 1 in 100" and 99.6 "more than 99 in 100" (a rounded "0 in 100"
 * reads as "never", which is not what the source says).
 */
export function per100(value: number): { readonly whole: number; readonly bound?: 'below' | 'above' } {
  const whole = Math.round(value);
  if (whole === 0 && value > 0) return { whole: 1, bound: 'below' };
  if (whole === 100 && value < 100) return { whole: 99, bound: 'above' };
  return { whole };
}

const PER_100 = {
  en: { frame: (n: number) => `${n} in 100`, below: 'less than', above: 'more than' },
  es: { frame: (n: number) => `${n} de cada 100`, below: 'menos de', above: 'más de' },
} as const satisfies Record<Lang, unknown>;

/** Small numbers shown in words (for a number marked `words`): "three drugs", "tres medicamentos". */
const WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  es: ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'],
};

/**
 * A whole number with its thousands grouped: "4,756" in English; in Spanish a no-break space,
 * "4 756", as NCI's Spanish booklets write it (es-US CLDR would give "4,756", which Spanish
 * readers from most countries read as a decimal). Four digits are grouped too, as es-US groups
 * them (the RAE's "4756" reads like a year next to the deck's 2017). Years are never grouped.
 */
export function groupDigits(n: number, lang: Lang): string {
  const [whole, fraction] = String(n).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'es' ? '\u00a0' : ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** The number as a slide shows it: "38 in 100", "4,756", "2017", "about" left to the sentence. */
export function showNumber(n: FactNumber, lang: Lang): string {
  switch (n.unit) {
    case 'per-100': {
      const { whole, bound } = per100(n.value);
      const frame = PER_100[lang].frame(whole);
      return bound ? `${PER_100[lang][bound]} ${frame}` : frame;
    }
    case 'percent':
      // To the value's own decimals (a chart of 38.2 and 21.4 says 38.2%, as its data labels do).
      return `${n.value.toLocaleString(lang === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 2 })}%`;
    case 'year':
      return String(n.value);
    case 'month':
      return new Intl.DateTimeFormat(LOCALES[lang].intl, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, n.value - 1, 1)));
    case 'times':
      return `${groupDigits(n.value, lang)}×`;
    default: {
      const value = n.shown ?? n.value;
      if (n.words && Number.isInteger(value) && value >= 0 && value <= 10) return WORDS[lang][value]!;
      return groupDigits(value, lang);
    }
  }
}

/** The value a reader sees (a rounded per-100 share, a shown count), for comparing with typed numbers. */
export function shownValue(n: FactNumber): number {
  if (n.unit === 'per-100') return per100(n.value).whole;
  return n.shown ?? n.value;
}
