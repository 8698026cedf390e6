// Is a PNG, JPEG or WebP figure whole, and of the kind its name says? A damaged or truncated
// image would ship silently and show as a broken-image icon in front of patients, so the loader
// refuses it with the file and what is wrong. And is it small enough to present from a phone?
//
// Hand-written on purpose, and small: only the container is walked (PNG chunks with their CRC-32,
// the platform's zlib.crc32; JPEG segments up to the image data and its end marker; WebP's RIFF
// length), which finds truncation and damage without decoding pixels. A decoder (fast-png,
// jpeg-js) would add a dependency per format and decode megabytes to answer the same question.

import { crc32 } from 'node:zlib';

/** Largest figure file accepted: the deck's whole budget to present is 150 KB gzipped. */
export const MAX_FIGURE_BYTES = 1024 * 1024;

type Format = 'PNG' | 'JPEG' | 'WebP';

const FORMAT_OF: Readonly<Record<string, Format>> = { png: 'PNG', jpg: 'JPEG', jpeg: 'JPEG', webp: 'WebP' };

function sniff(bytes: Uint8Array): Format | undefined {
  if (bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'PNG';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  if (bytes.length >= 12 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WEBP') return 'WebP';
  return undefined;
}

function pngDamage(b: Buffer): string | undefined {
  let at = 8;
  let first = true;
  let sawData = false;
  while (at < b.length) {
    if (at + 12 > b.length) return `is cut short (it ends inside a chunk at byte ${at})`;
    const length = b.readUInt32BE(at);
    const type = b.subarray(at + 4, at + 8).toString('latin1');
    if (!/^[A-Za-z]{4}$/.test(type)) return `is damaged at byte ${at + 4} (no chunk starts there)`;
    if (first && type !== 'IHDR') return 'is damaged (its first chunk is not the image header, IHDR)';
    first = false;
    const end = at + 8 + length;
    if (end + 4 > b.length) return `is cut short (its ${type} chunk at byte ${at} runs past the end of the file)`;
    if (crc32(b.subarray(at + 4, end)) !== b.readUInt32BE(end)) return `is damaged (its ${type} chunk at byte ${at} fails its checksum)`;
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') return sawData ? undefined : 'has no image data (no IDAT chunk)';
    at = end + 4;
  }
  return 'is cut short (it has no end chunk, IEND)';
}

function jpegDamage(b: Buffer): string | undefined {
  let at = 2;
  while (at + 4 <= b.length) {
    if (b[at] !== 0xff) return `is damaged at byte ${at} (no segment starts there)`;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd9) return 'has no image data (it ends before any)';
    const length = b.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > b.length) return `is cut short (a segment at byte ${at} runs past the end of the file)`;
    if (marker === 0xda) {
      // Start of scan: the image data runs to the end-of-image marker.
      const end = b.lastIndexOf(Buffer.from([0xff, 0xd9]));
      return end > at + 2 + length ? undefined : 'is cut short (its image data has no end marker)';
    }
    at += 2 + length;
  }
  return 'is cut short (it ends before its image data)';
}

function webpDamage(b: Buffer): string | undefined {
  const declared = b.readUInt32LE(4) + 8;
  if (declared > b.length) return `is cut short (it says it has ${declared} bytes, and has ${b.length})`;
  const chunk = b.subarray(12, 16).toString('latin1');
  return /^VP8[ LX]$/.test(chunk) ? undefined : 'is damaged (no VP8 image chunk after its header)';
}

/** What is wrong with a raster figure's bytes, or undefined when it is whole and small enough. */
export function rasterProblem(name: string, bytes: Buffer): { message: string; fix: string } | undefined {
  const expected = FORMAT_OF[name.replace(/^.*\./, '').toLowerCase()];
  const found = sniff(bytes);
  const resave = 'Export the picture again from the program that made it, then check that it opens';
  if (!found) return { message: `is not a ${expected ?? 'picture'} file (its first bytes are not a ${expected ?? 'PNG, JPEG or WebP'} header)`, fix: resave };
  if (expected && found !== expected) return { message: `is a ${found} file named as ${expected}`, fix: `Rename it to end in .${found === 'JPEG' ? 'jpg' : found.toLowerCase()} (and its src on the slide), or export it as ${expected}` };
  const damage = found === 'PNG' ? pngDamage(bytes) : found === 'JPEG' ? jpegDamage(bytes) : webpDamage(bytes);
  if (damage) return { message: damage, fix: resave };
  if (bytes.length > MAX_FIGURE_BYTES) {
    return {
      message: `is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_FIGURE_BYTES / 1024 / 1024} MB a figure may be (the whole deck is meant to load in 150 KB, also on a phone)`,
      fix: 'Export it smaller: about 1600 px wide at most, as WebP or JPEG for photos and PNG for drawings (or draw it as SVG)',
    };
  }
  return undefined;
}
