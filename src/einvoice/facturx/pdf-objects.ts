import { decodePDFRawStream, PDFArray, PDFDict, PDFHexString, PDFName, type PDFObject, PDFRawStream, PDFRef, PDFString, type PDFContext } from "pdf-lib";
import { EInvoiceError } from "../errors.js";
import { ascii85, asciiHex, inflate, tooLarge } from "./stream-filters.js";

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

const OWN_FILTERS: Record<string, (data: Uint8Array, maxBytes: number) => Uint8Array> = {
  FlateDecode: inflate,
  Fl: inflate,
  ASCIIHexDecode: asciiHex,
  AHx: asciiHex,
  ASCII85Decode: ascii85,
  A85: ascii85,
};

/** Other filters (LZW, RunLength, predictors) may expand up to a few thousand times: pdf-lib decodes only small ones. */
const FOREIGN_EXPANSION = 4096;

/**
 * The decoded bytes of a stream, refusing more than `maxBytes` once decoded (XML_TOO_LARGE) and anything that cannot
 * be decoded (PDF_MALFORMED). Flate, ASCIIHex and ASCII85 chains are decoded here with that bound; the rarer filters
 * go to pdf-lib's decoders when the stream is too small to exceed the bound.
 */
export function streamBytes(context: PDFContext, stream: PDFRawStream, maxBytes: number): Uint8Array {
  const filters = filtersOf(context, stream.dict);
  const parms = resolve(context, stream.dict.get(PDFName.of("DecodeParms")));
  const hasParms = parms instanceof PDFDict || (parms instanceof PDFArray && parms.asArray().some((p) => resolve(context, p) instanceof PDFDict));
  try {
    let data = stream.contents;
    if (!hasParms && filters.every((f) => f in OWN_FILTERS)) {
      for (const f of filters) data = (OWN_FILTERS[f] as (d: Uint8Array, m: number) => Uint8Array)(data, maxBytes);
    } else if (data.length * FOREIGN_EXPANSION <= maxBytes) {
      data = decodePDFRawStream(stream).decode();
    } else {
      throw new Error(`unsupported filter chain ${filters.join(", ")} on a large stream`);
    }
    if (data.length > maxBytes) throw tooLarge(maxBytes);
    return data;
  } catch (error) {
    if (error instanceof EInvoiceError) throw error;
    throw new EInvoiceError("PDF_MALFORMED", "Un flux du PDF ne peut pas être décodé.", { filters, cause: String(error) }, "A stream of the PDF cannot be decoded.");
  }
}

export function isStream(o: PDFObject | undefined): o is PDFRawStream {
  return o instanceof PDFRawStream;
}
