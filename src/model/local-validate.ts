// Validation of slides/local.ts (the clinic's details) and slides/review.ts (the clinical review
// record), in the same located form as the slides: `slides/local.ts › contact.phone: …. What to do`.

import { z } from 'zod';
import { isIsoDate } from './dates.ts';
import { DeckValidationError, type DeckProblem } from './errors.ts';
import { contentHash } from './hash.ts';
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

/** The longest name or role the about slide and the handout show on one line (a pasted paragraph is a mistake). */
export const MAX_NAME_CHARS = 120;

/** What is wrong with a name or role, or undefined: one line of plain text, at most MAX_NAME_CHARS. */
export function lineProblem(value: string): string | undefined {
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return 'has a line break or a control character; it is shown on one line';
  if (value.length > MAX_NAME_CHARS) return `is ${value.length} characters long; at most ${MAX_NAME_CHARS} fit on the line that shows it`;
  return undefined;
}

/** One line of text, as lineProblem() says. */
const line = () => text().superRefine((value, ctx) => {
  const problem = lineProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const isoDate = text('a date like 2026-11-26').refine(isIsoDate, { message: 'is not a real date in the form YYYY-MM-DD' });

const localSchema = z.strictObject({
  organization: line().optional(),
  presenter: z.strictObject({ name: line(), role: line().optional() }, { error: () => 'must be { name, role? }' }).optional(),
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
  translations: z
    .strictObject(
      { es: z.strictObject({ role: text().optional(), hours: text().optional() }, { error: () => 'must be { role?, hours? }' }).optional() },
      { error: () => 'must be { es: { role?, hours? } }' },
    )
    .optional(),
});

const reviewSchema = z.strictObject({
  name: line(),
  role: line(),
  date: isoDate,
  scope: text(),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be the 64-character content hash that `npm run review` writes' }),
  hashes: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a content hash' })),
  statements: z.record(z.string(), z.string()).optional(),
  sentences: z.record(z.string(), z.array(z.tuple([z.string(), z.string()]))).optional(),
});

/** What to do, by the last field named in a problem's path. */
const FIXES: Readonly<Record<string, string>> = {
  organization: `Write the clinic or group name as plain text on one line (at most ${MAX_NAME_CHARS} characters), or leave it out`,
  name: `Write the name as plain text on one line (at most ${MAX_NAME_CHARS} characters)`,
  role: `Write the role or credentials as plain text on one line (at most ${MAX_NAME_CHARS} characters), or leave it out`,
  phone: 'Write the number people should call, e.g. "(555) 010-0199" or "+1 555 010 0199"',
  hours: 'Write when someone answers, e.g. "Monday to Friday, 8 am to 5 pm"',
  website: 'Write the full address starting with https://, e.g. "https://example.org/breast-care"',
  email: 'Write an address like "nurse.line@example.org", or leave it out',
  talkDate: 'Write the date of the talk as YYYY-MM-DD, e.g. "2026-12-03", or leave it out',
  translations: 'Write the presenter\'s role and the hours in Spanish, e.g. translations: { es: { role: "Enfermera educadora", hours: "De lunes a viernes, de 8 a. m. a 5 p. m." } }',
  readingViewUrl: 'Write the full address of the published reading view, starting with https://, e.g. "https://example.org/tmem/read.html", or leave it out',
  date: 'Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
  contentHash: 'Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
  hashes: 'Run `npm run review -- --name "…" --role "…"` to record a review, rather than editing the file by hand',
  scope: 'Say what was checked, e.g. "against the full paper and the fact sheet"',
};

/**
 * How many one-letter edits turn `a` into `b` (Levenshtein). Hand-written: ten lines for a list of
 * a dozen field names, where a dependency would be more to keep than the code.
 */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/** The keys an object of the schema may have at `path` (for "did you mean"). */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let at: z.ZodType | undefined = schema;
  for (const key of path) {
    while (at instanceof z.ZodOptional) at = at.unwrap() as z.ZodType;
    at = at instanceof z.ZodObject ? (at.shape as Record<string, z.ZodType>)[String(key)] : undefined;
  }
  while (at instanceof z.ZodOptional) at = at.unwrap() as z.ZodType;
  return at instanceof z.ZodObject ? Object.keys(at.shape) : [];
}

/** A misspelt field: the message names it and the fix the nearest known field ("organisation" → "organization"). */
function unknownKeyProblems(where: string, schema: z.ZodType, issue: z.core.$ZodIssueUnrecognizedKeys): DeckProblem[] {
  const known = keysAt(schema, issue.path);
  return issue.keys.map((key) => {
    const field = [...issue.path.map(String), key].join('.');
    const near = known.map((k) => ({ k, d: editDistance(key, k) })).sort((x, y) => x.d - y.d)[0];
    const list = known.map((k) => `"${k}"`).join(', ');
    return near && near.d <= Math.max(2, Math.floor(key.length / 3))
      ? { where, field, message: `is not a field here`, fix: `Did you mean "${near.k}"? Rename "${key}" to "${near.k}" (the fields here are ${list})` }
      : { where, field, message: `is not a field here`, fix: `Remove "${key}", or use one of ${list}` };
  });
}

function problems(where: string, input: unknown, error: z.ZodError, schema: z.ZodType): DeckProblem[] {
  return error.issues.flatMap((issue): DeckProblem[] => {
    if (issue.code === 'unrecognized_keys') return unknownKeyProblems(where, schema, issue);
    const path = issue.path.map(String);
    const last = [...path].reverse().find((k) => k in FIXES);
    const field = path.join('.') || '(whole)';
    const value = valueAt(input, issue.path);
    return [{ where, field, message: value === undefined ? issue.message : `${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value)} ${issue.message}`, fix: last ? FIXES[last]! : 'Fix this field' }];
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
  return parsed.success ? [] : problems(LOCAL_FILE, input, parsed.error, localSchema);
}

export function reviewProblems(input: unknown): DeckProblem[] {
  if (input === undefined || input === null) return [];
  const parsed = reviewSchema.safeParse(input);
  if (!parsed.success) return problems(REVIEW_FILE, input, parsed.error, reviewSchema);
  // `npm run review` writes contentHash as the hash of the record's own hashes: a record edited by
  // hand (a hash changed, a part added or removed) no longer matches itself, and cannot say what was reviewed.
  if (parsed.data.contentHash !== contentHash(parsed.data.hashes)) {
    return [
      {
        where: REVIEW_FILE,
        field: 'contentHash',
        message: 'does not match the record\'s own hashes, so the record was edited by hand and no longer says what the clinician reviewed',
        fix: 'Have a clinician review the deck, then record it again with `npm run review -- --name "…" --role "…"` (or remove the record with `npm run review -- --clear`); never edit slides/review.ts by hand',
      },
    ];
  }
  return [];
}

/** A talk date before the deck's own date (meta.date) cannot be right: "1999-05-01" is a typo for another year. */
export function talkDateProblems(local: LocalDetails | undefined, deckDate: string): DeckProblem[] {
  const talk = local?.talkDate;
  if (talk === undefined || !isIsoDate(talk) || talk >= deckDate) return [];
  return [{ where: LOCAL_FILE, field: 'talkDate', message: `"${talk}" is before this version of the deck was made (${deckDate})`, fix: 'Write the date the talk will be given, as YYYY-MM-DD, e.g. "2026-12-03", or leave it out' }];
}

export function validateLocal(input: unknown): asserts input is LocalDetails | undefined {
  const found = localProblems(input);
  if (found.length > 0) throw new DeckValidationError(found);
}

export function validateReview(input: unknown): asserts input is ReviewRecord | null | undefined {
  const found = reviewProblems(input);
  if (found.length > 0) throw new DeckValidationError(found);
}
