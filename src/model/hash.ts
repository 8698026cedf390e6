// Content hashes: SHA-256 (@noble/hashes, pure JS, so the compile step stays free of Node APIs)
// over a canonical JSON form, so the same content always gives the same hash whatever the key
// order of the objects that hold it.

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { rememberByText } from './remember.ts';

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

/** Hex SHA-256 of a string (UTF-8); once per text (every compile hashes every slide, fact and registry again). */
export const sha256Hex = rememberByText((text: string): string => bytesToHex(sha256(utf8ToBytes(text))), 2_000);

/** Hex SHA-256 of any JSON-like value, in canonical form. */
export const contentHash = (value: unknown): string => sha256Hex(canonicalJson(value));
