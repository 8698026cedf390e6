// What counts as an acronym, and what the deck's acronyms stand for, defined once for the
// syllable counter (acronyms are said letter by letter), the glossary check and the
// "spelled out at first use" check.

import type { GlossaryEntry } from './types.ts';

/**
 * An acronym as a whole word: at least two capitals, digits allowed (TMEM, FDA, HER2), with an
 * optional plural "s" (TMEMs). The capture group is the acronym itself.
 */
export const ACRONYM = /(?<![\p{L}\p{N}])([A-Z][A-Z0-9]*[A-Z][A-Z0-9]*)s?(?![\p{L}\p{N}])/gu;

/** One word, all capitals (and digits), at least two letters: TMEM, FDA, HER2. */
export const isAcronym = (word: string): boolean => /^[A-Z][A-Z0-9]*$/.test(word) && /[A-Z].*[A-Z]/.test(word);

/** The acronyms in a text, in order (plural "s" dropped). */
export const acronymsIn = (text: string): string[] => [...text.matchAll(ACRONYM)].map((m) => m[1]!);

/** Expansions of acronyms that have no glossary entry. */
export const KNOWN_EXPANSIONS: Readonly<Record<string, string>> = {
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

export interface AcronymTable {
  /** Acronym → what it stands for (glossary entries with an `expansion`, then KNOWN_EXPANSIONS). */
  readonly expansions: ReadonlyMap<string, string>;
  /** Capitalised glossary forms that are names, not acronyms (e.g. MENA: a protein). */
  readonly names: ReadonlySet<string>;
}

export function acronymTable(glossary: Readonly<Record<string, GlossaryEntry>>): AcronymTable {
  const expansions = new Map<string, string>(Object.entries(KNOWN_EXPANSIONS));
  const names = new Set<string>();
  for (const entry of Object.values(glossary)) {
    for (const form of [entry.term, ...(entry.forms ?? [])]) {
      for (const acronym of acronymsIn(form)) {
        if (entry.expansion !== undefined) expansions.set(acronym, entry.expansion);
        else names.add(acronym);
      }
    }
  }
  return { expansions, names };
}

/** The words that count as a use of a glossary entry in plain text (term, forms, its acronym). */
export function surfaceForms(entry: GlossaryEntry): string[] {
  const acronyms = entry.expansion === undefined ? [] : acronymsIn(entry.term);
  return [...new Set([entry.term, ...(entry.forms ?? []), ...acronyms])];
}
