// Is a file valid UTF-8, and if not, where is the first bad byte? The platform's decoder says
// whether (TextDecoder with `fatal: true`, the WHATWG Encoding Standard's UTF-8, which rejects
// overlong forms, surrogates and code points past U+10FFFF as RFC 3629 does). It does not say
// where, and the message names the byte, its line and column: so only once it has said "invalid"
// the place is found by decoding prefixes (binary search), then stepping back to the byte that
// starts the broken sequence.

const decodes = (bytes: Uint8Array, stream: boolean): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

/** Offset of the first byte that starts a sequence UTF-8 does not allow, or -1. */
export function firstInvalidByte(bytes: Uint8Array): number {
  if (decodes(bytes, false)) return -1;
  // The shortest prefix the decoder rejects, with an unfinished last sequence allowed (stream):
  // its last byte is where the decoder stopped.
  let low = 0; // decodes
  let high = bytes.length; // does not (as a stream, or at the end as a whole)
  if (decodes(bytes, true)) return lastSequenceStart(bytes, bytes.length);
  while (high - low > 1) {
    const mid = (low + high) >>> 1;
    if (decodes(bytes.subarray(0, mid), true)) low = mid;
    else high = mid;
  }
  // bytes[high - 1] broke the sequence begun before it, or is no start of one itself.
  return decodes(bytes.subarray(0, high - 1), false) ? high - 1 : lastSequenceStart(bytes, high - 1);
}

/** The lead byte of the unfinished sequence that ends right before `end` (at most 3 bytes back). */
function lastSequenceStart(bytes: Uint8Array, end: number): number {
  let at = end - 1;
  while (at > 0 && end - at < 4 && (bytes[at]! & 0xc0) === 0x80) at--;
  return at;
}
