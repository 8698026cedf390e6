// Every acronym is spelled out at its first use (PEMAT 3, A17). What an acronym is, and what each
// stands for (glossary `expansion`, else KNOWN_EXPANSIONS), is defined in src/model/acronyms.ts.
// At its first occurrence in reading order its expansion must be in the same sentence, e.g.
// "tumor microenvironment of metastasis (TMEM)". Later uses, notes included, may reuse it.
// A slide title may use an acronym that the same slide's body then expands. Source references
// are not slide text (they are rendered from the registry), so they are never checked.

import { ACRONYM, acronymTable, NOT_ACRONYMS } from '../../model/acronyms.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** Letters, digits and single spaces only, lowercase: so "tumor-microenvironment" finds "tumor microenvironment". */
const simplify = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const acronymExpanded: Rule = {
  id: 'acronym-expanded',
  severity: 'error',
  description: 'Every acronym (TMEM, FDA, EBCTCG, ...) is spelled out in the sentence where it is first used.',
  check: ({ deck, slides }) => {
    const { expansions, names } = acronymTable(deck.glossary);
    const done = new Set<string>();
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      const inTitle = new Map<string, string>();
      for (const s of sentences) {
        for (const [, token] of s.text.matchAll(ACRONYM)) {
          const acronym = token!;
          if (done.has(acronym) || NOT_ACRONYMS.has(acronym) || names.has(acronym)) continue;
          const expansion = expansions.get(acronym);
          if (s.area === 'heading') {
            if (expansion !== undefined && simplify(s.text).includes(simplify(expansion))) done.add(acronym);
            else if (!inTitle.has(acronym)) inTitle.set(acronym, s.field);
            continue;
          }
          done.add(acronym);
          if (expansion === undefined) {
            findings.push({
              slide: slide.id,
              message: `${s.field} uses "${acronym}", which has no known expansion: ${excerpt(s.text)}`,
              fix: 'Spell it out in plain words; if it must stay, add its expansion to the glossary entry or to KNOWN_EXPANSIONS in src/model/acronyms.ts.',
            });
          } else if (!simplify(s.text).includes(simplify(expansion))) {
            findings.push({
              slide: slide.id,
              message: `${s.field} is the first use of "${acronym}" and does not spell it out: ${excerpt(s.text)}`,
              fix: `Say what it stands for in the same sentence, e.g. "${expansion} (${acronym})".`,
            });
          }
        }
      }
      for (const [acronym, field] of inTitle) {
        if (done.has(acronym)) continue;
        done.add(acronym);
        findings.push({
          slide: slide.id,
          message: `${field} uses "${acronym}", which is not spelled out on this slide or before`,
          fix: `Spell it out in the slide's body, e.g. "${expansions.get(acronym) ?? 'what it stands for'} (${acronym})".`,
        });
      }
    }
    return findings;
  },
};
