// Every glossary term is defined at or before its first use in reading order (PEMAT 4, A16).
//
// Reading order: slides in the edition's order; within a slide, title, subtitle, body, notes. A
// term is *used* where an inline { term: id } appears, or where one of its surface forms (the
// entry's `term`, its `forms`, and for acronyms the capital letters; src/model/acronyms.ts)
// appears in plain text, as a whole word in any case. It is *defined* by the use the compile
// step chose (src/model/compile.ts: the first { term: id, define: true } in the edition). The
// slide's own title and subtitle may name a term that its body then defines: a heading
// announces what the slide explains.

import { surfaceForms } from '../../model/acronyms.ts';
import type { AnyDeck } from '../../model/types.ts';
import type { Finding, Rule } from '../rule.ts';
import { phraseRegex } from '../phrases.ts';

interface Use {
  readonly term: string;
  readonly slide: string;
  readonly slideIndex: number;
  readonly field: string;
  readonly heading: boolean;
  /** The use the compile step made the definition. */
  readonly defines: boolean;
  /** Marked define: true by the author (a second marker in one edition is a mistake). */
  readonly marked: boolean;
}

/** The slides of the deck as written that mark a use of the term define: true (any edition). */
function markedOn(deck: AnyDeck, term: string): string[] {
  const marks = (value: unknown): boolean =>
    Array.isArray(value) ? value.some(marks) : typeof value === 'object' && value !== null && (((value as { term?: unknown; define?: unknown }).term === term && (value as { define?: unknown }).define === true) || Object.values(value).some(marks));
  return deck.slides.filter((slide) => marks(slide)).map((slide) => slide.id);
}

export const termDefined: Rule = {
  id: 'term-defined',
  severity: 'error',
  description: 'Every glossary term used is defined once (define: true), at or before its first use in reading order.',
  check: ({ deck, slides, compiled }) => {
    const glossary = deck.glossary;
    const matchers = Object.entries(glossary).map(([id, entry]) => ({ id, regex: phraseRegex(surfaceForms(entry)) }));
    const uses: Use[] = [];
    slides.forEach(({ slide }, slideIndex) => {
      for (const part of slide.parts) {
        const heading = part.role === 'title' || part.role === 'subtitle';
        for (const run of part.runs) {
          if (run.kind === 'cite') continue;
          const own = run.kind === 'term' ? run.term : undefined;
          const found: { index: number; term: string; defines: boolean; marked: boolean }[] = [];
          if (run.kind === 'term') found.push({ index: -1, term: run.term, defines: run.defines, marked: run.marked });
          for (const { id, regex } of matchers) {
            if (id === own) continue;
            for (const m of run.text.matchAll(regex)) found.push({ index: m.index, term: id, defines: false, marked: false });
          }
          found.sort((a, b) => a.index - b.index);
          for (const f of found) uses.push({ ...f, slide: slide.id, slideIndex, field: part.field, heading });
        }
      }
    });

    const edition = compiled.edition === 'full' ? '' : ` in the ${compiled.edition} edition`;
    const findings: Finding[] = [];
    for (const id of Object.keys(glossary)) {
      const all = uses.filter((u) => u.term === id);
      if (all.length === 0) continue;
      const name = glossary[id]!.term;
      const first = all.find((u) => u.defines);
      const dropped = first === undefined && compiled.edition !== 'full' ? markedOn(deck, id).filter((slide) => !slides.some((s) => s.slide.id === slide)) : [];
      if (dropped.length > 0) {
        // The deck defines it, on a slide this edition leaves out: "mark it define: true here"
        // would be a second definition in the full deck, and the full deck's check would refuse it.
        findings.push({
          slide: all[0]!.slide,
          message: `"${name}" is used in ${all[0]!.field}, but its definition (define: true) is on ${dropped.join(', ')}, which the ${compiled.edition} edition leaves out`,
          fix: `Add '${dropped[0]}' to the ${compiled.edition} edition in slides/index.ts, or move define: true from ${dropped[0]} to a use on a slide both editions show, at or before the first use in each (one definition serves every edition).`,
        });
        continue;
      }
      if (first === undefined) {
        findings.push({
          slide: all[0]!.slide,
          message: `"${name}" is used in ${all[0]!.field} but never defined${edition}`,
          fix: `Mark its first use { term: '${id}', define: true } and explain it in plain words in that sentence.`,
        });
        continue;
      }
      const early = all.slice(0, all.indexOf(first)).find((u) => !(u.heading && u.slideIndex === first.slideIndex));
      if (early) {
        findings.push({
          slide: early.slide,
          message: `"${name}" is used in ${early.field} before it is defined (on ${first.slide}, ${first.field})${edition}`,
          fix: `Define it here: move define: true to this first use, or explain the word before using it.`,
        });
      }
      for (const again of all.filter((u) => u.marked && u !== first)) {
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
