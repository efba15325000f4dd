import { PDFDict, PDFName, type PDFContext, type PDFObject } from "pdf-lib";
import { arrayAt, dictAt, isStream, resolve, streamBytes, textAt, textOf } from "./pdf-objects.js";

/** A file embedded in a PDF (a /Filespec with an /EF stream), as listed by the name tree and the /AF array. */
export interface EmbeddedFile {
  /** The best name: /UF, else /F, else the name tree key. */
  name: string;
  /** Every name the file is known by (name tree key, /F, /UF), to match a requested name. */
  names: string[];
  /** /AFRelationship (Data, Source, Alternative, Supplement, Unspecified), when given. */
  relationship?: string;
  /** The stream's /Subtype (MIME type, e.g. text/xml), when given. */
  mimeType?: string;
  description?: string;
  /** True when the catalog's /AF array lists it (PDF/A-3 associated file). */
  associated: boolean;
  /** Decodes the content (lazily: a listing costs no decompression); refuses more than maxBytes (default 50 MB). */
  bytes(maxBytes?: number): Uint8Array;
}

const MAX_NAME_TREE_DEPTH = 32;
const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function walkNameTree(context: PDFContext, node: PDFDict, found: Map<string, PDFObject>, depth: number, seen: Set<PDFDict>): void {
  if (depth > MAX_NAME_TREE_DEPTH || seen.has(node)) return;
  seen.add(node);
  const names = arrayAt(context, node, "Names");
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const key = textOf(resolve(context, names.get(i)));
      const value = names.get(i + 1);
      if (key !== undefined && value) found.set(key, value);
    }
  }
  const kids = arrayAt(context, node, "Kids");
  if (kids) {
    for (const k of kids.asArray()) {
      const kid = resolve(context, k);
      if (kid instanceof PDFDict) walkNameTree(context, kid, found, depth + 1, seen);
    }
  }
}

function fileOf(context: PDFContext, spec: PDFDict, treeKey: string | undefined, associated: boolean, streams: Map<PDFObject, EmbeddedFile>): EmbeddedFile | undefined {
  const ef = dictAt(context, spec, "EF");
  const streamObject = resolve(context, ef?.get(PDFName.of("F")) ?? ef?.get(PDFName.of("UF")));
  // One stream listed by two /Filespec dictionaries (name tree and /AF) is one file.
  if (!isStream(streamObject)) return undefined;
  const known = streams.get(streamObject);
  if (known) {
    known.associated ||= associated;
    return undefined;
  }
  const uf = textAt(context, spec, "UF");
  const f = textAt(context, spec, "F");
  const names = [...new Set([treeKey, f, uf].filter((n): n is string => n !== undefined && n !== ""))];
  const file: EmbeddedFile = { name: uf || f || treeKey || "", names, associated, bytes: (maxBytes = DEFAULT_MAX_BYTES) => streamBytes(context, streamObject, maxBytes) };
  const relationship = textAt(context, spec, "AFRelationship");
  if (relationship) file.relationship = relationship;
  const mime = textAt(context, streamObject.dict, "Subtype");
  if (mime) file.mimeType = mime;
  const description = textAt(context, spec, "Desc");
  if (description) file.description = description;
  streams.set(streamObject, file);
  return file;
}

/** Every embedded file of the document: the catalog's /Names /EmbeddedFiles name tree, then the /AF array. */
export function listEmbeddedFiles(context: PDFContext, catalog: PDFDict): EmbeddedFile[] {
  const byKey = new Map<string, PDFObject>();
  const tree = dictAt(context, dictAt(context, catalog, "Names"), "EmbeddedFiles");
  if (tree) walkNameTree(context, tree, byKey, 0, new Set());

  // The /AF array of the catalog: the PDF/A-3 associated files, by their resolved /Filespec dictionary.
  const associated = new Set<PDFObject>();
  const afArray = arrayAt(context, catalog, "AF");
  if (afArray) for (const x of afArray.asArray()) {
    const spec = resolve(context, x);
    if (spec) associated.add(spec);
  }

  const files: EmbeddedFile[] = [];
  const done = new Set<PDFObject>();
  const streams = new Map<PDFObject, EmbeddedFile>();
  for (const [key, value] of byKey) {
    const spec = resolve(context, value);
    if (!(spec instanceof PDFDict) || done.has(spec)) continue;
    done.add(spec);
    const file = fileOf(context, spec, key, associated.has(spec), streams);
    if (file) files.push(file);
  }
  for (const spec of associated) {
    if (!(spec instanceof PDFDict) || done.has(spec)) continue;
    done.add(spec);
    const file = fileOf(context, spec, undefined, true, streams);
    if (file) files.push(file);
  }
  return files;
}
