import { SaxesParser } from "saxes";
import { EInvoiceError } from "../errors.js";
import { TreeBuilder } from "./tree-builder.js";
import type { XmlDocument } from "./xml-tree.js";

/** Limits resolved to numbers (see XmlLimits in parse-xml.ts). */
export interface ResolvedLimits {
  maxDepth: number;
  maxElements: number;
}

/**
 * Parses decoded XML text with saxes (streaming, conformant): the reference path, and the judge of every refusal and
 * its message. Refuses any DOCTYPE, nesting past the depth limit, too many elements and input that is not well-formed.
 */
export function parseWithSaxes(text: string, limits: ResolvedLimits): XmlDocument {
  const { maxDepth, maxElements } = limits;
  const parser = new SaxesParser({ xmlns: true, position: true });
  const tree = new TreeBuilder();
  let failure: EInvoiceError | undefined;
  const fail = (e: EInvoiceError) => {
    failure ??= e;
    throw e;
  };

  parser.on("doctype", () => {
    fail(new EInvoiceError("XML_DOCTYPE_FORBIDDEN", "Le fichier contient une déclaration DOCTYPE : elle est refusée par sécurité (entités XML).", undefined, "The file holds a DOCTYPE declaration: it is refused for safety (XML entities)."));
  });
  parser.on("opentag", (tag) => {
    if (tree.stack.length >= maxDepth) fail(new EInvoiceError("XML_TOO_DEEP", `L'imbrication des éléments dépasse ${maxDepth} niveaux.`, undefined, `Elements are nested more than ${maxDepth} levels deep.`));
    if (++tree.count > maxElements) fail(new EInvoiceError("XML_TOO_MANY_ELEMENTS", `Le fichier compte plus de ${maxElements} éléments.`, undefined, `The file has more than ${maxElements} elements.`));
    const attrs: Record<string, string> = {};
    const given = tag.attributes;
    for (const name in given) {
      const a = given[name];
      if (a === undefined || typeof a === "string") continue;
      if (a.prefix === "xmlns" || a.name === "xmlns") continue;
      attrs[a.uri && a.prefix ? a.name : a.local] = a.value;
    }
    tree.open(tag.name, tag.uri ?? "", tag.local ?? tag.name, attrs, parser.line);
  });
  parser.on("text", (t) => tree.text(t));
  parser.on("cdata", (t) => tree.text(t));
  parser.on("closetag", () => tree.close());

  try {
    parser.write(text).close();
  } catch (error) {
    if (failure) throw failure;
    const message = error instanceof Error ? error.message : String(error);
    throw new EInvoiceError("XML_MALFORMED", `Le fichier n'est pas un XML bien formé : ${message}`, { line: parser.line }, `The file is not well-formed XML: ${message}`);
  }
  if (!tree.root) throw new EInvoiceError("XML_EMPTY", "Le fichier ne contient aucun élément XML.", undefined, "The file holds no XML element.");
  return { root: tree.root, elementCount: tree.count };
}
