// Bytes → text for every file a person hands the program (scenarios, drafts, saves), in the CLI and
// the browser alike. Invalid UTF-8 is refused, located at its first bad byte: a lenient decoder
// would turn it into U+FFFD and the file would be "ok" with text nobody wrote. A BOM is dropped.

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly line: number;
      readonly col: number;
      /** Byte offset of the first byte that is not UTF-8. */
      readonly offset: number;
      readonly message: string;
    };

const fatal = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** Length of the well-formed UTF-8 sequence at `i`, or 0 if it is not one (RFC 3629, table 3-7). */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Offset of the first byte that does not begin a well-formed sequence (bytes.length if none). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const n = sequenceAt(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return bytes.length;
}

/** UTF-8 bytes as text, or where (line and column, from 1) the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: fatal.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    // The text before the bad byte is valid, so the lenient decoder reads it exactly.
    const before = lenient.decode(bytes.subarray(0, offset));
    const lines = before.split('\n');
    const line = lines.length;
    const col = (lines.at(-1) ?? '').replace(/^\uFEFF/, '').length + 1;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      line,
      col,
      offset,
      message: `the file is not valid UTF-8 text (byte 0x${byte} at offset ${offset}); save it as UTF-8`,
    };
  }
}

/** For showing a file that could not be decoded: bad bytes become U+FFFD. */
export const decodeLeniently = (bytes: Uint8Array): string => lenient.decode(bytes);
