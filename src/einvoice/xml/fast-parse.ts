import { keyOf } from "./element-key.js";
import { AttributeList } from "./fast-attributes.js";
import { allCharsAllowed, decodedCharsAllowed, decodeReferences, isNameChar, isNameStart, isSpace } from "./fast-chars.js";
import { hashStep, internName, startDocument } from "./name-table.js";
import { NamespaceScope } from "./namespace-scope.js";
import type { ResolvedLimits } from "./saxes-parse.js";
import { TreeBuilder } from "./tree-builder.js";
import type { XmlDocument } from "./xml-tree.js";

// The fast path accepts only an XML declaration it fully understands: version 1.0, UTF-8 or no encoding, standalone.
const XML_DECL = /<\?xml[ \t\n]+version=(["'])1\.0\1(?:[ \t\n]+encoding=(["'])[Uu][Tt][Ff]-8\2)?(?:[ \t\n]+standalone=(["'])(?:yes|no)\3)?[ \t\n]*\?>/y;
const NONE = 2 ** 30 - 1; // past any string V8 holds, and still a small integer
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const COLON = 0x3a;
const EQUAL = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const AMP = 0x26;
const TAB = 0x09;
const LF = 0x0a;

/**
 * Parses the common case of an invoice (UTF-8, no DOCTYPE, no processing instruction, ASCII names, predefined
 * entities) into the same tree as saxes would, checking well-formedness as it goes. Returns undefined as soon as it
 * meets anything it does not fully handle or any doubt about well-formedness: the caller then gives the whole
 * document to saxes, which alone decides refusals and their messages. `checkSurrogates`: the text did not come from
 * the fatal UTF-8 decoder, so it may hold lone surrogates. `decodedFrom`: the bytes the fatal decoder made the text from
 * (their control characters are looked for in them, faster).
 */
export function fastParse(input: string, limits: ResolvedLimits, checkSurrogates: boolean, decodedFrom?: Uint8Array): XmlDocument | undefined {
  if (!(decodedFrom === undefined ? allCharsAllowed(input, checkSurrogates) : decodedCharsAllowed(input, decodedFrom))) return undefined;
  // saxes reads CR LF and a lone CR as LF everywhere (text, attribute values, line numbers): the same, done once.
  const text = input.indexOf("\r") === -1 ? input : input.replace(/\r\n?/g, "\n");
  return new FastParser(text, limits).parse();
}

function indexOrNone(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at === -1 ? NONE : at;
}

class FastParser {
  private readonly tree = new TreeBuilder();
  // Line numbers as saxes gives them (the line of the `>` ending a start tag), counted lazily up to where asked.
  private line = 1;
  private nextNewline: number;
  // Where the next `&` and `]]>` are: text segments without one (nearly all) need no further look.
  private nextAmp = -1;
  private nextCdataEnd = -1;
  private readonly namespaces = new NamespaceScope();
  // The attributes of the start tag being read.
  private readonly attributes = new AttributeList();
  // Set by nameEnd: the hash of the name read and the index of its colon (-1 if none).
  private nameHash = 0;
  private colonAt = -1;

  constructor(
    private readonly text: string,
    private readonly limits: ResolvedLimits,
  ) {
    this.nextNewline = indexOrNone(text, "\n", 0);
    startDocument();
  }

  parse(): XmlDocument | undefined {
    const text = this.text;
    let pos = 0;
    if (text.startsWith("<?xml")) {
      XML_DECL.lastIndex = 0;
      if (!XML_DECL.test(text)) return undefined;
      pos = XML_DECL.lastIndex;
    }
    const end = text.length;
    while (pos < end) {
      const lt = text.indexOf("<", pos);
      const stop = lt === -1 ? end : lt;
      if (stop > pos && !this.characters(pos, stop)) return undefined;
      if (lt === -1) break;
      const c = text.charCodeAt(lt + 1);
      pos = c === SLASH ? this.closeTag(lt + 2) : c === BANG ? this.markup(lt) : this.startTag(lt + 1);
      if (pos < 0) return undefined;
    }
    const root = this.tree.root;
    if (root === undefined || this.tree.stack.length !== 0) return undefined;
    return { root, elementCount: this.tree.count };
  }

  /** Character data between `start` and `stop` (the next `<` or the end). */
  private characters(start: number, stop: number): boolean {
    const text = this.text;
    if (this.tree.stack.length === 0) {
      // Outside the root element only white space may appear.
      for (let i = start; i < stop; i++) if (!isSpace(text.charCodeAt(i))) return false;
      return true;
    }
    if (this.nextCdataEnd < start) this.nextCdataEnd = indexOrNone(text, "]]>", start);
    if (this.nextCdataEnd < stop) return false;
    if (this.nextAmp < start) this.nextAmp = indexOrNone(text, "&", start);
    let t = text.slice(start, stop);
    if (this.nextAmp < stop) {
      const decoded = decodeReferences(t);
      if (decoded === undefined) return false;
      t = decoded;
    }
    this.tree.text(t);
    return true;
  }

  /** `<!-- comment -->` or `<![CDATA[...]]>` at `lt`; anything else starting with `<!` (DOCTYPE) is for saxes. */
  private markup(lt: number): number {
    const text = this.text;
    if (text.startsWith("<!--", lt)) {
      // The first `--` must be the end: `--` inside a comment, or a comment ending in `-`, is not well-formed.
      const dashes = text.indexOf("--", lt + 4);
      return dashes === -1 || text.charCodeAt(dashes + 2) !== GT ? -1 : dashes + 3;
    }
    if (text.startsWith("<![CDATA[", lt) && this.tree.stack.length > 0) {
      const close = text.indexOf("]]>", lt + 9);
      if (close === -1) return -1;
      this.tree.text(text.slice(lt + 9, close));
      return close + 3;
    }
    return -1;
  }

  /** The end of the (possibly prefixed) ASCII name starting at `start`, or -1; sets nameHash and colonAt. */
  private nameEnd(start: number): number {
    const text = this.text;
    let c = text.charCodeAt(start);
    if (!isNameStart(c)) return -1;
    let hash = c;
    let i = start + 1;
    let colon = -1;
    for (;;) {
      c = text.charCodeAt(i);
      if (isNameChar(c)) {
        hash = hashStep(hash, c);
        i++;
      } else if (c === COLON && colon === -1 && isNameStart(text.charCodeAt(i + 1))) {
        hash = hashStep(hash, c);
        colon = i++;
      } else break;
    }
    // A second colon (`a:b:c`) is a malformed qualified name: left to saxes.
    if (c === COLON) return -1;
    this.nameHash = hash;
    this.colonAt = colon;
    return i;
  }

  /** A start tag whose name begins at `start` (just after `<`); returns where reading goes on, or -1. */
  private startTag(start: number): number {
    const text = this.text;
    const tree = this.tree;
    if (tree.root !== undefined && tree.stack.length === 0) return -1; // a second root
    let i = this.nameEnd(start);
    if (i < 0) return -1;
    const element = internName(text, start, i, this.nameHash, this.colonAt);
    const attributes = this.attributes;
    attributes.count = 0;
    let selfClosing = false;
    for (;;) {
      let c = text.charCodeAt(i);
      const spaced = isSpace(c);
      while (isSpace(c)) c = text.charCodeAt(++i);
      if (c === GT) {
        i++;
        break;
      }
      if (c === SLASH) {
        if (text.charCodeAt(i + 1) !== GT) return -1;
        selfClosing = true;
        i += 2;
        break;
      }
      if (!spaced || attributes.full()) return -1; // attributes must be separated by white space
      i = this.attribute(i);
      if (i < 0) return -1;
    }
    if (tree.stack.length >= this.limits.maxDepth || tree.count >= this.limits.maxElements) return -1; // saxes words it
    const namespaces = this.namespaces;
    const mark = namespaces.size;
    if (attributes.count > 0 && (!attributes.declareNamespaces(namespaces) || attributes.hasDuplicate(namespaces))) return -1;
    const prefix = element.prefix;
    if (prefix === "xml" || prefix === "xmlns") return -1;
    const uri = prefix === "" ? (namespaces.resolve("") ?? "") : namespaces.resolve(prefix);
    const attrs = attributes.record(namespaces);
    if (uri === undefined || attrs === undefined) return -1;
    if (element.uri !== uri) {
      element.key = keyOf(element.name, uri, element.local);
      element.uri = uri;
    }
    tree.count++;
    tree.openKeyed(element.key, element.name, uri, element.local, attrs, this.lineAt(i - 1));
    if (selfClosing) {
      tree.close();
      namespaces.restore(mark);
    } else namespaces.enter(mark);
    return i;
  }

  /** One `name = "value"` at `start`; returns the index after the closing quote, or -1. */
  private attribute(start: number): number {
    const text = this.text;
    let i = this.nameEnd(start);
    if (i < 0) return -1;
    const name = internName(text, start, i, this.nameHash, this.colonAt);
    while (isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== EQUAL) return -1;
    i++;
    while (isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    if (quote !== DQUOTE && quote !== SQUOTE) return -1;
    const close = text.indexOf(quote === DQUOTE ? '"' : "'", i + 1);
    if (close === -1) return -1;
    let plain = true;
    for (let k = i + 1; k < close; k++) {
      const c = text.charCodeAt(k);
      if (c === LT) return -1;
      if (c === AMP || c === TAB || c === LF) plain = false;
    }
    let value: string | undefined = text.slice(i + 1, close);
    // Attribute-value normalisation as saxes does it: each literal tab or line end becomes a space, references are
    // replaced afterwards (a `&#10;` stays a line feed).
    if (!plain) value = decodeReferences(value.replace(/[\t\n]/g, " "));
    if (value === undefined) return -1;
    this.attributes.add(name, value);
    return close + 1;
  }

  /** An end tag whose name begins at `start` (just after `</`). */
  private closeTag(start: number): number {
    const text = this.text;
    const top = this.tree.stack[this.tree.stack.length - 1];
    // indexOf finds a matching name at once (memchr, then one comparison) and costs less than a slice compared; a name
    // that does not match makes the document malformed, so the one longer search it may cost happens once at most.
    if (top === undefined || text.indexOf(top.name, start) !== start) return -1;
    let i = start + top.name.length;
    while (isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== GT) return -1; // also a longer name than the open element's
    this.tree.close();
    this.namespaces.leave();
    return i + 1;
  }

  /** The 1-based line of the character at `pos`. */
  private lineAt(pos: number): number {
    let next = this.nextNewline;
    while (next < pos) {
      this.line++;
      next = indexOrNone(this.text, "\n", next + 1);
    }
    this.nextNewline = next;
    return this.line;
  }
}
