import type { InternedName } from "./name-table.js";
import type { NamespaceScope } from "./namespace-scope.js";

// Past this, the quadratic duplicate-attribute check kept simple here would cost more than saxes: the fast path gives up.
const MAX_ATTRIBUTES = 32;
// Elements without attributes (most of them) share this one empty, frozen record.
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

/**
 * The attributes of the start tag the fast path is reading (fast-parse.ts), and what it decides on them: namespace
 * declarations, duplicates, the element's record. Reused from tag to tag: the first `count` entries are this tag's
 * (counters rather than array lengths: truncating an array is a runtime call).
 */
export class AttributeList {
  private readonly names: InternedName[] = [];
  private readonly values: string[] = [];
  count = 0;

  /** Whether the tag holds as many attributes as the fast path takes. */
  full(): boolean {
    return this.count === MAX_ATTRIBUTES;
  }

  /** Adds one attribute as read. */
  add(name: InternedName, value: string): void {
    this.names[this.count] = name;
    this.values[this.count] = value;
    this.count++;
  }

  /** Pushes the tag's `xmlns` / `xmlns:p` bindings; false on any binding saxes would refuse or that is unusual. */
  declareNamespaces(namespaces: NamespaceScope): boolean {
    for (let k = 0; k < this.count; k++) {
      const attr = this.names[k] as InternedName;
      let prefix: string;
      if (attr.name === "xmlns") prefix = "";
      else if (attr.prefix === "xmlns") prefix = attr.local;
      else continue;
      if (!namespaces.bind(prefix, this.values[k] as string)) return false;
    }
    return true;
  }

  /** Whether two attributes share a qualified name, or a namespace and local name. */
  hasDuplicate(namespaces: NamespaceScope): boolean {
    const names = this.names;
    for (let a = 1; a < this.count; a++) {
      const nameA = names[a] as InternedName;
      for (let b = 0; b < a; b++) {
        const nameB = names[b] as InternedName;
        if (nameA.name === nameB.name) return true;
        if (nameA.prefix === "" || nameB.prefix === "" || nameA.local !== nameB.local) continue;
        if (namespaces.resolve(nameA.prefix) === namespaces.resolve(nameB.prefix)) return true;
      }
    }
    return false;
  }

  /** The element's attributes as parse-xml keeps them (no namespace declarations), or undefined if unsure. */
  record(namespaces: NamespaceScope): Record<string, string> | undefined {
    if (this.count === 0) return NO_ATTRIBUTES;
    const attrs: Record<string, string> = {};
    for (let k = 0; k < this.count; k++) {
      const attr = this.names[k] as InternedName;
      const name = attr.name;
      const prefix = attr.prefix;
      if (name === "xmlns" || prefix === "xmlns") continue;
      if (name === "__proto__") return undefined;
      if (prefix !== "" && (prefix === "xml" || namespaces.resolve(prefix) === undefined)) return undefined;
      attrs[name] = this.values[k] as string;
    }
    return attrs;
  }
}
