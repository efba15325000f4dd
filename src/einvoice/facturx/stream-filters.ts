import { inflateRawSync, inflateSync } from "node:zlib";
import { EInvoiceError } from "../errors.js";

/**
 * The stream filters an embedded file may use, decoded with a bound on the output so that a decompression bomb is
 * refused before it fills memory. FlateDecode goes to node:zlib (`maxOutputLength`); ASCIIHex and ASCII85 only shrink.
 */

export function tooLarge(maxBytes: number): EInvoiceError {
  return new EInvoiceError("XML_TOO_LARGE", `La pièce jointe du PDF dépasse la taille maximale autorisée (${Math.round(maxBytes / 1048576)} Mo une fois décompressée).`, {
    maxBytes,
  }, `The PDF's attachment is larger than allowed (${Math.round(maxBytes / 1048576)} MB once decompressed).`);
}

function view(b: Buffer): Uint8Array {
  // A plain Uint8Array view (not a Buffer) so that callers compare and serialise it like any other bytes.
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Inflates a zlib stream, tolerating a missing header or a truncated end; refuses output beyond maxBytes. */
export function inflate(data: Uint8Array, maxBytes: number): Uint8Array {
  const attempts = [
    () => inflateSync(data, { maxOutputLength: maxBytes }),
    () => inflateSync(data, { maxOutputLength: maxBytes, finishFlush: 2 /* Z_SYNC_FLUSH: keep what a truncated stream holds */ }),
    () => inflateRawSync(data, { maxOutputLength: maxBytes }),
  ];
  let last: unknown;
  for (const attempt of attempts) {
    try {
      return view(attempt());
    } catch (error) {
      if (error instanceof RangeError || (error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(maxBytes);
      last = error;
    }
  }
  throw last;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

/** ASCIIHexDecode: pairs of hex digits up to `>`, whitespace ignored, an odd last digit padded with 0. */
export function asciiHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    if (isSpace(c)) continue;
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (d < 0) throw new Error("bad ASCIIHex digit");
    if (high < 0) high = d;
    else {
      out[n++] = high * 16 + d;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high * 16;
  return out.subarray(0, n);
}

/** ASCII85Decode: groups of five base-85 digits, `z` for four zero bytes, up to `~>`. */
export function ascii85(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 * data.length + 4); // `z` alone turns one character into four bytes
  let n = 0;
  let group = 0;
  let count = 0;
  for (const c of data) {
    if (c === 0x7e) break;
    if (isSpace(c)) continue;
    if (c === 0x7a && count === 0) {
      n += 4; // already zero
      continue;
    }
    if (c < 0x21 || c > 0x75) throw new Error("bad ASCII85 digit");
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      out[n++] = (group >>> 24) & 0xff;
      out[n++] = (group >>> 16) & 0xff;
      out[n++] = (group >>> 8) & 0xff;
      out[n++] = group & 0xff;
      group = 0;
      count = 0;
    }
  }
  if (count > 0) {
    for (let i = count; i < 5; i++) group = group * 85 + 84;
    for (let i = 0; i < count - 1; i++) out[n++] = (group >>> (24 - 8 * i)) & 0xff;
  }
  return out.subarray(0, n);
}
