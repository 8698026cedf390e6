// Validation of slides/local.ts (the clinic's details) and slides/review.ts (the clinical review
// record), in the same located form as the slides: `slides/local.ts › contact.phone: …. What to do`.

import { z } from 'zod';
import { isIsoDate } from './dates.ts';
import { DeckValidationError, type DeckProblem } from './errors.ts';
import type { LocalDetails, ReviewRecord } from './local.ts';

export const LOCAL_FILE = 'slides/local.ts';
export const REVIEW_FILE = 'slides/review.ts';

const text = (what = 'text') =>
  z.string({ error: (i) => (i.input === undefined ? 'is missing' : `must be ${what}`) }).refine((s) => s.trim().length > 0, { message: 'is empty' });

/** Digits, spaces and + ( ) - . / as people write phone numbers, with 7 to 15 digits (E.164 allows 15). */
export function isPhoneNumber(s: string): boolean {
  const main = s.replace(/\s*(?:ext\.?|x)\s*\d{1,6}$/i, '');
  if (!/^\+?[\d\s().\-/]+$/.test(main)) return false;
  const digits = main.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

export function isHttpsUrl(s: string): boolean {
  if (!/^https:\/\//i.test(s)) return false;
  try {
    const url = new URL(s);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const isEmail = (s: string): boolean => /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(s);

const isoDate = text('a date like 2026-11-26').refine(isIsoDate, { message: 'is not a real date in the form YYYY-MM-DD' });

const localSchema = z.strictObject({
  organization: text().optional(),
  presenter: z.strictObject({ name: text(), role: text().optional() }, { error: () => 'must be { name, role? }' }).optional(),
  contact: z
    .strictObject(
      {
        phone: text('a phone number').refine(isPhoneNumber, { message: 'is not a phone number (7 to 15 digits; spaces, +, ( ) and - are fine)' }).optional(),
        hours: text().optional(),
        website: text('an address').refine(isHttpsUrl, { message: 'is not a full https:// address' }).optional(),
        email: text('an email address').refine(isEmail, { message: 'is not an email address (it needs a name, an @ and a domain)' }).optional(),
      },
      { error: () => 'must be { phone?, hours?, website?, email? }' },
    )
    .optional(),
  talkDate: isoDate.optional(),
  // The QR code encodes it exactly (src/render/qr.ts): the page's own address, with nothing after a # or a space.
  readingViewUrl: text('an address')
    .refine(isHttpsUrl, { message: 'is not a full https:// address' })
    .refine((s) => !/[#\s]/.test(s), { message: 'has a #… part or a space; give the address of the page itself' })
    .optional(),
});

const reviewSchema = z.strictObject({
  name: text(),
  role: text(),
  date: isoDate,
  scope: text(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be the 64-character content hash that `npm run review` writes' }),
  hashes: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a content hash' })),
});

/** What to do, by the last field named in a problem's path. */
const FIXES: Readonly<Record<string, string>> = {
  organization: 'Write the clinic or group name as plain text, or leave it out',
  name: 'Write the name as plain text',
  role: 'Write the role or credentials as plain text, or leave it out',
  phone: 'Write the number people should call, e.g. "(555) 010-0199" or "+1 555 010 0199"',
  hours: 'Write when someone answers, e.g. "Monday to Friday, 8 am to 5 pm"',
  website: 'Write the full address starting with https://, e.g. "https://example.org/breast-care"',
  email: 'Write an address like "nurse.line@example.org", or leave it out',
  talkDate: 'Write the date of the talk as YYYY-MM-DD, e.g. "2026-12-03", or leave it out',
  readingViewUrl: 'Write the full address of the published reading view, starting with https://, e.g. "https://example.org/tmem/read.html", or leave it out',
  date: 'Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
  contentHash: 'Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
  hashes: 'Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
  scope: 'Say what was checked, e.g. "against the full paper and the fact sheet"',
};

function problems(where: string, input: unknown, error: z.ZodError): DeckProblem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String);
    const last = [...path].reverse().find((k) => k in FIXES);
    const field = path.join('.') || '(whole)';
    const value = valueAt(input, issue.path);
    return { where, field, message: value === undefined ? issue.message : `${JSON.stringify(value)} ${issue.message}`, fix: last ? FIXES[last]! : 'Fix this field' };
  });
}

/** The offending text at a path of the input, to quote it in the message (not empty ones). */
function valueAt(input: unknown, path: readonly PropertyKey[]): string | undefined {
  let value: unknown = input;
  for (const key of path) value = value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

export function localProblems(input: unknown): DeckProblem[] {
  if (input === undefined || input === null) return [];
  const parsed = localSchema.safeParse(input);
  return parsed.success ? [] : problems(LOCAL_FILE, input, parsed.error);
}

export function reviewProblems(input: unknown): DeckProblem[] {
  if (input === undefined || input === null) return [];
  const parsed = reviewSchema.safeParse(input);
  return parsed.success ? [] : problems(REVIEW_FILE, input, parsed.error);
}

export function validateLocal(input: unknown): asserts input is LocalDetails | undefined {
  const found = localProblems(input);
  if (found.length > 0) throw new DeckValidationError(found);
}

export function validateReview(input: unknown): asserts input is ReviewRecord | null | undefined {
  const found = reviewProblems(input);
  if (found.length > 0) throw new DeckValidationError(found);
}
