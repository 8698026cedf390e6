// Reading a PDF the way assistive technology does, for the PDF/UA-1 checks that can be made
// without veraPDF: the structure tree as written (pdf-lib: /S names, /RoleMap, /Alt, list item
// children, link annotations, XMP) and the text the tags hold (pdfjs-dist: the glyphs of each
// marked-content sequence, joined in structure order, as a screen reader reads them).

import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString, PDFStream, decodePDFRawStream, PDFRawStream } from 'pdf-lib';
import { OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect } from 'vitest';
import { openPdf } from './pdf.ts';

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4), which PDF/UA-1 builds on. */
export const STANDARD_TYPES = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

export interface StructElement {
  /** /S as written. */
  readonly type: string;
  /** The standard type it stands for: itself, or its /RoleMap entry. */
  readonly role: string;
  readonly alt: string | undefined;
  readonly kids: StructElement[];
}

export interface PdfUaFacts {
  /** pdfuaid:part from the XMP metadata, or undefined. */
  readonly uaPart: string | undefined;
  readonly roleMap: Record<string, string>;
  readonly elements: StructElement[];
  readonly linkAnnotations: { readonly page: number; readonly contents: string | undefined }[];
}

const text = (o: unknown): string | undefined =>
  o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;

function streamText(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return new TextDecoder().decode(bytes);
}

export function pdfUaFacts(file: string): Promise<PdfUaFacts> {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false }).then((doc) => {
    const { catalog, context } = doc;
    const metadata = catalog.lookup(PDFName.of('Metadata'));
    const xmp = metadata instanceof PDFStream ? streamText(metadata) : '';
    const uaPart = /<pdfuaid:part>\s*([^<\s]+)\s*<\/pdfuaid:part>/.exec(xmp)?.[1] ?? /pdfuaid:part="([^"]+)"/.exec(xmp)?.[1];

    const root = catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict);
    const roleMapDict = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict);
    const roleMap: Record<string, string> = {};
    for (const [key, value] of roleMapDict?.entries() ?? []) if (value instanceof PDFName) roleMap[key.decodeText()] = value.decodeText();

    const element = (dict: PDFDict): StructElement => {
      const type = dict.lookup(PDFName.of('S'), PDFName).decodeText();
      const k = dict.lookup(PDFName.of('K'));
      const kids = (k instanceof PDFArray ? k.asArray().map((x) => context.lookup(x)) : [k]).filter(
        (x): x is PDFDict => x instanceof PDFDict && x.has(PDFName.of('S')),
      );
      return { type, role: roleMap[type] ?? type, alt: text(dict.lookup(PDFName.of('Alt'))), kids: kids.map(element) };
    };
    const top = root.lookup(PDFName.of('K'));
    const elements = (top instanceof PDFArray ? top.asArray().map((x) => context.lookup(x)) : [top]).filter((x): x is PDFDict => x instanceof PDFDict).map(element);

    const linkAnnotations = doc.getPages().flatMap((page, index) => {
      const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
      return (annots?.asArray() ?? [])
        .map((a) => context.lookup(a))
        .filter((a): a is PDFDict => a instanceof PDFDict && a.lookup(PDFName.of('Subtype')) === PDFName.of('Link'))
        .map((a) => ({ page: index, contents: text(a.lookup(PDFName.of('Contents'))) }));
    });
    return { uaPart, roleMap, elements, linkAnnotations };
  });
}

/** Every element of the tree, depth first, with its parent. */
export function* walk(elements: readonly StructElement[], parent: StructElement | null = null): Generator<{ el: StructElement; parent: StructElement | null }> {
  for (const el of elements) {
    yield { el, parent };
    yield* walk(el.kids, el);
  }
}

/**
 * The text drawn in each marked-content sequence of a page (by MCID), glyph by glyph as the
 * content stream has it (pdf.js's operator list): what a reader following the tags gets. Unlike
 * getTextContent(), nothing is added or trimmed at line ends.
 */
export async function markedContentText(pdf: PDFDocumentProxy, pageIndex: number): Promise<Map<number, string>> {
  const ops = await (await pdf.getPage(pageIndex + 1)).getOperatorList();
  const text = new Map<number, string>();
  const open: (number | null)[] = [];
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.beginMarkedContentProps) {
      const props = args[1] as number | { mcid?: number } | null;
      open.push(typeof props === 'number' ? props : (props?.mcid ?? null));
    } else if (fn === OPS.beginMarkedContent) open.push(null);
    else if (fn === OPS.endMarkedContent) open.pop();
    else if (fn === OPS.showText) {
      const mcid = open.findLast((m) => m !== null);
      if (mcid === undefined || mcid === null) return;
      const glyphs = (args[0] as ({ unicode?: string } | number | null)[]).map((g) => (g && typeof g === 'object' ? (g.unicode ?? '') : '')).join('');
      text.set(mcid, (text.get(mcid) ?? '') + glyphs);
    }
  });
  return text;
}

/** A page's tagged text: its marked content in structure-tree order, joined as it is (no separators added). */
export async function taggedText(pdf: PDFDocumentProxy, pageIndex: number): Promise<string> {
  const byMcid = await markedContentText(pdf, pageIndex);
  type Node = { type?: string; id?: string; children?: Node[] };
  const textOf = (n: Node): string => {
    if (n.type === 'content' && n.id) return byMcid.get(Number(/_mc(\d+)$/.exec(n.id)?.[1] ?? -1)) ?? '';
    return (n.children ?? []).map(textOf).join('');
  };
  const tree = (await (await pdf.getPage(pageIndex + 1)).getStructTree()) as Node | null;
  return tree ? textOf(tree) : '';
}

/** MCIDs of a page's marked content inside structure elements of a role (e.g. the drawing inside a Figure). */
export async function mcidsUnder(pdf: PDFDocumentProxy, pageIndex: number, role: string): Promise<Set<number>> {
  type Node = { role?: string; type?: string; id?: string; children?: Node[] };
  const found = new Set<number>();
  const collect = (n: Node, inside: boolean): void => {
    const here = inside || n.role === role;
    if (here && n.type === 'content' && n.id) found.add(Number(/_mc(\d+)$/.exec(n.id)?.[1] ?? -1));
    n.children?.forEach((c) => collect(c, here));
  };
  const tree = (await (await pdf.getPage(pageIndex + 1)).getStructTree()) as Node | null;
  if (tree) collect(tree, false);
  return found;
}

/** pdf.js's painting operators: a path ended by one of these is drawn (one ended by n only clips). */
const PAINTING = new Set([OPS.fill, OPS.eoFill, OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

/**
 * Every path a page paints, and what it belongs to: 'Artifact', 'untagged' (outside any marked
 * content), or the structure type of the element whose marked content paints it (pdf.js's
 * operator list and structure tree; a path's painting operator is its constructPath's first argument).
 */
export async function paintedPaths(pdf: PDFDocumentProxy, pageIndex: number): Promise<string[]> {
  const page = await pdf.getPage(pageIndex + 1);
  type Node = { role?: string; type?: string; id?: string; children?: Node[] };
  const owner = new Map<number, string>();
  const collect = (n: Node, role: string): void => {
    if (n.type === 'content' && n.id) owner.set(Number(/_mc(\d+)$/.exec(n.id)?.[1] ?? -1), role);
    n.children?.forEach((c) => collect(c, n.role ?? role));
  };
  const tree = (await page.getStructTree()) as Node | null;
  if (tree) collect(tree, '');
  const ops = await page.getOperatorList();
  const open: string[] = [];
  const painted: string[] = [];
  // pdf.js gives a marked-content tag as a name object ({ name }) or a string.
  const tag = (t: unknown) => (typeof t === 'object' && t !== null && 'name' in t ? String(t.name) : String(t));
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.beginMarkedContentProps) {
      const props = args[1] as number | { mcid?: number } | null;
      const mcid = typeof props === 'number' ? props : props?.mcid;
      open.push(tag(args[0]) === 'Artifact' ? 'Artifact' : mcid === undefined ? 'other marked content' : (owner.get(mcid) ?? `MCID ${mcid} outside the structure tree`));
    } else if (fn === OPS.beginMarkedContent) open.push(tag(args[0]) === 'Artifact' ? 'Artifact' : 'other marked content');
    else if (fn === OPS.endMarkedContent) open.pop();
    else if (fn === OPS.constructPath && PAINTING.has(args[0] as number)) painted.push(open.includes('Artifact') ? 'Artifact' : (open.at(-1) ?? 'untagged'));
  });
  return painted;
}

/** Paths a PDF paints that are neither an Artifact nor a figure's drawing or a list bullet (Figure, Lbl), as "page N: owner". */
export async function decorationsAsContent(pdf: PDFDocumentProxy): Promise<string[]> {
  const bad: string[] = [];
  for (let i = 0; i < pdf.numPages; i++) for (const owner of await paintedPaths(pdf, i)) if (!['Artifact', 'Figure', 'Lbl'].includes(owner)) bad.push(`page ${i + 1}: ${owner}`);
  return bad;
}

/** MCIDs the structure tree lists for a page that no marked-content sequence of the page carries. */
export async function missingMcids(pdf: PDFDocumentProxy, pageIndex: number): Promise<number[]> {
  const page = await pdf.getPage(pageIndex + 1);
  type Node = { type?: string; id?: string; children?: Node[] };
  const listed: number[] = [];
  const collect = (n: Node): void => {
    if (n.type === 'content' && n.id) listed.push(Number(/_mc(\d+)$/.exec(n.id)?.[1] ?? -1));
    n.children?.forEach(collect);
  };
  const tree = (await page.getStructTree()) as Node | null;
  if (tree) collect(tree);
  const ops = await page.getOperatorList();
  const drawn = new Set<number>();
  ops.fnArray.forEach((fn, i) => {
    if (fn !== OPS.beginMarkedContentProps) return;
    const props = (ops.argsArray[i] as unknown[])[1] as number | { mcid?: number } | null;
    const mcid = typeof props === 'number' ? props : props?.mcid;
    if (mcid !== undefined) drawn.add(mcid);
  });
  return listed.filter((m) => !drawn.has(m));
}

/** Glyphs drawn outside any marked content: neither tagged nor marked as an artifact. */
export async function untaggedText(pdf: PDFDocumentProxy): Promise<string[]> {
  const loose: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const ops = await (await pdf.getPage(p)).getOperatorList();
    let depth = 0;
    ops.fnArray.forEach((fn, i) => {
      if (fn === OPS.beginMarkedContent || fn === OPS.beginMarkedContentProps) depth++;
      else if (fn === OPS.endMarkedContent) depth--;
      else if (fn === OPS.showText && depth <= 0) loose.push((ops.argsArray[i]![0] as ({ unicode?: string } | number)[]).map((g) => (typeof g === 'object' && g ? (g.unicode ?? '') : '')).join(''));
    });
  }
  return loose.filter((s) => s.trim());
}

/**
 * The handout PDF's tags, the same in every language (tests/export/handout.test.ts,
 * tests/export/spanish-pdfs.test.ts): one H1, an H2 per section, at least 4 lists whose items
 * each have an LBody, the table's parts; and nothing drawn untagged (the page numbers are artifacts).
 */
export async function expectHandoutTags(file: string, sections: number): Promise<void> {
  const roles = [...walk((await pdfUaFacts(file)).elements)].map(({ el }) => el.role);
  const count = (r: string) => roles.filter((x) => x === r).length;
  expect(count('H1')).toBe(1);
  expect(count('H2')).toBe(sections);
  expect(count('L')).toBeGreaterThanOrEqual(4);
  expect(count('LBody')).toBe(count('LI'));
  for (const r of ['Table', 'TR', 'TH', 'TD']) expect(count(r), r).toBeGreaterThan(0);
  expect(await untaggedText(await openPdf(file))).toEqual([]);
}
