// PDF/UA-1 repairs to Chromium's tagged PDF, made with pdf-lib on the structure tree it wrote
// (veraPDF cannot run here; tests/export/pdf-ua.test.ts checks each item with pdf-lib and pdf.js):
//  - every link annotation gets /Contents (a description of where it goes);
//  - a Figure that wraps other content (an HTML <figure> around an image, a chart's image and
//    table) becomes a Div: a Figure is read by its /Alt alone, which would hide the image's own
//    alt text and the table from assistive technology;
//  - structure types outside the standard set (Chromium writes Strong) get a /RoleMap entry;
//  - the content of a list item (LI) sits in an LBody next to its label (Lbl), not loose.
// The XMP identification (pdfuaid:part 1) is in finish-pdf.ts with the rest of the metadata.

import { decodePDFRawStream, PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import type { PrintPage } from './print-view.ts';

/** The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4). */
const STANDARD_STRUCTURE_TYPES: ReadonlySet<string> = new Set([
  'Document', 'Part', 'Art', 'Sect', 'Div', 'BlockQuote', 'Caption', 'TOC', 'TOCI', 'Index', 'NonStruct', 'Private',
  'P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'THead', 'TBody', 'TFoot',
  'Span', 'Quote', 'Note', 'Reference', 'BibEntry', 'Code', 'Link', 'Annot', 'Ruby', 'RB', 'RT', 'RP', 'Warichu', 'WT', 'WP',
  'Figure', 'Formula', 'Form',
]);

/** What non-standard types Chromium (or HTML) may write stand for; anything else is a NonStruct. */
const ROLE_FOR: Readonly<Record<string, string>> = { Strong: 'Span', Em: 'Span', Sub: 'Span', Sup: 'Span', Mark: 'Span', Title: 'H', Aside: 'Div' };

const S = PDFName.of('S');
const K = PDFName.of('K');
const P = PDFName.of('P');

interface Element {
  readonly ref: PDFRef;
  readonly dict: PDFDict;
}

const typeOf = (dict: PDFDict): string => (dict.lookup(S) instanceof PDFName ? dict.lookup(S, PDFName).decodeText() : '');

/** Kids of a structure element as written: refs, MCIDs, marked-content or object references. */
function kidsOf(dict: PDFDict): PDFObject[] {
  const k = dict.get(K);
  if (k === undefined) return [];
  return k instanceof PDFArray ? k.asArray() : [k];
}

/** Every structure element, depth first (parents before children). */
function structElements(doc: PDFDocument): Element[] {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return [];
  const out: Element[] = [];
  const visit = (o: PDFObject): void => {
    if (!(o instanceof PDFRef)) return;
    const dict = doc.context.lookup(o);
    if (!(dict instanceof PDFDict) || !dict.has(S)) return;
    out.push({ ref: o, dict });
    kidsOf(dict).forEach(visit);
  };
  kidsOf(root).forEach(visit);
  return out;
}

function elementKids(doc: PDFDocument, dict: PDFDict): Element[] {
  return kidsOf(dict).flatMap((o) => {
    if (!(o instanceof PDFRef)) return [];
    const d = doc.context.lookup(o);
    return d instanceof PDFDict && d.has(S) ? [{ ref: o, dict: d }] : [];
  });
}

/** A Figure around other content (a figure, a table) is a grouping, not an image: a Div. */
function unwrapOuterFigures(doc: PDFDocument): number {
  let changed = 0;
  for (const { dict } of structElements(doc)) {
    if (typeOf(dict) !== 'Figure') continue;
    if (!elementKids(doc, dict).some((kid) => ['Figure', 'Table'].includes(typeOf(kid.dict)))) continue;
    dict.set(S, PDFName.of('Div'));
    dict.delete(PDFName.of('Alt'));
    changed++;
  }
  return changed;
}

/** A /RoleMap entry for every non-standard structure type in use. */
function mapNonStandardTypes(doc: PDFDocument): Record<string, string> {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) return {};
  const used = new Set(structElements(doc).map((e) => typeOf(e.dict)));
  const map: Record<string, string> = {};
  for (const type of used) if (type && !STANDARD_STRUCTURE_TYPES.has(type)) map[type] = ROLE_FOR[type] ?? 'NonStruct';
  if (Object.keys(map).length === 0) return map;
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({});
  for (const [from, to] of Object.entries(map)) roleMap.set(PDFName.of(from), PDFName.of(to));
  root.set(PDFName.of('RoleMap'), roleMap);
  return map;
}

/** Replaces `from` by `to` wherever the parent tree points at it (marked content and annotations). */
function repointParentTree(doc: PDFDocument, from: PDFRef, to: PDFRef): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const visitNode = (node: PDFDict | undefined): void => {
    if (!node) return;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    if (nums) {
      for (let i = 1; i < nums.size(); i += 2) {
        const value = nums.get(i);
        if (value === from) nums.set(i, to);
        const array = value instanceof PDFRef ? doc.context.lookup(value) : value;
        if (array instanceof PDFArray) array.asArray().forEach((entry, j) => entry === from && array.set(j, to));
      }
    }
    node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray().forEach((kid) => visitNode(doc.context.lookup(kid) as PDFDict | undefined));
  };
  visitNode(root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
}

/** Each list item: its label (Lbl) first, then everything else in one LBody. */
function wrapListBodies(doc: PDFDocument): number {
  let wrapped = 0;
  for (const li of structElements(doc)) {
    if (typeOf(li.dict) !== 'LI') continue;
    const kids = kidsOf(li.dict);
    const isLabel = (o: PDFObject) => {
      const d = o instanceof PDFRef ? doc.context.lookup(o) : undefined;
      return d instanceof PDFDict && d.has(S) && typeOf(d) === 'Lbl';
    };
    const body = kids.filter((o) => !isLabel(o));
    if (body.length === 0) continue;
    const lbody = doc.context.obj({ Type: 'StructElem', S: 'LBody', P: li.ref });
    lbody.set(K, doc.context.obj(body));
    const pg = li.dict.get(PDFName.of('Pg'));
    if (pg) lbody.set(PDFName.of('Pg'), pg);
    const lbodyRef = doc.context.register(lbody);
    for (const o of body) {
      const d = o instanceof PDFRef ? doc.context.lookup(o) : o;
      // Structure elements and object/marked-content references inside the body now belong to it.
      if (d instanceof PDFDict && d.has(S)) d.set(P, lbodyRef);
    }
    li.dict.set(K, doc.context.obj([...kids.filter(isLabel), lbodyRef]));
    // Marked content and annotations the LI held directly now have the LBody as their parent.
    repointParentTree(doc, li.ref, lbodyRef);
    wrapped++;
  }
  return wrapped;
}

const textOf = (o: PDFObject | undefined): string | undefined => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined);

/**
 * /Contents on every link annotation: where it goes. Internal links (Chromium names their
 * destination after the slide id) name the slide and its page; web links their address.
 */
function describeLinks(doc: PDFDocument, pages: readonly PrintPage[]): number {
  const firstPage = new Map<string, number>();
  pages.forEach((p, i) => {
    if (p.kind === 'slide' && !firstPage.has(p.slide)) firstPage.set(p.slide, i);
  });
  let described = 0;
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (const ref of annots?.asArray() ?? []) {
      const annot = doc.context.lookup(ref);
      if (!(annot instanceof PDFDict) || annot.lookup(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
      if (textOf(annot.lookup(PDFName.of('Contents')))) continue;
      let contents: string | undefined;
      const uri = textOf(annot.lookupMaybe(PDFName.of('A'), PDFDict)?.lookup(PDFName.of('URI')));
      if (uri) contents = `Link to ${uri}`;
      else {
        const dest = annot.lookup(PDFName.of('Dest'));
        const name = dest instanceof PDFName ? dest.decodeText() : textOf(dest);
        const index = name === undefined ? undefined : firstPage.get(name);
        contents = index === undefined ? 'Link to another page of this document' : `Go to page ${index + 1}: ${pages[index]!.title}`;
      }
      annot.set(PDFName.of('Contents'), PDFHexString.fromText(contents));
      described++;
    }
  }
  return described;
}

/**
 * The offsets of the text objects (BT … ET) a content stream draws outside any marked content,
 * and how deep in marked content it ends. A small lexer: strings, hex strings, dictionaries,
 * arrays, names, numbers and operators (and an inline image's bytes, skipped), no parsing.
 */
function untaggedTextObjects(content: string, depthIn = 0): { spans: { start: number; end: number }[]; depthOut: number } {
  const spans: { start: number; end: number }[] = [];
  let depth = depthIn;
  let open: number | undefined;
  let i = 0;
  const n = content.length;
  const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelimiter = (c: string) => '()<>[]{}/%'.includes(c);
  while (i < n) {
    const c = content[i]!;
    if (isSpace(c)) {
      i++;
    } else if (c === '%') {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
    } else if (c === '(') {
      let nest = 0;
      for (; i < n; i++) {
        const d = content[i];
        if (d === '\\') i++;
        else if (d === '(') nest++;
        else if (d === ')' && --nest === 0) break;
      }
      i++;
    } else if (c === '<' && content[i + 1] !== '<') {
      i = content.indexOf('>', i) + 1 || n;
    } else if ((c === '<' && content[i + 1] === '<') || (c === '>' && content[i + 1] === '>')) {
      i += 2;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
    } else if (c === '/') {
      i++;
      while (i < n && !isSpace(content[i]!) && !isDelimiter(content[i]!)) i++;
    } else {
      const start = i;
      while (i < n && !isSpace(content[i]!) && !isDelimiter(content[i]!)) i++;
      const op = content.slice(start, i);
      if (op === 'BDC' || op === 'BMC') depth++;
      else if (op === 'EMC') depth = Math.max(0, depth - 1);
      else if (op === 'BT' && depth === 0) open = start;
      else if (op === 'ET' && open !== undefined) {
        spans.push({ start: open, end: i });
        open = undefined;
      } else if (op === 'ID') {
        // Inline image data runs to the EI that follows white space.
        const end = content.slice(i).search(/\sEI(?=\s|$)/);
        i = end < 0 ? n : i + end + 3;
      }
      if (i === start) i++;
    }
  }
  return { spans, depthOut: depth };
}

/**
 * Text drawn outside the structure tree (Chromium prints CSS page-margin boxes, the handout's
 * "Page 1 of 3", as untagged text) becomes an Artifact: PDF/UA-1 wants every piece of content
 * tagged or marked as an artifact, and a page number is pagination, not content.
 */
function artifactUntaggedText(doc: PDFDocument): number {
  let wrapped = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    let depth = 0;
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream) && !(stream instanceof PDFContentStream)) continue;
      const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getUnencodedContents();
      const text = Buffer.from(bytes).toString('latin1');
      const { spans, depthOut } = untaggedTextObjects(text, depth);
      depth = depthOut;
      if (spans.length === 0) continue;
      let out = '';
      let at = 0;
      for (const { start, end } of spans) out += `${text.slice(at, start)}/Artifact BMC\n${text.slice(start, end)}\nEMC`, (at = end);
      out += text.slice(at);
      doc.context.assign(ref, doc.context.flateStream(Buffer.from(out, 'latin1')));
      wrapped += spans.length;
    }
  }
  return wrapped;
}

interface PdfUaRepairs {
  readonly outerFigures: number;
  readonly roleMap: Record<string, string>;
  readonly listItems: number;
  readonly links: number;
  readonly artifacts: number;
}

export function repairForPdfUa(doc: PDFDocument, pages: readonly PrintPage[]): PdfUaRepairs {
  return {
    outerFigures: unwrapOuterFigures(doc),
    roleMap: mapNonStandardTypes(doc),
    listItems: wrapListBodies(doc),
    links: describeLinks(doc, pages),
    artifacts: artifactUntaggedText(doc),
  };
}
