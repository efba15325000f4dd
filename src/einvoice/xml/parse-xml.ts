import { EInvoiceError } from "../errors.js";
import { decodeUtf8 } from "./decode-utf8.js";
import { fastParse } from "./fast-parse.js";
import { parseWithSaxes } from "./saxes-parse.js";
import type { XmlDocument } from "./xml-tree.js";

export interface XmlLimits {
  /** Largest accepted input, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Deepest accepted nesting (default 64: real invoices stay under 15). */
  maxDepth?: number;
  /** Most elements accepted (default 2,000,000). */
  maxElements?: number;
}

/** Which parser reads the document: the fast path with saxes behind it (default), or saxes alone (tests, benches). */
export type XmlEngine = "fast" | "saxes";

const DEFAULTS = { maxBytes: 20 * 1024 * 1024, maxDepth: 64, maxElements: 2_000_000 };
/**
 * Parses XML into a light element tree. Refuses, before any cost: input over the size limit, any DOCTYPE (so no
 * entity declaration, external entity or entity expansion), nesting past the depth limit, too many elements, and
 * input that is not well-formed or not UTF-8. A hand-written fast path reads the common invoice (fast-parse.ts);
 * whatever it does not fully handle, and every refusal, goes to saxes (docs/adr/0006-own-xml-tokenizer.md).
 */
export function parseXml(input: string | Uint8Array, limits: XmlLimits = {}, engine: XmlEngine = "fast"): XmlDocument {
  const { maxBytes, maxDepth, maxElements } = { ...DEFAULTS, ...limits };
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > maxBytes) {
    throw new EInvoiceError("XML_TOO_LARGE", `Le fichier dépasse la taille maximale autorisée (${Math.round(maxBytes / 1048576)} Mo).`, { size, maxBytes }, `The file is larger than allowed (${Math.round(maxBytes / 1048576)} MB).`);
  }
  let text: string;
  try {
    text = typeof input === "string" ? input : decodeUtf8(input);
  } catch {
    throw new EInvoiceError("XML_ENCODING", "Le fichier n'est pas encodé en UTF-8.", undefined, "The file is not encoded in UTF-8.");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const resolved = { maxDepth, maxElements };
  const fast = engine === "fast" ? fastParse(text, resolved, typeof input === "string", typeof input === "string" ? undefined : input) : undefined;
  return fast ?? parseWithSaxes(text, resolved);
}
