// Content hashes: SHA-256 (@noble/hashes, pure JS, so the compile step stays free of Node APIs)
// over a canonical JSON form, so the same content always gives the same hash whatever the key
// order of the objects that hold it.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** JSON with object keys sorted at every level (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// Hashed once per text: every compile hashes every slide, fact and registry, and a check, a build
// or a test compiles the same content many times over (each edition, each language, each edit).
const hashed = new Map<string, string>();
const MAX_REMEMBERED = 2_000;

/** Hex SHA-256 of a string (UTF-8). */
export function sha256Hex(text: string): string {
  let hex = hashed.get(text);
  if (hex === undefined) {
    hex = bytesToHex(sha256(utf8ToBytes(text)));
    if (hashed.size >= MAX_REMEMBERED) hashed.clear();
    hashed.set(text, hex);
  }
  return hex;
}

/** Hex SHA-256 of any JSON-like value, in canonical form. */
export const contentHash = (value: unknown): string => sha256Hex(canonicalJson(value));
