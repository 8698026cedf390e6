// PDF/UA-1 repairs to Chromium's tagged PDF, made with pdf-lib on the structure tree it wrote
// (veraPDF cannot run here; tests/export/pdf-ua.test.ts checks each item with pdf-lib and pdf.js):
//  - every link annotation gets /Contents (a description of where it goes);
//  - a Figure that wraps other content (an HTML <figure> around an image, a chart's image and
//    table) becomes a Div: a Figure is read by its /Alt alone, which would hide the image's own
//    alt text and the table from assistive technology;
//  - structure types outside the standard set (Chromium writes Strong) get a /RoleMap entry;
//  - the content of a list item (LI) sits in an LBody next to its label (Lbl), not loose;
//  - pagination and decoration (page numbers, backgrounds, borders, rules) are Artifacts.
// The XMP identification (pdfuaid:part 1) is in finish-pdf.ts with the rest of the metadata.

import { deflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFContentStream, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
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

/** One operator of a content stream: its name, where its operands start and where it ends. */
interface ContentOp {
  readonly op: string;
  readonly start: number;
  readonly end: number;
  /** For BDC: the MCID in its property list, if any. */
  readonly mcid?: number;
}

/**
 * The operators of a content stream, in order. A small lexer: strings, hex strings, dictionaries,
 * arrays, names, numbers and operators (and an inline image's bytes, skipped), no parsing.
 * Hand-written: pdf-lib writes content streams but does not read them, and pdf.js reads them
 * into drawing calls without their offsets, which the rewriting below needs.
 */
function contentOperators(content: string): ContentOp[] {
  const ops: ContentOp[] = [];
  let i = 0;
  let operandsAt: number | undefined;
  let lastMcid: number | undefined;
  let lastName = '';
  const n = content.length;
  const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelimiter = (c: string) => '()<>[]{}/%'.includes(c);
  while (i < n) {
    const c = content[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c === '%') {
      while (i < n && content[i] !== '\n' && content[i] !== '\r') i++;
      continue;
    }
    operandsAt ??= i;
    if (c === '(') {
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
      const start = i++;
      while (i < n && !isSpace(content[i]!) && !isDelimiter(content[i]!)) i++;
      lastName = content.slice(start, i);
    } else {
      const start = i;
      while (i < n && !isSpace(content[i]!) && !isDelimiter(content[i]!)) i++;
      if (i === start) i++;
      const word = content.slice(start, i);
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
        if (lastName === '/MCID') lastMcid = Number(word);
        lastName = '';
        continue;
      }
      if (word === 'ID') {
        // Inline image data runs to the EI that follows white space.
        const end = content.slice(i).search(/\sEI(?=\s|$)/);
        i = end < 0 ? n : i + end + 3;
      }
      ops.push({ op: word === 'ID' ? 'EI' : word, start: operandsAt, end: i, ...(word === 'BDC' && lastMcid !== undefined ? { mcid: lastMcid } : {}) });
      operandsAt = undefined;
      lastMcid = undefined;
      lastName = '';
    }
  }
  return ops;
}

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);

/** A drawn object of a content stream: a text object, a painted path, or an image or form. */
interface Drawn {
  readonly kind: 'text' | 'path' | 'other';
  readonly start: number;
  readonly end: number;
}

/** A marked-content sequence that carries an MCID and is the innermost at what it draws. */
interface TaggedSequence {
  readonly mcid: number;
  /** The BDC operator with its operands. */
  readonly open: ContentOp;
  readonly close: ContentOp;
  readonly drawn: Drawn[];
}

/**
 * What a content stream draws, object by object: outside any marked content (untagged), and in
 * each tagged sequence. A path is its construction and its painting; a path only used to clip
 * (ended by n) paints nothing and is left alone.
 */
function drawnObjects(ops: readonly ContentOp[], depthIn: number): { untagged: Drawn[]; tagged: TaggedSequence[]; depthOut: number } {
  const untagged: Drawn[] = [];
  const tagged: TaggedSequence[] = [];
  const stack: { open: ContentOp; drawn: Drawn[]; nested: boolean }[] = [];
  let depth = depthIn;
  let pathAt: number | undefined;
  let textAt: number | undefined;
  const add = (d: Drawn) => {
    if (depth === 0) untagged.push(d);
    else if (stack.length === depth) stack[stack.length - 1]!.drawn.push(d);
  };
  for (const o of ops) {
    if (o.op === 'BDC' || o.op === 'BMC') {
      if (stack.length > 0) stack[stack.length - 1]!.nested = true;
      depth++;
      stack.push({ open: o, drawn: [], nested: false });
      // Marked content opened in an earlier stream is not followed into this one.
      if (stack.length !== depth) stack.length = 0;
    } else if (o.op === 'EMC') {
      depth = Math.max(0, depth - 1);
      const frame = stack.pop();
      if (frame && !frame.nested && frame.open.mcid !== undefined) tagged.push({ mcid: frame.open.mcid, open: frame.open, close: o, drawn: frame.drawn });
    } else if (o.op === 'BT') textAt = o.start;
    else if (o.op === 'ET' && textAt !== undefined) {
      add({ kind: 'text', start: textAt, end: o.end });
      textAt = undefined;
    } else if (textAt !== undefined) {
      // Inside a text object: nothing else is drawn.
    } else if (PATH_CONSTRUCTION.has(o.op)) pathAt ??= o.start;
    else if (PATH_PAINTING.has(o.op) && pathAt !== undefined) {
      add({ kind: 'path', start: pathAt, end: o.end });
      pathAt = undefined;
    } else if (o.op === 'n') pathAt = undefined;
    else if (o.op === 'Do' || o.op === 'EI' || o.op === 'sh') add({ kind: 'other', start: o.start, end: o.end });
  }
  return { untagged, tagged, depthOut: depth };
}

/** Structure types whose drawings are their content: a figure's drawing, a list item's bullet. */
const DRAWN_CONTENT_TYPES: ReadonlySet<string> = new Set(['Figure', 'Formula', 'Lbl']);

/** The array of structure elements the parent tree holds for a page's marked content, by MCID. */
function pageParents(doc: PDFDocument, key: number): PDFArray | undefined {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  const find = (node: PDFDict | undefined): PDFArray | undefined => {
    if (!node) return undefined;
    const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray);
    for (let i = 0; nums && i + 1 < nums.size(); i += 2) {
      const at = nums.lookup(i);
      if (!(at instanceof PDFNumber) || at.asNumber() !== key) continue;
      const value = nums.lookup(i + 1);
      return value instanceof PDFArray ? value : undefined;
    }
    for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
      const found = find(doc.context.lookup(kid) as PDFDict | undefined);
      if (found) return found;
    }
    return undefined;
  };
  return find(root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict));
}

/** Where in an element's /K its marked content `mcid` of page `page` is listed. */
function mcidIndex(doc: PDFDocument, owner: PDFDict, page: PDFRef, mcid: number): number {
  const ownPage = owner.get(PDFName.of('Pg'));
  return kidsOf(owner).findIndex((k) => {
    const o = k instanceof PDFRef ? doc.context.lookup(k) : k;
    if (o instanceof PDFNumber) return o.asNumber() === mcid && ownPage === page;
    if (!(o instanceof PDFDict) || o.lookup(PDFName.of('Type')) !== PDFName.of('MCR')) return false;
    return o.lookupMaybe(PDFName.of('MCID'), PDFNumber)?.asNumber() === mcid && (o.get(PDFName.of('Pg')) ?? ownPage) === page;
  });
}

interface ArtifactCounts {
  /** Text objects drawn outside the structure tree, now artifacts. */
  readonly untaggedText: number;
  /** Painted paths outside the structure tree, now artifacts. */
  readonly untaggedPaths: number;
  /** Painted paths inside tagged content (borders, backgrounds, rules, underlines), now artifacts. */
  readonly decorations: number;
}

/**
 * Marks as an Artifact what is pagination or decoration (PDF/UA-1 wants every piece of content
 * tagged or marked as an artifact, and a border read as part of a table is noise):
 *  - text drawn outside the structure tree (Chromium prints CSS page-margin boxes, the
 *    handout's "Page 1 of 3", as untagged text) and paths painted outside it (page backgrounds);
 *  - the paths Chromium paints inside an element's own marked content: it tags a box's
 *    background, borders and text decoration with the element's tag (a table's borders as Table
 *    content, a callout's background as its NonStruct, an H2's rule as H2 content). A sequence
 *    that paints only such paths becomes an Artifact and leaves the structure tree; in one that
 *    also draws text, the paths before, between and after the text become Artifacts and each later
 *    run of text gets a new MCID of the same element. A figure's drawing and a list bullet (Figure,
 *    Formula, Lbl) are content and stay. Nothing drawn moves: only marked-content operators are added.
 */
function markArtifacts(doc: PDFDocument): ArtifactCounts {
  let untaggedText = 0;
  let untaggedPaths = 0;
  let decorations = 0;
  for (const page of doc.getPages()) {
    const contents = page.node.get(PDFName.of('Contents'));
    const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
    const key = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber();
    const parents = key === undefined ? undefined : pageParents(doc, key);
    let depth = 0;
    for (const ref of refs) {
      if (!(ref instanceof PDFRef)) continue;
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream) && !(stream instanceof PDFContentStream)) continue;
      const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getUnencodedContents();
      const text = Buffer.from(bytes).toString('latin1');
      const { untagged, tagged, depthOut } = drawnObjects(contentOperators(text), depth);
      depth = depthOut;
      // Edits as [offset, delete length, insert text], applied from the end.
      const edits: [number, number, string][] = [];
      for (const d of untagged) {
        if (d.kind === 'other') continue;
        edits.push([d.start, 0, '/Artifact BMC\n'], [d.end, 0, '\nEMC']);
        if (d.kind === 'text') untaggedText++;
        else untaggedPaths++;
      }
      for (const seq of tagged) {
        const ownerRef = parents?.get(seq.mcid);
        const owner = ownerRef instanceof PDFRef ? doc.context.lookup(ownerRef) : undefined;
        if (!(ownerRef instanceof PDFRef) || !(owner instanceof PDFDict) || DRAWN_CONTENT_TYPES.has(typeOf(owner))) continue;
        const paths = seq.drawn.filter((d) => d.kind === 'path').length;
        if (paths === 0) continue;
        const at = mcidIndex(doc, owner, page.ref, seq.mcid);
        if (at < 0) continue;
        decorations += paths;
        const tag = text.slice(seq.open.start, seq.open.end).replace(/\/MCID\s+\d+/, '/MCID %d');
        if (seq.drawn.every((d) => d.kind === 'path')) {
          // Only decoration: the whole sequence is an Artifact and leaves the structure tree.
          edits.push([seq.open.start, seq.open.end - seq.open.start, '/Artifact BMC']);
          const k = owner.get(K);
          if (k instanceof PDFArray) k.remove(at);
          else owner.delete(K);
          parents!.set(seq.mcid, PDFNull);
          continue;
        }
        // Runs of content and of paths, in order; the sequence is cut between them.
        const runs: { kind: 'content' | 'path'; start: number; end: number }[] = [];
        for (const d of seq.drawn) {
          const kind = d.kind === 'path' ? 'path' : 'content';
          const last = runs[runs.length - 1];
          if (last?.kind === kind) last.end = d.end;
          else runs.push({ kind, start: d.start, end: d.end });
        }
        let contentRuns = 0;
        const newKids: PDFObject[] = [];
        runs.forEach((run, r) => {
          if (run.kind === 'content') {
            if (contentRuns++ === 0) {
              // The first run of content keeps the sequence's own MCID; paths before it are an Artifact.
              if (r > 0) {
                edits.push([seq.open.start, seq.open.end - seq.open.start, '/Artifact BMC']);
                edits.push([run.start, 0, `EMC\n${tag.replace('%d', String(seq.mcid))}\n`]);
              }
            } else {
              const mcid = parents!.size();
              parents!.push(ownerRef);
              newKids.push(owner.get(PDFName.of('Pg')) === page.ref ? PDFNumber.of(mcid) : doc.context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid }));
              edits.push([run.start, 0, `EMC\n${tag.replace('%d', String(mcid))}\n`]);
            }
          } else if (r > 0) {
            edits.push([run.start, 0, 'EMC\n/Artifact BMC\n']);
          }
        });
        if (newKids.length > 0) {
          const k = owner.get(K);
          const list = k instanceof PDFArray ? k : doc.context.obj(k === undefined ? [] : [k]);
          newKids.forEach((kid, j) => list.insert(at + 1 + j, kid));
          owner.set(K, list);
        }
      }
      if (edits.length === 0) continue;
      // Stable order: by offset, and at one offset in the order they were made.
      const ordered = edits.map((e, j) => ({ e, j })).sort((a, b) => b.e[0] - a.e[0] || b.j - a.j);
      let out = text;
      for (const { e: [offset, remove, insert] } of ordered) out = `${out.slice(0, offset)}${insert}${out.slice(offset + remove)}`;
      // Node's zlib, not pdf-lib's flateStream (pako, in JavaScript): a Flate stream all the same,
      // made in about a fifth of the time (the 23 pages' 1 MB of contents: 143 ms → 26 ms, issue 21).
      doc.context.assign(ref, doc.context.stream(deflateSync(Buffer.from(out, 'latin1')), { Filter: 'FlateDecode' }));
    }
  }
  return { untaggedText, untaggedPaths, decorations };
}
interface PdfUaRepairs {
  readonly outerFigures: number;
  readonly roleMap: Record<string, string>;
  readonly listItems: number;
  readonly links: number;
  readonly artifacts: ArtifactCounts;
}

export function repairForPdfUa(doc: PDFDocument, pages: readonly PrintPage[]): PdfUaRepairs {
  return {
    outerFigures: unwrapOuterFigures(doc),
    roleMap: mapNonStandardTypes(doc),
    listItems: wrapListBodies(doc),
    links: describeLinks(doc, pages),
    artifacts: markArtifacts(doc),
  };
}
