// Runtime shape of a deck: what TypeScript checks at compile time, checked again for input that
// did not go through the compiler (plain JS, JSON, a cast), plus what types cannot say
// (empty strings, id format, number ranges). Cross-references are checked in validate.ts.

import { z } from 'zod';
import { EVIDENCE_KINDS } from './evidence.ts';
import { ADVICE_ACTIONS, ARMS, NUMBER_UNITS, OUTCOME_KINDS, POPULATION_KINDS, READ_IN, VERIFICATION } from './facts.ts';
import { ID_PATTERN, LAYOUTS, SLIDE_KINDS, SOURCE_TYPES } from './kinds.ts';
import { LANGS } from './locales.ts';

const missingOr = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is missing' : `must be ${what}`),
});

/** Non-empty text (whitespace alone counts as empty). */
const text = () =>
  z.string(missingOr('text')).refine((s) => s.trim().length > 0, { message: 'is empty' });

export const SLIDE_ID = ID_PATTERN;

const inline = z.union(
  [
    z.string(),
    z.strictObject({ em: text() }),
    z.strictObject({ strong: text() }),
    z.strictObject({ term: text(), text: text().optional(), define: z.boolean().optional() }),
    z.strictObject({ cite: text() }),
    z.strictObject({ num: z.string().regex(/^[a-z0-9-]+\.[A-Za-z0-9]+$/, { message: 'must name a fact\'s number, like "trials-spread.chemoFirst"' }) }),
  ],
  { error: () => 'must be a string, {em}, {strong}, {term}, {cite} or {num}' },
);

const richText = z.union([text(), z.array(inline).min(1, 'is empty')], {
  error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text or a list of inline runs'),
});

/** Fact and recommendation ids (slides/facts/). */
const claims = z.array(text(), missingOr('a list of fact ids from slides/facts/')).min(1, 'is empty (leave it out instead)');

/** A text and the facts it cites: `{ text, facts }`, or a plain text that cites none. */
const cited = z.union([richText, z.strictObject({ text: richText, facts: claims })], {
  error: (issue) => (issue.input === undefined ? 'is missing' : 'must be text, or { text, facts }'),
});

const step = {
  id: z.string().regex(ID_PATTERN, { message: 'must be lowercase words joined by hyphens' }).optional(),
  step: z.boolean().optional(),
  facts: claims.optional(),
};

export const blockSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('paragraph'), text: richText, ...step }),
    z.strictObject({
      type: z.literal('list'),
      style: z.enum(['bullet', 'numbered', 'checklist']).optional(),
      stepwise: z.boolean().optional(),
      items: z.array(cited).min(1, 'has no items'),
      ...step,
    }),
    z.strictObject({
      type: z.literal('figure'),
      src: z.string(missingOr('a file name')).regex(/^[a-z0-9][a-z0-9-]*\.(svg|png|jpe?g|webp)$/, {
        message: 'must be a file name like "tmem-doorway.svg"',
      }),
      alt: richText,
      caption: richText,
      ...step,
    }),
    z.strictObject({
      type: z.literal('callout'),
      tone: z.enum(['key-point', 'caveat']),
      title: text().optional(),
      text: richText,
      ...step,
    }),
    z
      .strictObject({
        type: z.literal('chart'),
        alt: richText,
        caption: richText,
        unit: z.enum(['per-100', 'percent']),
        series: z.array(text()).min(1, 'has no series').max(3, 'has more than 3 series'),
        rows: z
          .array(
            z.union(
              [
                z.strictObject({ label: text(), values: z.array(z.number().finite().min(0).max(100)).min(1, 'has no values') }),
                z.strictObject({ label: text(), fact: text(), values: z.array(text()).min(1, 'has no values') }),
              ],
              { error: () => 'must be { label, fact, values: [number keys of the fact] } (or { label, values: [numbers] })' },
            ),
          )
          .min(1, 'has no rows'),
        denominator: richText,
        ...step,
      })
      .superRefine((chart, ctx) => {
        chart.rows.forEach((row, i) => {
          if (row.values.length !== chart.series.length) {
            ctx.addIssue({
              code: 'custom',
              path: ['rows', i, 'values'],
              message: `has ${row.values.length} values for ${chart.series.length} series`,
            });
          }
        });
      }),
    z.strictObject({ type: z.literal('references'), ids: z.array(text()).min(1, 'lists no sources'), ...step }),
    z.strictObject({ type: z.literal('glossary'), ids: z.array(text()).min(1, 'lists no terms'), ...step }),
    z.strictObject({ type: z.literal('deck-info'), ...step }),
    z.strictObject({ type: z.literal('contact'), ...step }),
    z.strictObject({ type: z.literal('reading-view'), ...step }),
  ],
  { error: () => 'has an unknown block type' },
);

export const notesSchema = z.strictObject(
  {
    say: z.array(cited, missingOr('a list of paragraphs')).min(1, 'is empty'),
    question: text(),
    answer: cited,
    short: z.strictObject({ say: z.array(cited, missingOr('a list of paragraphs')).min(1, 'is empty') }).optional(),
  },
  missingOr('{ say, question, answer }'),
);

export const slideSchema = z.strictObject({
  id: z.string(missingOr('text')).regex(SLIDE_ID, { message: 'must be lowercase words joined by hyphens' }),
  kind: z.enum(SLIDE_KINDS, missingOr(`one of ${SLIDE_KINDS.join(', ')}`)),
  title: text(),
  subtitle: text().optional(),
  facts: claims.optional(),
  evidence: z
    .union([z.enum(EVIDENCE_KINDS), z.array(z.enum(EVIDENCE_KINDS)).min(1, 'is empty').max(3, 'has more than 3 kinds')], {
      error: () => `must be one of ${EVIDENCE_KINDS.join(', ')}, or a list of them`,
    })
    .optional(),
  sources: z.array(text(), missingOr('a list of source ids')),
  layout: z.enum(LAYOUTS).optional(),
  body: z.array(blockSchema, missingOr('a list of blocks')),
  notes: notesSchema,
});

const isoDate = z.iso.date({ error: (i) => (i.input === undefined ? 'is missing' : 'must be a date like 2026-11-26') });

export const sourceSchema = z
  .strictObject({
    short: text(),
    authors: text(),
    title: text(),
    publisher: text(),
    year: z.union([z.number().int().min(1900).max(2100), z.literal('n.d.')], missingOr('a year, or "n.d." when no date could be verified')),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { message: 'must look like 10.1126/scitranslmed.aan0026' }).optional(),
    url: z.string().regex(/^https?:\/\/\S+$/, { message: 'must be a full http(s) address' }).optional(),
    type: z.enum(SOURCE_TYPES),
    evidence: z.union([z.enum(EVIDENCE_KINDS), z.array(z.enum(EVIDENCE_KINDS)).min(1, 'is empty').max(3, 'has more than 3 kinds')], {
      error: () => `must be one of ${EVIDENCE_KINDS.join(', ')}, or a list of them`,
    }),
    lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'must be a language tag like "en"' }).optional(),
    publisherLang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'must be a language tag like "es"' }).optional(),
  })
  .refine((s) => s.doi !== undefined || s.url !== undefined, {
    message: 'has neither a DOI nor a URL',
    path: ['doi'],
  });

export const glossaryEntrySchema = z.strictObject({
  term: text(),
  definition: text(),
  expansion: text().optional(),
  forms: z.array(text()).optional(),
  leftOffWordsToKnow: z.strictObject({ reason: text() }).optional(),
});

export const metaSchema = z.strictObject({
  title: text(),
  subtitle: text().optional(),
  lang: z.string(missingOr('a language tag')).regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, { message: 'must be a language tag like "en"' }),
  author: text(),
  description: text(),
  keywords: z.array(text()).min(1, 'is empty'),
  date: isoDate,
  reviewDate: isoDate,
  version: text(),
  funding: text(),
  conflicts: text(),
  contact: text(),
});

const factNumber = z.strictObject({
  value: z.number().finite(),
  unit: z.enum(NUMBER_UNITS),
  noun: text().optional(),
  approx: z.boolean().optional(),
  shown: z.number().finite().optional(),
  of: text().optional(),
  words: z.boolean().optional(),
  measure: z.instanceof(RegExp).optional(),
  arm: z.enum(['first', 'second']).optional(),
});

export const factSchema = z.strictObject({
  statement: text(),
  population: z.strictObject({ kind: z.enum(POPULATION_KINDS), who: text() }),
  evidence: z.enum(EVIDENCE_KINDS),
  sources: z.array(text()).min(1, 'lists no source'),
  numbers: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, { message: 'number keys are words like chemoFirst' }), factNumber).optional(),
  outcome: z.enum(OUTCOME_KINDS),
  causal: z.boolean(),
  result: z.enum(['same', 'differs']).optional(),
  reports: z.array(z.strictObject({ action: z.enum(ADVICE_ACTIONS), polarity: z.enum(['do', 'dont']) })).optional(),
  compares: z.strictObject({ measure: z.instanceof(RegExp), arms: z.enum(ARMS), higher: z.enum(['first', 'second', 'neither']) }).optional(),
  status: z.enum(VERIFICATION),
  read: z.array(z.enum(READ_IN)).min(1, 'is empty'),
  checked: z.iso.date({ error: (i) => (i.input === undefined ? 'is missing' : 'must be a date like 2026-12-01') }),
  mustNotSay: z.array(z.strictObject({ says: text(), pattern: z.instanceof(RegExp), why: text(), everywhere: z.boolean().optional() })).optional(),
  reserve: text().optional(),
  note: text().optional(),
});

export const adviceSchema = z.strictObject({
  statement: text(),
  basis: z.array(text()).min(1, 'rests on no fact'),
  allows: z.array(z.strictObject({ action: z.enum(ADVICE_ACTIONS), polarity: z.enum(['do', 'dont']) })).min(1, 'allows nothing'),
  checked: z.iso.date({ error: (i) => (i.input === undefined ? 'is missing' : 'must be a date like 2026-12-01') }),
});

export const deckSchema = z.strictObject({
  meta: metaSchema,
  sources: z.record(z.string(), sourceSchema),
  glossary: z.record(z.string(), glossaryEntrySchema),
  facts: z.record(z.string().regex(ID_PATTERN, { message: 'fact ids are lowercase words joined by hyphens' }), factSchema).optional(),
  advice: z.record(z.string().regex(ID_PATTERN, { message: 'recommendation ids are lowercase words joined by hyphens' }), adviceSchema).optional(),
  named: z.record(z.string(), text()).optional(),
  slides: z.array(slideSchema).min(2, 'needs at least a title slide and a caveats slide'),
  editions: z
    .record(
      z.string().regex(ID_PATTERN, { message: 'edition names must be lowercase words joined by hyphens' }),
      z.array(z.string()).min(2, 'needs at least the title slide and the caveats slide'),
    )
    .optional(),
  translation: z
    .strictObject({
      of: z.enum(LANGS),
      from: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be the 64-character hash of the English part (npm run review -- --translated es …)' })),
    })
    .optional(),
});
