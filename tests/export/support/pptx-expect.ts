// What each slide of the PowerPoint file must say, in reading order, derived here from the
// compiled deck on its own terms (not by calling the writer): the title, the evidence badge, the
// subtitle and byline, each block's text, the sources line. Labels are the ones the brief asks
// for ("Kind of evidence: …", "Key point: …", "[n]" citations).

import type { CompiledBlock, CompiledSlide } from '../../../src/model/compiled.ts';
import { EVIDENCE_LABEL, referenceKind } from '../../../src/model/evidence.ts';
import { runsText } from '../../../src/model/runs.ts';
import { formatValue } from '../../../src/render/chart.ts';

const cited = (runs: Parameters<typeof runsText>[0]) => runsText(runs, { citations: true });

function blockTexts(block: CompiledBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [cited(block.text)];
    case 'list':
      return block.items.map(cited);
    case 'callout':
      return block.title === undefined ? [`${block.tone === 'caveat' ? 'Caution:' : 'Key point:'} ${cited(block.text)}`] : [block.title, cited(block.text)];
    case 'figure':
      return [cited(block.caption)];
    case 'chart':
      return [
        'What was counted',
        ...block.series,
        ...block.rows.flatMap((r) => [r.label, ...r.values.map((v) => formatValue(v, block.unit))]),
        block.denominator,
        cited(block.caption),
      ];
    case 'references':
      // In short, as the slides list them: the label, the publisher and the kind of evidence.
      return block.sources.map(({ number, source: s }) => `[${number}] ${s.short}. ${s.publisher} (${referenceKind(s.type, s.evidence)})`);
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

export function expectedTexts(slide: CompiledSlide, title: string): string[] {
  const kinds = slide.evidence.map((k, i) => (i === 0 ? EVIDENCE_LABEL[k] : EVIDENCE_LABEL[k].toLowerCase()));
  return [
    title,
    ...(kinds.length === 0 ? [] : [`${kinds.length === 1 ? 'Kind' : 'Kinds'} of evidence: ${kinds.length === 1 ? kinds[0] : `${kinds.slice(0, -1).join(', ')} and ${kinds.at(-1)}`}`]),
    ...(slide.subtitle === undefined ? [] : [slide.subtitle]),
    ...slide.byline,
    ...slide.body.flatMap(blockTexts),
    ...(slide.cited.length === 0 ? [] : [`${slide.cited.length === 1 ? 'Source' : 'Sources'}: ${slide.cited.map((c) => `[${c.number}] ${c.source.short}`).join(' · ')}`]),
  ].map((t) => t.replace(/\s+/g, ' ').trim());
}

/** The speaker notes, paragraph by paragraph. */
export const expectedNotes = (slide: CompiledSlide): string[] => [...slide.notes.say, `Question: ${slide.notes.question}`, `Answer: ${slide.notes.answer}`];
