// Every glossary term is defined at or before its first use in reading order (PEMAT 4, A16).
//
// Reading order: slides in deck order; within a slide, slideTextParts() order (title, subtitle,
// body, notes). A term is *used* where an inline { term: id } appears, or where one of its
// surface forms (the entry's `term`, its `forms`, and for acronyms the capital letters) appears
// in plain text, as a whole word in any case. It is *defined* by the one use marked
// { term: id, define: true }. The slide's own title and subtitle may name a term that its body
// then defines: they are plain strings and cannot carry the marker, and a heading announces
// what the slide explains.

import { runs, slideTextParts } from '../../model/text.ts';
import type { AnyInline, GlossaryEntry } from '../../model/types.ts';
import { phraseRegex } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

interface Use {
  readonly term: string;
  readonly slide: string;
  readonly slideIndex: number;
  readonly field: string;
  readonly heading: boolean;
  readonly define: boolean;
}

const ACRONYM_TOKEN = /(?<![\p{L}\p{N}])[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*(?![\p{L}\p{N}])/gu;

/** The words that count as a use of a glossary entry in plain text. */
export function surfaceForms(entry: GlossaryEntry): string[] {
  const acronyms = entry.expansion === undefined ? [] : (entry.term.match(ACRONYM_TOKEN) ?? []);
  return [...new Set([entry.term, ...(entry.forms ?? []), ...acronyms])];
}

const runText = (run: AnyInline, glossary: Readonly<Record<string, GlossaryEntry>>): string => {
  if (typeof run === 'string') return run;
  if ('em' in run) return run.em;
  if ('strong' in run) return run.strong;
  if ('term' in run) return run.text ?? glossary[run.term]?.term ?? '';
  return '';
};

export const termDefined: Rule = {
  id: 'term-defined',
  severity: 'error',
  description: 'Every glossary term used is defined once (define: true), at or before its first use in reading order.',
  check: ({ deck }) => {
    const glossary = deck.glossary;
    const matchers = Object.entries(glossary).map(([id, entry]) => ({ id, regex: phraseRegex(surfaceForms(entry)) }));
    const uses: Use[] = [];
    deck.slides.forEach((slide, slideIndex) => {
      for (const part of slideTextParts(slide)) {
        const heading = part.role === 'title' || part.role === 'subtitle';
        for (const run of runs(part.text)) {
          const text = runText(run, glossary);
          const own = typeof run !== 'string' && 'term' in run ? run.term : undefined;
          const found: { index: number; term: string; define: boolean }[] = [];
          if (own !== undefined) found.push({ index: -1, term: own, define: typeof run !== 'string' && 'define' in run && run.define === true });
          for (const { id, regex } of matchers) {
            if (id === own) continue;
            for (const m of text.matchAll(regex)) found.push({ index: m.index, term: id, define: false });
          }
          found.sort((a, b) => a.index - b.index);
          for (const f of found) uses.push({ term: f.term, slide: slide.id, slideIndex, field: part.field, heading, define: f.define });
        }
      }
    });

    const findings: Finding[] = [];
    for (const id of Object.keys(glossary)) {
      const all = uses.filter((u) => u.term === id);
      if (all.length === 0) continue;
      const name = glossary[id]!.term;
      const defines = all.filter((u) => u.define);
      const first = defines[0];
      if (first === undefined) {
        findings.push({
          slide: all[0]!.slide,
          message: `"${name}" is used in ${all[0]!.field} but never defined`,
          fix: `Mark its first use { term: '${id}', define: true } and explain it in plain words in that sentence.`,
        });
        continue;
      }
      const early = all.slice(0, all.indexOf(first)).find((u) => !(u.heading && u.slideIndex === first.slideIndex));
      if (early) {
        findings.push({
          slide: early.slide,
          message: `"${name}" is used in ${early.field} before it is defined (on ${first.slide}, ${first.field})`,
          fix: `Define it here: move define: true to this first use, or explain the word before using it.`,
        });
      }
      for (const again of defines.slice(1)) {
        findings.push({
          slide: again.slide,
          message: `"${name}" is marked define: true again in ${again.field} (first defined on ${first.slide})`,
          fix: 'Keep define: true only on the first use.',
        });
      }
    }
    return findings;
  },
};
