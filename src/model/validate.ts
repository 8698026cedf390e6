// Runtime validation of a deck: its shape (schema.ts) and the cross-references types cannot
// express. Every problem names the slide (or registry entry), the field and what to do.
// Validation collects all problems and throws once, so nothing is ever rendered half.

import type { z } from 'zod';
import { DeckValidationError, type DeckProblem } from './errors.ts';
import { deckSchema } from './schema.ts';
import { parseNumberRef } from './facts.ts';
import { generatedIdShape } from './page-ids.ts';
import { caveatOrderRole } from './evidence.ts';
import { runs, rowFact, slideTextParts } from './text.ts';
import { FULL_EDITION, type AnyDeck, type AnySlide } from './types.ts';

export interface ValidateOptions {
  /** File names available in `slides/figures/`. */
  readonly assets: ReadonlySet<string>;
  /** The figures folder as the person gave it (--figures), for the messages; default slides/figures. */
  readonly figuresFolder?: string;
  /**
   * Hold the slides to the talk's order beyond the first two: trials before mechanism
   * (caveatOrderRole in evidence.ts). On for the real deck and its translations (src/load/);
   * the small test decks, built to exercise other rules, leave it off.
   */
  readonly talkOrder?: boolean;
}

/** What to do, by the last named field of a problem's path. */
const FIXES: Readonly<Record<string, string>> = {
  id: 'Give the slide a unique id of lowercase words joined by hyphens, matching its file name',
  kind: 'Set kind to what the slide is for (title, caveats, content, actions, questions, ...)',
  title: 'Give it a short title that says what the slide is about',
  subtitle: 'Remove the subtitle or write one',
  say: 'Write what the presenter should say, in plain spoken words',
  question: 'Write the question the audience is likely to ask here',
  answer: 'Write an honest, plain answer to that question',
  notes: 'Add speaker notes: { say: [...], question, answer }',
  alt: 'Describe what the figure shows for someone who cannot see it',
  caption: 'Add a visible caption that says what the figure shows',
  src: 'Use the file name of an SVG in slides/figures/',
  sources: 'List the source ids from slides/sources.ts that back this slide',
  evidence: 'Use one of the evidence kinds in src/model/evidence.ts',
  items: 'Add at least one item, or remove the list',
  text: 'Write the text, or remove the block',
  values: 'Give one number per series, as in the source',
  rows: 'Add the rows of numbers from the source',
  series: 'Name the groups being compared (at most 3)',
  denominator: 'Say who the numbers are about, e.g. "4,756 women in 10 trials"',
  doi: 'Add the DOI (10.xxxx/...) or a stable https URL',
  url: 'Give a full https address',
  year: 'Give the year of publication',
  date: 'Use an ISO date, YYYY-MM-DD',
  reviewDate: 'Use an ISO date, YYYY-MM-DD, after the deck date',
  lang: 'Use a language tag such as "en"',
  definition: 'Write a plain definition of one or two short sentences',
  term: 'Write the term as it appears on slides',
};

const DEFAULT_FIX = 'Fix this field in the module that defines it';

function fixFor(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string' && key in FIXES) return FIXES[key]!;
  }
  return DEFAULT_FIX;
}

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(whole)';
}

/** Name the place a schema problem is in: the slide id if it can be read, else its position. */
function placeOf(input: unknown, path: readonly PropertyKey[]): { where: string; rest: readonly PropertyKey[] } {
  const [head, key, ...rest] = path;
  if (head === 'slides' && typeof key === 'number') {
    const raw = (input as { slides?: unknown[] } | null)?.slides?.[key] as { id?: unknown } | undefined;
    const id = typeof raw?.id === 'string' && raw.id.trim() ? raw.id : `#${key + 1} (no id)`;
    return { where: `slide ${id}`, rest };
  }
  if ((head === 'sources' || head === 'glossary') && key !== undefined) return { where: `${head}.${String(key)}`, rest };
  if (head === 'meta') return { where: 'meta', rest: path.slice(1) };
  return { where: 'deck', rest: path };
}

function schemaProblems(input: unknown, error: z.ZodError): DeckProblem[] {
  return error.issues.map((issue) => {
    const { where, rest } = placeOf(input, issue.path);
    return { where, field: fieldPath(rest), message: issue.message, fix: fixFor(issue.path) };
  });
}

/** The registries themselves: every fact's sources exist; recommendations rest on citable facts; names point at facts. */
function registryProblems(deck: AnyDeck): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const facts = deck.facts ?? {};
  const where = (id: string) => `facts.${id}`;
  for (const [id, fact] of Object.entries(facts)) {
    fact.sources.forEach((s, i) => {
      if (!(s in deck.sources)) problems.push({ where: where(id), field: `sources[${i}]`, message: `"${s}" is not in the source registry`, fix: 'Use an id from slides/sources.ts, or add the source there' });
    });
    for (const [key, n] of Object.entries(fact.numbers ?? {})) {
      if ((n.unit === 'per-100' || n.unit === 'percent') && !n.of) problems.push({ where: where(id), field: `numbers.${key}.of`, message: `is a ${n.unit} share with no denominator`, fix: 'Say what the 100 are, e.g. of: "women in the 10 trials"' });
      if (n.arm && !fact.compares) problems.push({ where: where(id), field: `numbers.${key}.arm`, message: `says which group it is of ("${n.arm}"), but the fact compares no groups`, fix: 'Add `compares` (its measure and arms) to the fact, or take `arm` out' });
    }
  }
  for (const [id, rec] of Object.entries(deck.advice ?? {})) {
    rec.basis.forEach((f, i) => {
      const fact = facts[f];
      if (!fact) problems.push({ where: `advice.${id}`, field: `basis[${i}]`, message: `"${f}" is not a fact in slides/facts/`, fix: 'Rest the recommendation on facts of the registry' });
      else if (fact.status === 'unverified') problems.push({ where: `advice.${id}`, field: `basis[${i}]`, message: `"${f}" is unverified`, fix: 'A recommendation rests only on verified facts' });
    });
  }
  for (const [name, id] of Object.entries(deck.named ?? {})) {
    if (!(id in facts)) problems.push({ where: 'named', field: name, message: `points at "${id}", which is not a fact`, fix: 'Point the name at a fact id from slides/facts/' });
  }
  return problems;
}

function crossReferenceProblems(deck: AnyDeck, options: ValidateOptions): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const folder = options.figuresFolder === undefined ? 'slides/figures/' : options.figuresFolder.replace(/\/?$/, '/');
  const add = (where: string, field: string, message: string, fix: string) =>
    problems.push({ where, field, message, fix });
  const sourceIds = new Set(Object.keys(deck.sources));
  const termIds = new Set(Object.keys(deck.glossary));
  const slides: readonly AnySlide[] = deck.slides;
  const facts = deck.facts ?? {};
  const advice = deck.advice ?? {};
  problems.push(...registryProblems(deck));
  /** Why a claim id cannot be cited, or undefined when it can. */
  const notCitable = (id: string): string | undefined => {
    if (id in advice) return undefined;
    const fact = facts[id];
    if (!fact) return `"${id}" is not a fact in slides/facts/ (nor a recommendation in slides/facts/advice.ts)`;
    if (fact.status === 'unverified') return `"${id}" is marked unverified in slides/facts/ and cannot be cited`;
    return undefined;
  };
  const claimFix = 'Use a fact id from slides/facts/ (a verified one), or say less: leave the claim out';
  const numberProblem = (ref: string): string | undefined => {
    const at = parseNumberRef(ref);
    if (!at) return `"${ref}" is not a fact's number (write "fact-id.key")`;
    const why = notCitable(at.fact);
    if (why) return why;
    if (!facts[at.fact]!.numbers?.[at.key]) return `the fact "${at.fact}" has no number "${at.key}" (it has: ${Object.keys(facts[at.fact]!.numbers ?? {}).join(', ') || 'none'})`;
    return undefined;
  };

  // Order: the type already demands it; plain JS input gets the same rule at runtime. A caveats
  // slide further down is named where it is, as the one to move (not as "a second caveats slide").
  if (slides[0]?.kind !== 'title') add(`slide ${slides[0]?.id}`, 'kind', 'the first slide must be the title slide', 'Put the title slide first in slides/index.ts');
  const caveatsAt = slides.findIndex((s) => s.kind === 'caveats');
  if (slides[1]?.kind !== 'caveats') {
    if (caveatsAt > 1) add(`slide ${slides[caveatsAt]!.id}`, 'kind', `the caveats slide is at position ${caveatsAt + 1}; it must come second, right after the title slide`, 'Move it to second place in the slides list of slides/index.ts');
    else add(`slide ${slides[1]?.id}`, 'kind', 'the second slide must be the caveats slide ("what this study can and cannot tell you")', 'Put the caveats slide second in slides/index.ts');
  }
  slides.forEach((s, i) => {
    if (i > 1 && (s.kind === 'title' || s.kind === 'caveats') && i !== caveatsAt) add(`slide ${s.id}`, 'kind', `a second "${s.kind}" slide at position ${i + 1}`, 'Keep one title slide and one caveats slide, at the start');
  });

  /** Trials slides after a mechanism slide in an order of slides (the deck's or an edition's). */
  const trialsAfterMechanism = (order: readonly AnySlide[]): { trials: AnySlide; at: number; mechanism: AnySlide; mechanismAt: number }[] => {
    if (!options.talkOrder) return [];
    const mechanismAt = order.findIndex((s) => caveatOrderRole(s.kind, (s as { evidence?: never }).evidence) === 'mechanism');
    if (mechanismAt < 0) return [];
    return order.flatMap((s, at) => (at > mechanismAt && caveatOrderRole(s.kind, (s as { evidence?: never }).evidence) === 'trials' ? [{ trials: s, at, mechanism: order[mechanismAt]!, mechanismAt }] : []));
  };
  const trialsFirst = 'the slides on what trials in women showed come before the slides on mice and tissue, so the mechanism is heard as a limit of the study';
  for (const { trials, at, mechanism, mechanismAt } of trialsAfterMechanism(slides)) {
    add(`slide ${trials.id}`, 'position', `is at position ${at + 1}, after the mechanism slide "${mechanism.id}" (position ${mechanismAt + 1}): ${trialsFirst}`, `Move it before "${mechanism.id}" in the slides list of slides/index.ts`);
  }

  if (slides[0]?.kind === 'title' && (slides[0] as { evidence?: unknown }).evidence !== undefined) add(`slide ${slides[0].id}`, 'evidence', 'the title slide carries an evidence badge, which reads as if it described the 2017 study', 'Remove `evidence` from the title slide; badges belong on the slides that present each kind of evidence');

  const positions = new Map<string, number[]>();
  slides.forEach((s, i) => positions.set(s.id, [...(positions.get(s.id) ?? []), i + 1]));
  for (const [id, at] of positions) {
    if (at.length > 1) add(`slide ${id}`, 'id', `is used by ${at.length} slides (positions ${at.join(', ')})`, 'Give each slide its own id');
  }

  for (const slide of slides) {
    const where = `slide ${slide.id}`;
    const shape = generatedIdShape(slide.id);
    if (shape) add(where, 'id', `"${slide.id}" has the shape ${shape} of an id the pages make for themselves (read.html, the deck), so two elements would share it and links would land in the wrong place`, 'Give the slide another id, e.g. its title\'s words joined by hyphens, and rename its file to match');
    slide.sources.forEach((id, i) => {
      if (!sourceIds.has(id)) add(where, `sources[${i}]`, `"${id}" is not in the source registry`, 'Use an id from slides/sources.ts, or add the source there');
    });
    for (const part of slideTextParts(slide)) {
      for (const run of runs(part.text)) {
        if (typeof run === 'string') continue;
        if ('cite' in run && !sourceIds.has(run.cite)) add(where, part.field, `cites "${run.cite}", which is not in the source registry`, 'Use an id from slides/sources.ts, or add the source there');
        if ('term' in run && !termIds.has(run.term)) add(where, part.field, `uses the term "${run.term}", which is not in the glossary`, 'Add the term to slides/glossary.ts with a plain definition, or fix the id');
        if ('num' in run) {
          const why = numberProblem(run.num);
          if (why) add(where, part.field, `shows { num: '${run.num}' }, but ${why}`, "Name a number of a fact in slides/facts/, e.g. { num: 'trials-spread.chemoFirst' }");
        }
      }
      for (const id of new Set(part.facts)) {
        const why = notCitable(id);
        if (why) add(where, `${part.field}.facts`, why, claimFix);
      }
    }
    const blockIds = new Map<string, number>();
    slide.body.forEach((block, i) => {
      if (block.id !== undefined) {
        if (blockIds.has(block.id)) add(where, `body[${i}].id`, `"${block.id}" is also the id of body[${blockIds.get(block.id)}]`, 'Give each block on a slide its own id');
        else blockIds.set(block.id, i);
      }
      if (block.type === 'figure' && !options.assets.has(block.src)) add(where, `body[${i}].src`, `"${block.src}" is not a file in ${folder}`, `Add the file to ${folder} or fix the name`);
      if (block.type === 'references') block.ids.forEach((id, j) => {
        if (!sourceIds.has(id)) add(where, `body[${i}].ids[${j}]`, `"${id}" is not in the source registry`, 'Use an id from slides/sources.ts');
      });
      if (block.type === 'glossary') block.ids.forEach((id, j) => {
        if (!termIds.has(id)) add(where, `body[${i}].ids[${j}]`, `"${id}" is not in the glossary`, 'Use an id from slides/glossary.ts');
      });
      if (block.type === 'chart') block.rows.forEach((row, j) => {
        const fact = rowFact(row);
        if (fact === undefined) return;
        const at = `body[${i}].rows[${j}]`;
        const why = notCitable(fact);
        if (why) return add(where, `${at}.fact`, why, claimFix);
        (row.values as readonly string[]).forEach((key, k) => {
          const n = facts[fact]!.numbers?.[key];
          if (!n) add(where, `${at}.values[${k}]`, `the fact "${fact}" has no number "${key}"`, `Use one of its numbers: ${Object.keys(facts[fact]!.numbers ?? {}).join(', ') || '(it has none)'}`);
          else if (n.unit !== block.unit) add(where, `${at}.values[${k}]`, `"${fact}.${key}" is a ${n.unit} number, but the chart shows ${block.unit}`, 'Chart only numbers of the same kind, or change the chart unit');
        });
      });
    });
  }

  const byId = new Map(slides.map((s) => [s.id, s]));
  for (const [name, order] of Object.entries(deck.editions ?? {})) {
    const where = `edition ${name}`;
    const fix = `Fix the list for "${name}" in the editions of slides/index.ts`;
    if (name === FULL_EDITION) add(where, 'name', `"${FULL_EDITION}" is the whole deck (the slides list) and cannot be redefined`, 'Give the edition another name');
    order.forEach((id, i) => {
      const slide = byId.get(id);
      if (!slide) add(where, `[${i}]`, `"${id}" is not a slide of the deck`, `${fix}: use an id from the slides list`);
      else if (i === 0 && slide.kind !== 'title') add(where, '[0]', `starts with "${id}", not the title slide`, `${fix}: put the title slide first`);
      else if (i === 1 && slide.kind !== 'caveats') add(where, '[1]', `has "${id}" second, not the caveats slide`, `${fix}: put the caveats slide ("what this study can and cannot tell you") second`);
      else if (i > 1 && (slide.kind === 'title' || slide.kind === 'caveats')) add(where, `[${i}]`, `has the ${slide.kind} slide "${id}" at position ${i + 1}`, `${fix}: keep it only at the start`);
      if (order.indexOf(id) !== i) add(where, `[${i}]`, `lists "${id}" twice`, `${fix}: list each slide once`);
    });
    const listed = order.flatMap((id) => byId.get(id) ?? []);
    for (const { trials, mechanism } of trialsAfterMechanism(listed)) {
      add(where, `[${order.indexOf(trials.id)}]`, `has the trials slide "${trials.id}" after the mechanism slide "${mechanism.id}": ${trialsFirst}`, `${fix}: move "${trials.id}" before "${mechanism.id}"`);
    }
  }

  if (deck.meta.reviewDate <= deck.meta.date) add('meta', 'reviewDate', `(${deck.meta.reviewDate}) is not after the deck date (${deck.meta.date})`, 'Set a review date after the deck date, at most a year ahead');
  return problems;
}

/** Checks a deck and throws a DeckValidationError listing every problem found. */
export function validateDeck(input: unknown, options: ValidateOptions): asserts input is AnyDeck {
  const parsed = deckSchema.safeParse(input);
  const problems = parsed.success
    ? crossReferenceProblems(input as AnyDeck, options)
    : schemaProblems(input, parsed.error);
  if (problems.length > 0) throw new DeckValidationError(problems);
}

/** The same check, returning the problems instead of throwing (for reports and tests). */
export function deckProblems(input: unknown, options: ValidateOptions): readonly DeckProblem[] {
  try {
    validateDeck(input, options);
    return [];
  } catch (error) {
    if (error instanceof DeckValidationError) return error.problems;
    throw error;
  }
}
