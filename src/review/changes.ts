// What changed since the recorded review (`npm run review -- --changes`): slide by slide, the
// sentences added, removed or changed, as a diff against the sentences the record keeps; the facts
// whose statement (or anything else) changed; the other parts of the content that changed. So a
// re-review reads only what changed. The sentences are the check's own (src/check/review-sheet.ts).
//
// The sequence diff is jsdiff's (the `diff` package, diffArrays): a longest-common-subsequence
// diff over the slide's sentences, each keyed by its field and its text.

import { diffArrays } from 'diff';
import { reviewStatus } from '../model/compile.ts';
import type { CompiledDeck } from '../model/compiled.ts';
import { longDate } from '../model/dates.ts';
import type { ReviewRecord } from '../model/local.ts';
import { factHashKey, type ReviewSheet } from '../model/review-sheet.ts';

type Recorded = readonly (readonly [field: string, text: string])[];

export interface SentenceLine {
  readonly op: '-' | '+';
  readonly field: string;
  readonly text: string;
}

export interface SlideChanges {
  readonly slide: string;
  readonly title: string;
  /** `added`: not in the reviewed deck; `removed`: gone since; `changed`: its sentences or anything else on it changed. */
  readonly state: 'added' | 'removed' | 'changed';
  /** The diff, in hunks: each hunk's removed lines, then its added lines. */
  readonly hunks: readonly (readonly SentenceLine[])[];
  readonly added: number;
  readonly removed: number;
  /** Pairs of a removed and an added sentence in the same field and hunk. */
  readonly changed: number;
}

export interface FactChanges {
  readonly id: string;
  readonly state: 'added' | 'removed' | 'changed';
  /** The statement as reviewed (undefined: not recorded, or the fact is new). */
  readonly before?: string;
  /** The statement now (undefined: the fact was removed). */
  readonly after?: string;
  readonly statementChanged: boolean;
}

export interface ReviewChanges {
  readonly slides: readonly SlideChanges[];
  readonly facts: readonly FactChanges[];
  /** Other parts whose hash changed: slides/sources.ts, slides/glossary.ts, slides/index.ts, advice:<id>. */
  readonly other: readonly string[];
  /** The record keeps no sentences (written before it did): slides are named, not diffed. */
  readonly noSentences: boolean;
}

const lineKey = ([field, text]: readonly [string, string]): string => `${field}\u0000${text}`;

function slideDiff(slide: string, title: string, before: Recorded | undefined, after: Recorded | undefined): SlideChanges {
  const parts = diffArrays((before ?? []).map(lineKey), (after ?? []).map(lineKey));
  const hunks: SentenceLine[][] = [];
  let hunk: SentenceLine[] = [];
  const flush = () => {
    if (hunk.length > 0) hunks.push([...hunk.filter((l) => l.op === '-'), ...hunk.filter((l) => l.op === '+')]);
    hunk = [];
  };
  for (const part of parts) {
    if (!part.added && !part.removed) {
      flush();
      continue;
    }
    for (const k of part.value) {
      const [field, text] = k.split('\u0000') as [string, string];
      hunk.push({ op: part.added ? '+' : '-', field, text });
    }
  }
  flush();
  let changed = 0;
  for (const h of hunks) {
    const removedFields = h.filter((l) => l.op === '-').map((l) => l.field);
    for (const l of h.filter((x) => x.op === '+')) {
      const at = removedFields.indexOf(l.field);
      if (at >= 0) {
        changed++;
        removedFields.splice(at, 1);
      }
    }
  }
  const added = hunks.flat().filter((l) => l.op === '+').length - changed;
  const removed = hunks.flat().filter((l) => l.op === '-').length - changed;
  return { slide, title, state: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed', hunks, added, removed, changed };
}

/**
 * The changes between the recorded review and the deck now. `full`: the full edition as compiled
 * now (its hashes by part come from the same compile); `sheet`: the review sheet of the deck now.
 */
export function reviewChanges(record: ReviewRecord, sheet: ReviewSheet, hashesNow: Readonly<Record<string, string>>, full: CompiledDeck): ReviewChanges {
  const status = reviewStatus(record, { ...hashesNow }, full.contentHash);
  if (status.state !== 'changed') return { slides: [], facts: [], other: [], noSentences: false };
  const now = new Map(sheet.slides.map((s) => [s.id, s]));
  const recorded = record.sentences;
  const slides: SlideChanges[] = [];
  const ids = [...sheet.slides.map((s) => s.id), ...Object.keys(recorded ?? {}).filter((id) => !now.has(id))];
  for (const id of ids) {
    const current = now.get(id);
    const after = current?.sentences.map((s) => [s.field, s.text] as const);
    const before = recorded ? recorded[id] : undefined;
    const hashChanged = status.changedSlides.includes(id);
    if (!hashChanged && before !== undefined && current) continue;
    if (!recorded) {
      if (hashChanged) slides.push({ slide: id, title: current?.title ?? id, state: current ? 'changed' : 'removed', hunks: [], added: 0, removed: 0, changed: 0 });
      continue;
    }
    slides.push(slideDiff(id, current?.title ?? id, before, after));
  }
  const factIds = status.otherChanges.filter((p) => p.startsWith(factHashKey(''))).map((p) => p.slice(factHashKey('').length));
  const statementNow = new Map(sheet.facts.map((f) => [f.id, f.statement]));
  const facts: FactChanges[] = factIds.map((id) => {
    const before = record.statements?.[id];
    const after = statementNow.get(id);
    const state = record.hashes[factHashKey(id)] === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    return { id, state, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }), statementChanged: before !== after };
  });
  return { slides, facts, other: status.otherChanges.filter((p) => !p.startsWith(factHashKey(''))), noSentences: !recorded };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The changes as the command prints them. */
export function formatChanges(record: ReviewRecord, changes: ReviewChanges): string {
  const when = longDate(record.date);
  if (changes.slides.length === 0 && changes.facts.length === 0 && changes.other.length === 0) return `No changes since the review of ${when} by ${record.name}.\n`;
  const out: string[] = [`Changes since the review of ${when} by ${record.name}:`, ''];
  if (changes.noSentences) {
    out.push('(This record keeps no sentences, so the changed slides are named but not shown; record the review again to keep them.)', '');
  }
  for (const s of changes.slides) {
    if (s.state === 'added') out.push(`slide ${s.slide} ("${s.title}"): new since the review, ${plural(s.added, 'sentence')}`);
    else if (s.state === 'removed') out.push(`slide ${s.slide}: removed since the review (${plural(s.removed, 'sentence')})`);
    else if (s.hunks.length === 0) out.push(`slide ${s.slide} ("${s.title}"): changed, but none of its sentences did (a figure, badge, source list, layout or step)`);
    else {
      const counts = [s.changed ? `${plural(s.changed, 'sentence')} changed` : '', s.added ? `${s.added} added` : '', s.removed ? `${s.removed} removed` : ''].filter(Boolean).join(', ');
      out.push(`slide ${s.slide} ("${s.title}"): ${counts}`);
    }
    for (const hunk of s.hunks) {
      for (const l of hunk) out.push(`  ${l.op} ${l.field}: ${l.text}`);
      out.push('');
    }
    if (s.hunks.length === 0) out.push('');
  }
  if (changes.facts.length > 0) {
    out.push('Facts:');
    for (const f of changes.facts) {
      if (f.state === 'added') out.push(`  fact ${f.id}: new since the review`, `  + ${f.after}`);
      else if (f.state === 'removed') out.push(`  fact ${f.id}: removed since the review`, ...(f.before ? [`  - ${f.before}`] : []));
      else if (f.statementChanged && f.before !== undefined) out.push(`  fact ${f.id}: its statement changed`, `  - ${f.before}`, `  + ${f.after}`);
      else if (f.statementChanged) out.push(`  fact ${f.id}: changed (its statement as reviewed was not recorded)`, `  + ${f.after}`);
      else out.push(`  fact ${f.id}: changed, not its statement (its numbers, population, sources, status or wrong phrasings)`);
    }
    out.push('');
  }
  if (changes.other.length > 0) out.push(`Also changed: ${changes.other.join(', ')}.`, '');
  out.push('Read these against the sources, then record the review again: npm run review -- --name "…" --role "…"');
  return `${out.join('\n')}\n`;
}
