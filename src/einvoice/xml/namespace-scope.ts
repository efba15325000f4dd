import { ownString } from "./own-string.js";

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
// Past this many bindings in force, the backward lookup kept simple here would cost more than saxes: the fast path
// gives up.
const MAX_BINDINGS = 64;

// Namespace URIs, one string per URI across documents: the parser compares them at every element, and comparing the
// same string object is immediate where comparing two equal copies reads all their characters.
const URI_LIMIT = 1000;
const MAX_URI_LENGTH = 512;
const uris = new Map<string, string>();

function internUri(uri: string): string {
  const known = uris.get(uri);
  if (known !== undefined) return known;
  if (uris.size >= URI_LIMIT || uri.length > MAX_URI_LENGTH) return uri;
  const own = ownString(uri);
  uris.set(own, own);
  return own;
}

/**
 * The namespace bindings in force while the fast path reads a document (innermost last), with how many were in force
 * when each open element started. Counters rather than array lengths: truncating an array is a runtime call.
 */
export class NamespaceScope {
  private readonly prefixes: string[] = [];
  private readonly uris: string[] = [];
  private count = 0;
  private readonly marks: number[] = [];

  /** How many bindings are in force: what `enter` / `restore` take once the tag's own bindings are added. */
  get size(): number {
    return this.count;
  }

  /**
   * Binds `prefix` ("" for the default namespace) to the declared value, trimmed as saxes does. False for any binding
   * saxes refuses (xml, xmlns, their URIs, an empty prefixed URI) or past the bound: the fast path then gives up.
   */
  bind(prefix: string, declared: string): boolean {
    const uri = declared.trim();
    if (prefix === "xml" || prefix === "xmlns" || uri === XML_NS || uri === XMLNS_NS || (prefix !== "" && uri === "")) return false;
    if (this.count === MAX_BINDINGS) return false;
    this.prefixes[this.count] = prefix;
    this.uris[this.count] = internUri(uri);
    this.count++;
    return true;
  }

  /** The namespace bound to `prefix` here, or undefined. */
  resolve(prefix: string): string | undefined {
    const prefixes = this.prefixes;
    for (let k = this.count - 1; k >= 0; k--) if (prefixes[k] === prefix) return this.uris[k];
    return undefined;
  }

  /** An element opened with `size` = `mark` before its own bindings stays open: they stay in force until it closes. */
  enter(mark: number): void {
    this.marks.push(mark);
  }

  /** Drops the bindings added since `mark` (a self-closing element, or one that closes). */
  restore(mark: number): void {
    this.count = mark;
  }

  /** The innermost open element closes: its bindings go. */
  leave(): void {
    this.count = this.marks.pop() as number;
  }
}
