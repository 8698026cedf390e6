// Post-processing Chromium's PDF with pdf-lib: document metadata (Info and XMP, with the PDF/UA-1
// identification), one bookmark per slide, language, the PDF/UA repairs of pdf-ua.ts, and a
// trailer ID derived from the content, so the same deck gives byte-identical files (Chromium
// writes the current time and a random ID).

import { createHash } from 'node:crypto';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, type PDFObject, type PDFRef } from 'pdf-lib';
import type { DeckMeta } from '../model/types.ts';
import { PageCountError } from './export-errors.ts';
import { repairForPdfUa } from './pdf-ua.ts';
import type { PrintPage } from './print-view.ts';

export const PDF_CREATOR = 'tmem-study-deck (reveal.js slides)';
export const PDF_PRODUCER = 'tmem-study-deck npm run pdf (Chromium print view, pdf-lib)';

export interface Bookmark {
  readonly title: string;
  readonly pageIndex: number;
}

/** One bookmark per slide, at its first page (steps and notes variants have more pages than slides). */
export function slideBookmarks(pages: readonly PrintPage[]): Bookmark[] {
  const seen = new Set<string>();
  const marks: Bookmark[] = [];
  pages.forEach((page, pageIndex) => {
    if (page.kind !== 'slide' || seen.has(page.slide)) return;
    seen.add(page.slide);
    marks.push({ title: page.title, pageIndex });
  });
  return marks;
}

/** The deck's date (YYYY-MM-DD) as midnight UTC: the PDF's creation and modification date. */
function deckDate(meta: DeckMeta): Date {
  const date = new Date(`${meta.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new Error(`meta.date "${meta.date}" is not an ISO date (YYYY-MM-DD).`);
  return date;
}

function setOutline(doc: PDFDocument, marks: readonly Bookmark[]): void {
  if (marks.length === 0) return;
  const ctx = doc.context;
  const pages = doc.getPages();
  const rootRef = ctx.nextRef();
  const refs: PDFRef[] = marks.map(() => ctx.nextRef());
  marks.forEach((mark, i) => {
    const item = ctx.obj({ Parent: rootRef, Dest: [pages[mark.pageIndex]!.ref, 'Fit'] });
    item.set(PDFName.of('Title'), PDFHexString.fromText(mark.title));
    if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
    if (i < refs.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
    ctx.assign(refs[i]!, item);
  });
  ctx.assign(rootRef, ctx.obj({ Type: 'Outlines', First: refs[0]!, Last: refs[refs.length - 1]!, Count: refs.length }));
  doc.catalog.set(PDFName.of('Outlines'), rootRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/**
 * Chromium names structure elements after renderer-internal node ids ("node00000554", used by
 * /ID, table /Headers and the /IDTree). They depend on how many nodes the renderer made before
 * printing, not only on the deck, so the same deck could give different bytes. Renumber them
 * in their original order (which keeps the /IDTree sorted).
 */
function renumberStructIds(doc: PDFDocument): void {
  const isId = (o: PDFObject): o is PDFString => o instanceof PDFString && /^node\d+$/.test(o.asString());
  const visit = (o: PDFObject, fn: (value: PDFString, replace: (next: PDFObject) => void) => void): void => {
    if (o instanceof PDFDict) for (const [key, value] of o.entries()) isId(value) ? fn(value, (n) => o.set(key, n)) : visit(value, fn);
    else if (o instanceof PDFArray) o.asArray().forEach((value, i) => (isId(value) ? fn(value, (n) => o.set(i, n)) : visit(value, fn)));
  };
  const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o);
  const found = new Set<string>();
  for (const o of objects) visit(o, (value) => found.add(value.asString()));
  const ordered = [...found].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const renamed = new Map(ordered.map((id, i) => [id, PDFString.of(`node${String(i + 1).padStart(8, '0')}`)]));
  for (const o of objects) visit(o, (value, replace) => replace(renamed.get(value.asString())!));
}

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * XMP metadata: PDF/UA-1 asks for dc:title and its identification (pdfuaid:part 1) there;
 * readers and indexers use the rest.
 */
function xmpPacket(meta: DeckMeta): string {
  const when = `${meta.date}T00:00:00Z`;
  const alt = (s: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(s)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<pdfuaid:part>1</pdfuaid:part>',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(meta.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(meta.description)}</dc:description>`,
    `<dc:subject><rdf:Bag>${meta.keywords.map((k) => `<rdf:li>${xml(k)}</rdf:li>`).join('')}</rdf:Bag></dc:subject>`,
    `<dc:language><rdf:Bag><rdf:li>${xml(meta.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Keywords>${xml(meta.keywords.join(', '))}</pdf:Keywords>`,
    `<pdf:Producer>${xml(PDF_PRODUCER)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xml(PDF_CREATOR)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${when}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${when}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${when}</xmp:MetadataDate>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The slide PDFs (slides, notes, steps). `review`: see FinishOptions. */
export async function finishPdf(raw: Uint8Array, meta: DeckMeta, pages: readonly PrintPage[], options: { review?: string; translation?: string } = {}): Promise<Uint8Array> {
  return finishDocument(raw, meta, {
    pages,
    check: (doc) => {
      if (doc.getPageCount() !== pages.length) throw new PageCountError(pages.length, doc.getPageCount());
    },
    bookmarks: () => slideBookmarks(pages),
    ...(options.review ? { review: options.review } : {}),
    ...(options.translation ? { translation: options.translation } : {}),
  });
}

interface FinishOptions {
  /** The slide pages printed, if any (internal links are described by the slide they go to). */
  readonly pages: readonly PrintPage[];
  /** Checks the PDF as Chromium wrote it before anything is changed (throws to stop). */
  readonly check?: (doc: PDFDocument) => void;
  /** One bookmark per part, worked out from the PDF as written. */
  readonly bookmarks: (doc: PDFDocument) => readonly Bookmark[];
  /**
   * The clinical review in one sentence ("Reviewed by …" only while the content is what was
   * reviewed): it ends the PDF's subject and is kept as its own entry, ClinicalReview.
   */
  readonly review?: string;
  /**
   * A translation's review in one sentence ("Traducción no revisada todavía por un traductor
   * médico calificado."): it ends the subject, is the last keyword and its own entry, Translation.
   */
  readonly translation?: string;
}

/**
 * The finishing every PDF of the deck gets (slides, notes, steps, the patient handout): metadata
 * and XMP, bookmarks, language, the PDF/UA repairs, deterministic structure ids and file id.
 */
export async function finishDocument(raw: Uint8Array, deckMeta: DeckMeta, options: FinishOptions): Promise<Uint8Array> {
  const { pages } = options;
  const said = [options.review, options.translation].filter((s): s is string => Boolean(s));
  const meta = { ...deckMeta, description: [deckMeta.description, ...said].join(' '), keywords: options.translation ? [...deckMeta.keywords, options.translation] : deckMeta.keywords };
  // updateMetadata: false, or pdf-lib stamps its own producer and the current time.
  const doc = await PDFDocument.load(raw, { updateMetadata: false });
  options.check?.(doc);

  const date = deckDate(meta);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.description);
  doc.setCreator(PDF_CREATOR);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  doc.setLanguage(meta.lang);
  // pdf-lib's setKeywords joins with spaces, which merges "breast cancer" into the next keyword.
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  info.set(PDFName.of('Keywords'), PDFHexString.fromText(meta.keywords.join(', ')));
  if (options.review) info.set(PDFName.of('ClinicalReview'), PDFHexString.fromText(options.review));
  if (options.translation) info.set(PDFName.of('Translation'), PDFHexString.fromText(options.translation));
  const xmp = doc.context.stream(new TextEncoder().encode(xmpPacket(meta)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(xmp));
  setOutline(doc, options.bookmarks(doc));
  repairForPdfUa(doc, pages);
  renumberStructIds(doc);

  // The file identifier: a hash of the file written without one.
  doc.context.trailerInfo.ID = undefined;
  const digest = createHash('md5').update(await doc.save()).digest('hex').toUpperCase();
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(digest), PDFHexString.of(digest)]);
  return doc.save();
}
