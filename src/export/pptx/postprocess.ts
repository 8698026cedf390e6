// The pass after pptxgenjs: unzip its file, repair what it gets wrong (package-parts.ts,
// xml-fixes.ts, properties.ts say what and why), zip it again reproducibly (zip.ts). The result
// depends only on the deck: two builds, in one process or two, give the same bytes.

import { addPackagePart, dropPhantomOverrides, relatedParts, renumberCharts } from './package-parts.ts';
import { coreXml, CUSTOM_CONTENT_TYPE, CUSTOM_PART, CUSTOM_REL, customXml, fixDates, type DocumentProperties } from './properties.ts';
import {
  markDecorative,
  markHeaderRows,
  masterTitle,
  notesBody,
  notesPageSize,
  onePPrPerParagraph,
  placeTitle,
  renumberShapeIds,
  setChartLang,
  setLang,
} from './xml-fixes.ts';
import { bytes, readZip, text, writeZip, type Parts } from '../../output/zip.ts';

export interface PostprocessOptions {
  /** PowerPoint's language tag, e.g. en-US. */
  readonly lang: string;
  /** YYYY-MM-DD: every date in the file. */
  readonly date: string;
  /** Per slide, in order: its notes paragraphs. */
  readonly notes: readonly (readonly string[])[];
  /** Per slide, in order: where its title goes, in points. */
  readonly titles: readonly { x: number; y: number; w: number; h: number }[];
  /** Per slide, in order: the names of its decorative pictures. */
  readonly decorative: readonly (readonly string[])[];
  readonly properties: DocumentProperties;
  /** Where the master's title placeholder sits, in points (the slides' usual title box). */
  readonly masterTitle: { x: number; y: number; w: number; h: number };
}

/** The slides in presentation order, from ppt/presentation.xml and its relationships. */
function slideParts(parts: Parts): string[] {
  const rels = text(parts.get('ppt/_rels/presentation.xml.rels')!);
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
  const ids = [...text(parts.get('ppt/presentation.xml')!).matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)].map((m) => m[1]!);
  return ids.map((id) => `ppt/${target.get(id)!.replace(/^\/?ppt\//, '')}`);
}

const edit = (parts: Parts, name: string, change: (xml: string) => string): void => {
  parts.set(name, bytes(change(text(parts.get(name)!))));
};

export async function postprocess(raw: Uint8Array, options: PostprocessOptions): Promise<Uint8Array> {
  const { lang, date } = options;
  const parts = await readZip(raw);

  dropPhantomOverrides(parts);
  renumberCharts(parts);

  const slides = slideParts(parts);
  if (slides.length !== options.notes.length) throw new Error(`pptxgenjs wrote ${slides.length} slides for ${options.notes.length}: the file would not match the deck`);
  slides.forEach((slide, i) => {
    edit(parts, slide, (xml) => markDecorative(markHeaderRows(renumberShapeIds(placeTitle(xml, options.titles[i]!))), options.decorative[i] ?? []));
    for (const notes of relatedParts(parts, slide, 'notesSlide')) edit(parts, notes, (xml) => notesBody(xml, options.notes[i]!, lang));
  });
  for (const master of [...parts.keys()].filter((n) => /^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(n))) {
    edit(parts, master, (xml) => renumberShapeIds(masterTitle(xml, options.masterTitle, lang)));
  }
  edit(parts, 'ppt/presentation.xml', notesPageSize);

  // Every text part: one pPr per paragraph, the deck's language everywhere.
  for (const name of [...parts.keys()].filter((n) => n.startsWith('ppt/') && n.endsWith('.xml'))) {
    edit(parts, name, (xml) => {
      const fixed = setLang(onePPrPerParagraph(xml), lang);
      return /^ppt\/charts\/chart\d+\.xml$/.test(name) ? setChartLang(fixed, lang) : fixed;
    });
  }

  parts.set('docProps/core.xml', bytes(coreXml(options.properties, lang, date)));
  addPackagePart(parts, CUSTOM_PART, CUSTOM_CONTENT_TYPE, CUSTOM_REL, customXml(options.properties));

  // The chart workbooks are zips of their own, dated "now" inside and out.
  for (const name of [...parts.keys()].filter((n) => n.endsWith('.xlsx'))) {
    const book = await readZip(parts.get(name)!);
    if (book.has('docProps/core.xml')) edit(book, 'docProps/core.xml', (xml) => fixDates(xml, date));
    parts.set(name, await writeZip(book, date));
  }
  return writeZip(parts, date);
}
