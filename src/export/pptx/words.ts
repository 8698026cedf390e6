// The words the PowerPoint file adds around the deck's own text (labels, notes headings, the
// note about editing), one set per language (`Record<Lang, …>`: a language without them does not
// compile). Where the slides say the same thing, the words are the slides' own, from the UI
// catalog (src/model/ui/): the badge, the sources line, "and", the chart table's corner.

import type { EvidenceKind } from '../../model/evidence.ts';
import type { Lang } from '../../model/locales.ts';
import { UI } from '../../model/ui/index.ts';

export interface PptxWords {
  /** A callout without a title starts with its meaning in words, not only in colour. */
  readonly callout: { readonly 'key-point': string; readonly caveat: string };
  /** The evidence badge: "Kind of evidence: Mouse study" (the slides say it to screen readers). */
  readonly evidence: (count: number) => string;
  /** An evidence kind's label ("Mouse study"). */
  readonly evidenceLabel: (kind: EvidenceKind) => string;
  readonly and: string;
  /** The sources line at the foot of a slide. */
  readonly sources: (count: number) => string;
  readonly sourceSeparator: string;
  /** The first column of a chart's table (src/render/chart.ts). */
  readonly tableCorner: string;
  readonly question: string;
  readonly answer: string;
  /** The first slide's notes end with this, so whoever edits the file knows what they lose. */
  readonly aboutThisFile: readonly string[];
}

/** The PowerPoint file's own words that the slides do not have. */
const OWN: { readonly [L in Lang]: Pick<PptxWords, 'callout' | 'question' | 'answer' | 'aboutThisFile'> } = {
  en: {
    callout: { 'key-point': 'Key point:', caveat: 'Caution:' },
    question: 'Question:',
    answer: 'Answer:',
    aboutThisFile: [
      'About this file: it was made from the deck’s source files with npm run pptx.',
      'A copy edited in PowerPoint is no longer checked by npm run check (plain language, honesty, sources), and PowerPoint edits do not change the deck.',
      'The deck’s repository stays the source of truth: make lasting changes there and make this file again.',
    ],
  },
  es: {
    callout: { 'key-point': 'Punto clave:', caveat: 'Precaución:' },
    question: 'Pregunta:',
    answer: 'Respuesta:',
    aboutThisFile: [
      'Sobre este archivo: se hizo a partir de los archivos fuente de la charla con npm run pptx.',
      'Una copia cambiada en PowerPoint ya no la revisa npm run check (lenguaje claro, honestidad, fuentes), y los cambios en PowerPoint no cambian la charla.',
      'El repositorio de la charla sigue siendo la fuente: haga allí los cambios que deban durar y vuelva a hacer este archivo.',
    ],
  },
};

export function pptxWords(lang: Lang): PptxWords {
  const ui = UI[lang];
  const trim = (s: string) => s.trim();
  return {
    ...OWN[lang],
    evidence: (count) => trim(count === 1 ? ui.badges.one : ui.badges.many),
    evidenceLabel: (kind) => ui.evidence[kind],
    and: ui.and,
    sources: (count) => trim(count === 1 ? ui.sourceLine.one : ui.sourceLine.many),
    sourceSeparator: ' · ',
    tableCorner: ui.chart.counted,
  };
}

/** The English words (what the English deck's file says). */
export const WORDS = pptxWords('en');
