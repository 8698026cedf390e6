// Reading and writing zip files reproducibly: the PowerPoint file's container and the clinic kit's
// zip (npm run kit). pptxgenjs (through JSZip) stamps every
// entry with the current time, adds folder entries, keeps its own order and, in Node, ignores
// `compression` and stores everything uncompressed (pptxgenjs 4.0.1, pptxgen.ts write()). Here
// every entry is a file (no folder entries, as Office writes them), sorted by name, dated with the
// deck's own date and DEFLATE-compressed: the same content gives the same bytes.

import JSZip from 'jszip';

export type Parts = Map<string, Uint8Array>;

export async function readZip(bytes: Uint8Array): Promise<Parts> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const [name, entry] of Object.entries(zip.files)) {
    if (!entry.dir) parts.set(name, await entry.async('uint8array'));
  }
  return parts;
}

/** `date` is YYYY-MM-DD (the deck's meta.date): every entry gets that day, 00:00 UTC (a DOS time: local, no zone). */
export async function writeZip(parts: Parts, date: string): Promise<Uint8Array> {
  const stamp = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(stamp.getTime())) throw new Error(`The deck's date "${date}" is not a YYYY-MM-DD date (slides/index.ts › meta.date).`);
  const zip = new JSZip();
  // Code-point order, so "[Content_Types].xml" comes first, where Office puts it.
  for (const name of [...parts.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    zip.file(name, parts.get(name)!, { date: stamp, createFolders: false, binary: true });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

export const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
export const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);
