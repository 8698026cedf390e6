// Every acronym is spelled out at its first use (PEMAT 3, A17). An acronym is a whole word of at
// least two capitals (digits allowed: HER2). At its first occurrence in reading order its
// expansion (from its glossary entry, or ACRONYMS below) must be in the same sentence, e.g.
// "tumor microenvironment of metastasis (TMEM)". Later uses, notes included, may reuse it.
// A slide title may use an acronym that the same slide's body then expands. Source references
// are not slide text (they are rendered from the registry), so they are never checked.

import type { AnyDeck } from '../../model/types.ts';
import { excerpt } from '../phrases.ts';
import type { Finding, Rule } from '../rule.ts';

/** Expansions of acronyms that have no glossary entry. */
export const ACRONYMS: Readonly<Record<string, string>> = {
  FDA: 'Food and Drug Administration',
  EBCTCG: "Early Breast Cancer Trialists' Collaborative Group",
  ASCO: 'American Society of Clinical Oncology',
  NSABP: 'National Surgical Adjuvant Breast and Bowel Project',
  UCSF: 'University of California, San Francisco',
  NCI: 'National Cancer Institute',
  NIH: 'National Institutes of Health',
  HER2: 'human epidermal growth factor receptor 2',
  ER: 'estrogen receptor',
  CTC: 'circulating tumor cell',
  MRI: 'magnetic resonance imaging',
};

/** Capitalised words that need no expansion: roman numerals, and abbreviations everyone knows. */
export const NOT_ACRONYMS: ReadonlySet<string> = new Set(['II', 'III', 'IV', 'VI', 'OK', 'TV', 'PDF', 'US', 'USA', 'UK']);

const TOKEN = /(?<![\p{L}\p{N}])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?(?![\p{L}\p{N}])/gu;

/** Letters, digits and single spaces only, lowercase: so "tumor-microenvironment" finds "tumor microenvironment". */
const simplify = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Acronym → expansion from the glossary, plus capitalised glossary forms that are names, not acronyms. */
function glossaryAcronyms(deck: AnyDeck): { expansions: Map<string, string>; names: Set<string> } {
  const expansions = new Map<string, string>();
  const names = new Set<string>();
  for (const entry of Object.values(deck.glossary)) {
    for (const form of [entry.term, ...(entry.forms ?? [])]) {
      for (const [, token] of form.matchAll(TOKEN)) {
        if (entry.expansion !== undefined) expansions.set(token!, entry.expansion);
        else names.add(token!); // e.g. MENA: a protein's name, defined by term-defined
      }
    }
  }
  return { expansions, names };
}

export const acronymExpanded: Rule = {
  id: 'acronym-expanded',
  severity: 'error',
  description: 'Every acronym (TMEM, FDA, EBCTCG, ...) is spelled out in the sentence where it is first used.',
  check: ({ deck, slides }) => {
    const { expansions, names } = glossaryAcronyms(deck);
    const done = new Set<string>();
    const findings: Finding[] = [];
    for (const { slide, sentences } of slides) {
      const inTitle = new Map<string, string>();
      for (const s of sentences) {
        for (const [, token] of s.text.matchAll(TOKEN)) {
          const acronym = token!;
          if (done.has(acronym) || NOT_ACRONYMS.has(acronym) || names.has(acronym)) continue;
          const expansion = expansions.get(acronym) ?? ACRONYMS[acronym];
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
              fix: 'Spell it out in plain words; if it must stay, add its expansion to the glossary entry or to ACRONYMS in src/check/rules/acronym-expanded.ts.',
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
          fix: `Spell it out in the slide's body, e.g. "${expansions.get(acronym) ?? ACRONYMS[acronym] ?? 'what it stands for'} (${acronym})".`,
        });
      }
    }
    return findings;
  },
};
