import { inflateRawSync, inflateSync } from "node:zlib";
import { decodePDFRawStream, PDFArray, PDFDict, PDFHexString, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFString, type PDFContext } from "pdf-lib";
import { EInvoiceError } from "../errors.js";

/** Low-level helpers over pdf-lib's object model: resolve, read names and strings, decode streams. */

export function resolve(context: PDFContext, o: PDFObject | undefined): PDFObject | undefined {
  return o instanceof PDFRef ? context.lookup(o) : o;
}

export function dictAt(context: PDFContext, dict: PDFDict | undefined, key: string): PDFDict | undefined {
  const o = resolve(context, dict?.get(PDFName.of(key)));
  return o instanceof PDFDict ? o : undefined;
}

export function arrayAt(context: PDFContext, dict: PDFDict | undefined, key: string): PDFArray | undefined {
  const o = resolve(context, dict?.get(PDFName.of(key)));
  return o instanceof PDFArray ? o : undefined;
}

/** A text string or name as JS text (`/F`, `/UF`, `/AFRelationship` ...). */
export function textOf(o: PDFObject | undefined): string | undefined {
  if (o instanceof PDFString || o instanceof PDFHexString) return o.decodeText();
  if (o instanceof PDFName) return o.decodeText();
  return undefined;
}

export function textAt(context: PDFContext, dict: PDFDict | undefined, key: string): string | undefined {
  return textOf(resolve(context, dict?.get(PDFName.of(key))));
}

function filtersOf(context: PDFContext, dict: PDFDict): string[] {
  const f = resolve(context, dict.get(PDFName.of("Filter")));
  if (f instanceof PDFName) return [f.decodeText()];
  if (f instanceof PDFArray) return f.asArray().map((x) => textOf(resolve(context, x)) ?? "");
  return [];
}

/** Inflates with node:zlib (much faster than a JS inflate); tolerates a missing zlib header or a truncated end. */
function inflate(data: Uint8Array): Uint8Array {
  let out: Buffer;
  try {
    out = inflateSync(data);
  } catch {
    try {
      out = inflateSync(data, { finishFlush: 2 /* Z_SYNC_FLUSH: keep what a truncated stream holds */ });
    } catch {
      out = inflateRawSync(data);
    }
  }
  // A plain Uint8Array view (not a Buffer) so that callers compare and serialise it like any other bytes.
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** The decoded bytes of a stream: FlateDecode without predictor by node:zlib, anything else by pdf-lib's decoders. */
export function streamBytes(context: PDFContext, stream: PDFRawStream): Uint8Array {
  const filters = filtersOf(context, stream.dict);
  try {
    if (filters.length === 0) return stream.contents;
    const parms = resolve(context, stream.dict.get(PDFName.of("DecodeParms")));
    if (filters.length === 1 && filters[0] === "FlateDecode" && !(parms instanceof PDFDict && parms.has(PDFName.of("Predictor")))) return inflate(stream.contents);
    return decodePDFRawStream(stream).decode();
  } catch (error) {
    throw new EInvoiceError("PDF_MALFORMED", "Un flux du PDF ne peut pas être décompressé.", { filters, cause: String(error) });
  }
}

export function isStream(o: PDFObject | undefined): o is PDFRawStream {
  return o instanceof PDFRawStream;
}
