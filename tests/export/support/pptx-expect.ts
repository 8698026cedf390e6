// What each slide of the PowerPoint file must say, in reading order, derived here from the
// compiled deck on its own terms (not by calling the writer): the title, the evidence badge, the
// subtitle and byline, each block's text, the sources line. Labels are the ones the brief asks
// for ("Kind of evidence: …", "Key point: …", "[n]" citations).

import type { CompiledBlock, CompiledSlide } from '../../../src/model/compiled.ts';
import { referenceKind } from '../../../src/model/evidence.ts';
import { sourceInOtherLanguage } from '../../../src/render/blocks.ts';
import type { Lang } from '../../../src/model/locales.ts';
import { UI } from '../../../src/model/ui/index.ts';
import { runsText } from '../../../src/model/runs.ts';
import { formatValue } from '../../../src/render/chart.ts';

/** The file's own words, spelled out here on their own terms (not read from the writer); the slides' words come from the catalog. */
const OWN = {
  en: { caveat: 'Caution:', keyPoint: 'Key point:', question: 'Question:', answer: 'Answer:' },
  es: { caveat: 'Precaución:', keyPoint: 'Punto clave:', question: 'Pregunta:', answer: 'Respuesta:' },
} as const satisfies Record<Lang, unknown>;

const cited = (runs: Parameters<typeof runsText>[0]) => runsText(runs, { citations: true });

function blockTexts(block: CompiledBlock, lang: Lang): string[] {
  switch (block.type) {
    case 'paragraph':
      return [cited(block.text)];
    case 'list':
      return block.items.map(cited);
    case 'callout':
      return block.title === undefined ? [`${block.tone === 'caveat' ? OWN[lang].caveat : OWN[lang].keyPoint} ${cited(block.text)}`] : [block.title, cited(block.text)];
    case 'figure':
      return [cited(block.caption)];
    case 'chart':
      return [
        UI[lang].chart.counted,
        ...block.series,
        ...block.rows.flatMap((r) => [r.label, ...r.values.map((v) => formatValue(v, block.unit, lang))]),
        block.denominator,
        cited(block.caption),
      ];
    case 'references':
      // In short, as the slides list them: the label, the publisher and the kind of evidence.
      return block.sources.map(({ number, source: s }) => `[${number}] ${s.short}. ${s.publisher}${sourceInOtherLanguage(s, lang) ? UI[lang].inEnglish : ''} (${referenceKind(s.type, s.evidence, lang)})`);
    case 'glossary':
      return block.terms.flatMap(({ entry }) => [entry.term, entry.definition]);
    case 'deck-info':
      return block.rows.map(({ label, value }) => `${label}${/[?!:.]$/.test(label) ? '' : ':'} ${value}`);
    case 'contact':
      return [...block.lines];
    case 'reading-view':
      // With the QR code (the summary slide): the code's caption and the address, instead of the link line.
      if (block.qr) return [block.qr.caption, block.qr.address];
      return /^https:\/\//.test(block.href) ? [`${block.text}: ${block.address}`] : [];
  }
}

export function expectedTexts(slide: CompiledSlide, title: string, lang: Lang = 'en'): string[] {
  const ui = UI[lang];
  const kinds = slide.evidence.map((k, i) => (i === 0 ? ui.evidence[k] : ui.evidence[k].toLowerCase()));
  return [
    title,
    ...(kinds.length === 0 ? [] : [`${kinds.length === 1 ? ui.badges.one : ui.badges.many}${kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')}${ui.and}${kinds.at(-1)}`}`]),
    ...(slide.subtitle === undefined ? [] : [slide.subtitle]),
    ...slide.byline,
    ...slide.body.flatMap((b) => blockTexts(b, lang)),
    ...(slide.cited.length === 0 ? [] : [`${slide.cited.length === 1 ? ui.sourceLine.one : ui.sourceLine.many}${slide.cited.map((c) => `[${c.number}] ${c.source.short}`).join(' · ')}`]),
  ].map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The speaker notes, paragraph by paragraph. */
export const expectedNotes = (slide: CompiledSlide, lang: Lang = 'en'): string[] => [...slide.notes.say, `${OWN[lang].question} ${slide.notes.question}`, `${OWN[lang].answer} ${slide.notes.answer}`];
