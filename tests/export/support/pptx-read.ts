// Reading a PowerPoint file back: the zip's own directory (order, method, dates) and each XML
// part parsed with @xmldom/xmldom. No deck is loaded here.

import { createHash } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** One entry of the zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  /** YYYY-MM-DD hh:mm:ss from the DOS date and time fields. */
  readonly stamp: string;
}

/** The central directory, read directly (JSZip hides the compression method and the order). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const b = Buffer.from(bytes);
  let end = b.length - 22;
  while (end >= 0 && b.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file');
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (b.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory');
    const method = b.readUInt16LE(at + 10);
    const time = b.readUInt16LE(at + 12);
    const date = b.readUInt16LE(at + 14);
    const nameLength = b.readUInt16LE(at + 28);
    const extra = b.readUInt16LE(at + 30);
    const comment = b.readUInt16LE(at + 32);
    const name = b.toString('utf8', at + 46, at + 46 + nameLength);
    const pad = (n: number) => String(n).padStart(2, '0');
    const stamp = `${(date >> 9) + 1980}-${pad((date >> 5) & 15)}-${pad(date & 31)} ${pad(time >> 11)}:${pad((time >> 5) & 63)}:${pad((time & 31) * 2)}`;
    entries.push({ name, method, stamp });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

/** A file's parts: names, text, parsed XML. */
export class Package {
  private constructor(
    readonly files: ReadonlyMap<string, Uint8Array>,
    readonly bytes: Uint8Array,
  ) {}

  static async open(bytes: Uint8Array): Promise<Package> {
    const zip = await JSZip.loadAsync(bytes);
    const files = new Map<string, Uint8Array>();
    for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) files.set(name, await entry.async('uint8array'));
    return new Package(files, bytes);
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  text(name: string): string {
    const data = this.files.get(name);
    if (!data) throw new Error(`no part ${name}`);
    return new TextDecoder().decode(data);
  }

  xml(name: string): Document {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(this.text(name), 'text/xml');
    if (errors.length > 0) throw new Error(`${name} is not well-formed XML: ${errors.join('; ')}`);
    return doc as unknown as Document;
  }

  /** The slides in presentation order. */
  slides(): string[] {
    const rels = this.rels('ppt/presentation.xml');
    const ids = [...this.xml('ppt/presentation.xml').getElementsByTagName('p:sldId')].map((n) => n.getAttribute('r:id')!);
    return ids.map((id) => rels.find((r) => r.id === id)!.part!);
  }

  /** A part's relationships, internal targets resolved to part names. */
  rels(part: string): { id: string; type: string; target: string; external: boolean; part?: string }[] {
    const dir = part.includes('/') ? part.slice(0, part.lastIndexOf('/')) : '';
    const name = `${dir ? `${dir}/` : ''}_rels/${part.slice(dir ? dir.length + 1 : 0)}.rels`;
    if (!this.has(name)) return [];
    return [...this.xml(name).getElementsByTagName('Relationship')].map((r) => {
      const target = r.getAttribute('Target')!;
      const external = r.getAttribute('TargetMode') === 'External';
      const resolved = external ? undefined : target.startsWith('/') ? target.slice(1) : normalize(`${dir}/${target}`);
      return { id: r.getAttribute('Id')!, type: r.getAttribute('Type')!.replace(/^.*\//, ''), target, external, ...(resolved ? { part: resolved } : {}) };
    });
  }

  /** A nested zip part (a chart's workbook) as its entries' text. */
  nested(name: string): Map<string, string> {
    const out = new Map<string, string>();
    const b = Buffer.from(this.files.get(name)!);
    // Local file headers, in order: enough for the small workbooks pptxgenjs embeds.
    for (let at = 0; b.readUInt32LE(at) === 0x04034b50; ) {
      const method = b.readUInt16LE(at + 8);
      const size = b.readUInt32LE(at + 18);
      const nameLength = b.readUInt16LE(at + 26);
      const extra = b.readUInt16LE(at + 28);
      const entry = b.toString('utf8', at + 30, at + 30 + nameLength);
      const start = at + 30 + nameLength + extra;
      const data = b.subarray(start, start + size);
      out.set(entry, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
      at = start + size;
    }
    return out;
  }
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/** Direct element children of `node` (xmldom's NodeList has no children helper). */
export const children = (node: Element): Element[] => [...(node.childNodes as unknown as Iterable<Node>)].filter((n): n is Element => n.nodeType === 1);

/** The text of each a:p under `node`, whitespace tidied, empty ones left out. */
export const paragraphs = (node: Element): string[] =>
  [...node.getElementsByTagName('a:p')]
    .map((p) => [...p.getElementsByTagName('a:t')].map((t) => t.textContent ?? '').join('').replace(/\s+/g, ' ').trim())
    .filter((t) => t !== '');
