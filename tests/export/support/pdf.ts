// Reading produced PDFs in tests: poppler (pdfinfo, pdftotext, pdffonts, pdftoppm) for what a
// reader sees, pdfjs-dist for structure (outline, links, structure tree, text sizes), pdf-lib
// for catalog entries.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Collapses whitespace, as text flows differently in a PDF than in the source. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** pdfinfo's fields (Title, Pages, Page size, Tagged, ...). */
export function pdfInfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The text of each page, in reading order (pdftotext separates pages with form feeds). */
export function pageTexts(file: string): string[] {
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f');
  return pages.slice(0, -1); // the text ends with a form feed
}

/** pdffonts rows: [name, embedded]. */
export function fonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  // Columns: name type encoding emb sub uni object ID (type and encoding can contain spaces).
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
  });
}

export async function openPdf(file: string): Promise<PDFDocumentProxy> {
  return getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
}

/** Zero-based page index of each outline entry, with its title. */
export async function outline(pdf: PDFDocumentProxy): Promise<{ title: string; page: number }[]> {
  const items = (await pdf.getOutline()) ?? [];
  return Promise.all(
    items.map(async (item) => {
      const dest = typeof item.dest === 'string' ? await pdf.getDestination(item.dest) : item.dest;
      return { title: item.title, page: await pdf.getPageIndex(dest![0]) };
    }),
  );
}

export interface Link {
  readonly page: number;
  /** External target, or null for a link inside the document. */
  readonly url: string | null;
  /** Zero-based target page of an internal link. */
  readonly target: number | null;
}

export async function links(pdf: PDFDocumentProxy): Promise<Link[]> {
  const found: Link[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    for (const a of await (await pdf.getPage(i)).getAnnotations()) {
      if (a.subtype !== 'Link') continue;
      if (a.url) found.push({ page: i - 1, url: a.url, target: null });
      else if (a.dest) {
        const dest = typeof a.dest === 'string' ? await pdf.getDestination(a.dest) : a.dest;
        found.push({ page: i - 1, url: null, target: await pdf.getPageIndex(dest[0]) });
      }
    }
  }
  return found;
}

/** Font sizes (in pt) of the text on a page. */
export async function textSizes(pdf: PDFDocumentProxy, pageIndex: number): Promise<number[]> {
  const content = await (await pdf.getPage(pageIndex + 1)).getTextContent();
  return content.items.flatMap((item) => ('str' in item && item.str.trim() ? [Math.hypot(item.transform[2], item.transform[3])] : []));
}

/** Structure-tree roles on a page (H1, H2, P, L, ...), depth first. */
export async function structRoles(pdf: PDFDocumentProxy, pageIndex: number): Promise<string[]> {
  type Node = { role?: string; children?: Node[] };
  const roles: string[] = [];
  const walk = (n: Node): void => {
    if (n.role) roles.push(n.role);
    n.children?.forEach(walk);
  };
  const tree = (await (await pdf.getPage(pageIndex + 1)).getStructTree()) as Node | null;
  if (tree) walk(tree);
  return roles;
}

/** Catalog entries the accessibility checks look at. */
export async function catalog(file: string): Promise<{ lang?: string; marked: boolean; structTree: boolean; hasOutlines: boolean; xmp: string }> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const cat = doc.catalog;
  const markInfo = cat.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
  const metadata = cat.lookup(PDFName.of('Metadata'));
  const xmp = metadata && 'getContents' in metadata ? new TextDecoder().decode((metadata as { getContents(): Uint8Array }).getContents()) : '';
  return {
    lang: cat.lookup(PDFName.of('Lang'))?.toString().replace(/^\(|\)$/g, ''),
    marked: markInfo?.get(PDFName.of('Marked'))?.toString() === 'true',
    structTree: cat.has(PDFName.of('StructTreeRoot')),
    hasOutlines: cat.has(PDFName.of('Outlines')),
    xmp,
  };
}

/** Share of pixels close to `rgb` in a rectangle of a page (in pt; rendered at 72 dpi by poppler). */
export function colourShare(file: string, pageIndex: number, rect: { x: number; y: number; w: number; h: number }, rgb: [number, number, number]): number {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-px-'));
  try {
    const n = String(pageIndex + 1);
    execFileSync('pdftoppm', ['-r', '72', '-f', n, '-l', n, '-x', String(rect.x), '-y', String(rect.y), '-W', String(rect.w), '-H', String(rect.h), '-singlefile', file, join(dir, 'p')]);
    const ppm = readFileSync(join(dir, 'p.ppm'));
    // Binary PPM: "P6\n<w> <h>\n255\n" then RGB triples.
    const header = ppm.toString('latin1', 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
    const start = header![0].length;
    let hits = 0;
    const total = (ppm.length - start) / 3;
    for (let i = start; i + 2 < ppm.length; i += 3) {
      if (Math.abs(ppm[i]! - rgb[0]) + Math.abs(ppm[i + 1]! - rgb[1]) + Math.abs(ppm[i + 2]! - rgb[2]) < 40) hits++;
    }
    return hits / total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
