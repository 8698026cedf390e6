// Dates as the deck shows them. ISO dates (YYYY-MM-DD) are read as calendar days in UTC, so no
// time zone can move them a day.

import { z } from 'zod';
import { LOCALES, type Lang } from './locales.ts';

/** A real calendar date in the form YYYY-MM-DD (so 2026-02-30 is not): zod's, as the deck's schema uses. */
const ISO_DATE = z.iso.date();

/** Is `iso` a real calendar date in the form YYYY-MM-DD? One definition for the schema and the rest. */
export function isIsoDate(iso: string): boolean {
  return ISO_DATE.safeParse(iso).success;
}

/**
 * A date written out from "2026-11-26": "November 26, 2026" in English, "26 de noviembre de 2026"
 * in Spanish. Never numeric: an es-US short date is day first ("10/5/2017" is 10 May), which a
 * reader used to US dates takes for 5 October.
 */
export function longDate(iso: string, lang: Lang = 'en'): string {
  return new Intl.DateTimeFormat(LOCALES[lang].intl, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The same day `months` later (the last day of the month when that day does not exist). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Today as the person running the command counts days (their own time zone, not UTC: a review
 * recorded at 8 pm in California is that day's). The loader reads the clock once; the model never does.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
