// A translation against the English it was made from, for what the types cannot see (the types,
// src/model/translation.ts, already keep every block, list, fact, term, citation and `{ num }`):
//  - translation-numbers: the numbers written in a text (not shown with { num }) are the English
//    text's, the same values the same number of times ("3 months or more" → "3 meses o más",
//    "eight years" → "ocho años", "July 2017" → "julio de 2017");
//  - translation-untranslated: no text left in English: a string the same as the English one
//    (names and terms allowed), or one of 10 letters or more that reads as English (franc-min,
//    told to choose between the two languages);
//  - translation-current: no English part changed since it was translated (each translated module
//    records the hash of the English it was made from): those need updating.
// Each applies only to a translated deck (slides/es/…), read with the English beside it.

import { franc } from 'franc-min';
import { foldAccents } from '../../model/fold.ts';
import type { Lang } from '../../model/locales.ts';
import { LOCALES } from '../../model/locales.ts';
import { runs, slideTextParts } from '../../model/text.ts';
import type { AnyDeck, AnyText } from '../../model/types.ts';
import { numberTokens } from '../claims/numbers.ts';
import { CLAIM_WORDS } from '../claims/words.ts';
import { excerpt } from '../phrases.ts';
import { DECK, type Finding, type Rule } from '../rule.ts';

/** franc's ISO 639-3 code of each language. */
const ISO_639_3: { readonly [L in Lang]: string } = { en: 'eng', es: 'spa' };

/** The words of a text as written (its string runs; terms, numbers and citations are the same by type). */
const written = (text: AnyText): string =>
  runs(text)
    .map((r) => (typeof r === 'string' ? r : 'em' in r ? r.em : 'strong' in r ? r.strong : ' '))
    .join('');

/** The numbers written in a text, in a language, as sorted values ("one" and "un" alone left out). */
export function writtenNumbers(text: string, lang: Lang): number[] {
  const folded = lang === 'en' ? text : foldAccents(text);
  return numberTokens(folded, CLAIM_WORDS[lang])
    .filter((t) => !('weak' in t && t.weak))
    .flatMap((t) => ('value' in t && t.value !== undefined ? [t.value] : []))
    .sort((a, b) => a - b);
}

/** Words that are the same in both languages (names, drugs, acronyms): a text of only these is not "left in English". */
function sameInBoth(deck: AnyDeck): Set<string> {
  const names = new Set<string>();
  for (const entry of Object.values(deck.glossary)) for (const f of [entry.term, ...(entry.forms ?? [])]) names.add(foldAccents(f).toLowerCase());
  return names;
}

/** The English part of the deck for a translated slide (undefined for a deck that is not a translation). */
function pairs(deck: AnyDeck, source: AnyDeck | undefined): { id: string; field: string; en: AnyText; es: AnyText }[] {
  if (!source) return [];
  const english = new Map(source.slides.map((s) => [s.id, s]));
  return deck.slides.flatMap((slide) => {
    const en = english.get(slide.id);
    if (!en) return [];
    const enParts = new Map(slideTextParts(en).map((p) => [p.field, p.text]));
    return slideTextParts(slide).flatMap((p) => (enParts.has(p.field) ? [{ id: slide.id, field: p.field, en: enParts.get(p.field)!, es: p.text }] : []));
  });
}

const where = (lang: Lang, id: string): string => `${LOCALES[lang].folder}${id}`;

export const translationNumbers: Rule = {
  id: 'translation-numbers',
  severity: 'error',
  scope: 'deck',
  description: 'A translated text writes the numbers its English text writes (the same values, as often).',
  check: ({ deck, compiled, source }) => {
    const lang = compiled.lang ?? 'en';
    const findings: Finding[] = [];
    for (const p of pairs(deck, source)) {
      const en = writtenNumbers(written(p.en), 'en');
      const tr = writtenNumbers(written(p.es), lang);
      if (en.join(' ') === tr.join(' ')) continue;
      findings.push({
        slide: where(lang, p.id),
        message: `${p.field} writes the numbers ${tr.join(', ') || 'none'}, where the English writes ${en.join(', ') || 'none'}: ${excerpt(written(p.es))}`,
        fix: `Write the numbers the English writes (slides/${p.id}.ts ${p.field}), in the language's form; never add or drop one.`,
      });
    }
    return findings;
  },
};

export const translationUntranslated: Rule = {
  id: 'translation-untranslated',
  severity: 'error',
  scope: 'deck',
  description: 'No text of a translated deck is left in English (the same as the English, or reading as English).',
  check: ({ deck, compiled, source }) => {
    const lang = compiled.lang ?? 'en';
    if (!source || lang === 'en') return [];
    const names = sameInBoth(deck);
    const findings: Finding[] = [];
    const only = [ISO_639_3[lang], ISO_639_3.en];
    for (const p of pairs(deck, source)) {
      const es = written(p.es).trim();
      const en = written(p.en).trim();
      if (!es) continue;
      const same = es === en && !names.has(foldAccents(es).toLowerCase()) && /\p{L}{4,}/u.test(es);
      const reads = es.replace(/[^\p{L}]/gu, '').length >= 10 && franc(es, { only, minLength: 10 }) === 'eng';
      if (!same && !reads) continue;
      findings.push({
        slide: where(lang, p.id),
        message: `${p.field} is ${same ? 'the English text, untranslated' : 'still in English, or reads as English'}: ${excerpt(es)}`,
        fix: `Translate it (slides/${LOCALES[lang].folder}${p.id}.ts ${p.field}); a name may stay, but the sentence around it is ${LOCALES[lang].name}.`,
      });
    }
    // The clinic's own words shown in this language (its hours, the presenter's role: slides/local.ts).
    for (const slide of compiled.slides) {
      for (const part of slide.parts) {
        if (part.role !== 'contact' && part.role !== 'byline') continue;
        const text = part.runs.map((r) => ('text' in r ? r.text : '')).join('');
        if (text.replace(/[^\p{L}]/gu, '').length < 10 || franc(text, { only, minLength: 10 }) !== 'eng') continue;
        findings.push({ slide: where(lang, slide.id), message: `${part.field} shows the clinic's words in English: ${excerpt(text)}`, fix: `Give them in ${LOCALES[lang].name} in slides/local.ts: translations: { ${lang}: { role: '…', hours: '…' } }.` });
      }
    }
    return findings;
  },
};

export const translationCurrent: Rule = {
  id: 'translation-current',
  severity: 'warning',
  scope: 'deck',
  description: 'No English part changed since it was translated (else the translation needs update).',
  check: ({ compiled }) => {
    const t = compiled.translation;
    if (!t) return [];
    const lang = compiled.lang;
    const name = (part: string) => part.replace(/^slides\/|\.ts$/g, '');
    return t.stale.map((part) => ({
      slide: DECK,
      message: `needs update: ${part} changed since it was translated into ${LOCALES[lang].name} (slides/${LOCALES[lang].folder}${part.replace(/^slides\//, '')})`,
      fix: `Bring the translation in line with the English as it is now, then record it: npm run review -- --translated ${lang} ${['index', 'glossary', 'sources'].includes(name(part)) ? ({ index: 'meta', glossary: 'glossary', sources: 'sources' } as Record<string, string>)[name(part)] : name(part)}`,
    }));
  },
};
