import { SaxesParser } from "saxes";
import { EInvoiceError } from "../errors.js";
import { elementKey } from "./namespaces.js";
import type { XmlDocument, XmlElement } from "./xml-tree.js";

export interface XmlLimits {
  /** Largest accepted input, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Deepest accepted nesting (default 64: real invoices stay under 15). */
  maxDepth?: number;
  /** Most elements accepted (default 2,000,000). */
  maxElements?: number;
}

const DEFAULTS = { maxBytes: 20 * 1024 * 1024, maxDepth: 64, maxElements: 2_000_000 };
// One key string per (namespace, local name), shared by every element and document: no string built per element.
// Bounded, so that files full of invented names cannot grow it without limit (past it, keys are built as before).
const KEY_CACHE_LIMIT = 20_000;
const keyCache = new Map<string, Map<string, string>>();
let keyCacheSize = 0;
const SCAN_SIBLINGS = 8;

// The last key found for each qualified name as written (`ram:ID`): one lookup for most elements, checked against the
// namespace in force (a prefix may be bound to another namespace elsewhere).
const byName = new Map<string, { uri: string; local: string; key: string }>();

function keyOf(name: string, uri: string, local: string): string {
  const last = byName.get(name);
  if (last !== undefined && last.uri === uri && last.local === local) return last.key;
  const key = internedKey(uri, local);
  if (byName.size < KEY_CACHE_LIMIT) byName.set(name, { uri, local, key });
  return key;
}

function internedKey(uri: string, local: string): string {
  let byLocal = keyCache.get(uri);
  const known = byLocal?.get(local);
  if (known !== undefined) return known;
  const key = elementKey(uri, local);
  if (keyCacheSize < KEY_CACHE_LIMIT) {
    if (!byLocal) {
      byLocal = new Map();
      keyCache.set(uri, byLocal);
    }
    byLocal.set(local, key);
    keyCacheSize++;
  }
  return key;
}
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Parses XML into a light element tree with saxes (streaming, conformant). Refuses, before any cost: input over the
 * size limit, any DOCTYPE (so no entity declaration, external entity or entity expansion), nesting past the depth
 * limit, too many elements, and input that is not well-formed or not UTF-8.
 */
export function parseXml(input: string | Uint8Array, limits: XmlLimits = {}): XmlDocument {
  const { maxBytes, maxDepth, maxElements } = { ...DEFAULTS, ...limits };
  const size = typeof input === "string" ? input.length : input.byteLength;
  if (size > maxBytes) {
    throw new EInvoiceError("XML_TOO_LARGE", `Le fichier dépasse la taille maximale autorisée (${Math.round(maxBytes / 1048576)} Mo).`, { size, maxBytes });
  }
  let text: string;
  try {
    text = typeof input === "string" ? input : decoder.decode(input);
  } catch {
    throw new EInvoiceError("XML_ENCODING", "Le fichier n'est pas encodé en UTF-8.");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  // For each open element with many children, how many of each key it has so far: ranks in O(1), not by rescanning
  // siblings (a file with tens of thousands of siblings would otherwise take quadratic time). Under SCAN_SIBLINGS
  // children a short backward scan is cheaper than a Map.
  const childCounts: Array<Map<string, number> | undefined> = [];
  let root: XmlElement | undefined;
  let count = 0;
  let failure: EInvoiceError | undefined;
  const fail = (e: EInvoiceError) => {
    failure ??= e;
    throw e;
  };

  parser.on("doctype", () => {
    fail(new EInvoiceError("XML_DOCTYPE_FORBIDDEN", "Le fichier contient une déclaration DOCTYPE : elle est refusée par sécurité (entités XML)."));
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= maxDepth) fail(new EInvoiceError("XML_TOO_DEEP", `L'imbrication des éléments dépasse ${maxDepth} niveaux.`));
    if (++count > maxElements) fail(new EInvoiceError("XML_TOO_MANY_ELEMENTS", `Le fichier compte plus de ${maxElements} éléments.`));
    const attrs: Record<string, string> = {};
    const given = tag.attributes;
    for (const name in given) {
      const a = given[name];
      if (a === undefined || typeof a === "string") continue;
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      attrs[a.uri && a.prefix ? a.name : a.local] = a.value;
    }
    const parent = stack[stack.length - 1];
    const uri = tag.uri ?? "";
    const local = tag.local ?? tag.name;
    const key = keyOf(tag.name, uri, local);
    let rank = 1;
    if (parent) {
      const siblings = parent.children;
      if (siblings.length < SCAN_SIBLINGS) {
        // Few siblings (most elements): the last one with the same key holds the count so far; no Map per parent.
        for (let i = siblings.length - 1; i >= 0; i--) {
          const s = siblings[i] as XmlElement;
          if (s.key === key) {
            rank = s.rank + 1;
            break;
          }
        }
      } else {
        let counts = childCounts[childCounts.length - 1];
        if (!counts) {
          counts = new Map();
          for (const s of siblings) counts.set(s.key, s.rank);
          childCounts[childCounts.length - 1] = counts;
        }
        rank = (counts.get(key) ?? 0) + 1;
        counts.set(key, rank);
      }
    }
    const element: XmlElement = { key, name: tag.name, local, uri, attrs, children: [], text: "", parent, rank, line: parser.line };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
    childCounts.push(undefined);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("cdata", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", () => {
    stack.pop();
    childCounts.pop();
  });

  try {
    parser.write(text).close();
  } catch (error) {
    if (failure) throw failure;
    const message = error instanceof Error ? error.message : String(error);
    throw new EInvoiceError("XML_MALFORMED", `Le fichier n'est pas un XML bien formé : ${message}`, { line: parser.line });
  }
  if (!root) throw new EInvoiceError("XML_EMPTY", "Le fichier ne contient aucun élément XML.");
  return { root, elementCount: count };
}
