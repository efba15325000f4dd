/** One element of a parsed document, with where it stands so that findings can point at it. */
export interface XmlElement {
  /** Canonical key: `ram:ID`, `cbc:ID`... (see namespaces.ts), independent of the file's own prefixes. */
  key: string;
  /** The qualified name as written in the file (`rsm:ExchangedDocument`). */
  name: string;
  /** Local name and namespace URI. */
  local: string;
  uri: string;
  /** Attributes by local name (namespaced attributes such as xsi:type keep their qualified name). */
  /** Parsed elements without attributes share one frozen empty record: read it, never write to it. */
  attrs: Record<string, string>;
  /** Parsed leaves share one empty array: to change a tree, assign a new array, never push into a leaf's. */
  children: XmlElement[];
  /** The element's own character data (not its descendants'), untrimmed. */
  text: string;
  parent: XmlElement | undefined;
  /** 1-based rank among the parent's children with the same key, for paths like `ram:IncludedNote[2]`. */
  rank: number;
  /** 1-based line in the source. */
  line: number;
}

/** A parsed document: its root element and counts useful for limits and statistics. */
export interface XmlDocument {
  root: XmlElement;
  elementCount: number;
}

/** The element's path from the root, with ranks: `/rsm:CrossIndustryInvoice/rsm:ExchangedDocument[1]/ram:ID[1]`. */
export function pathOf(element: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | undefined = element; e; e = e.parent) {
    parts.push(e.parent ? `${e.name}[${e.rank}]` : e.name);
  }
  return `/${parts.reverse().join("/")}`;
}

/** The first child with that key. */
export function child(element: XmlElement | undefined, key: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const c of element.children) if (c.key === key) return c;
  return undefined;
}

/** Every child with that key. */
export function children(element: XmlElement | undefined, key: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((c) => c.key === key);
}

/** Every element reached by a relative path of keys separated by `/` (`ram:SellerTradeParty/ram:Name`). */
export function select(element: XmlElement | undefined, path: string): XmlElement[] {
  if (!element) return [];
  let current: XmlElement[] = [element];
  for (const key of path.split("/")) {
    const next: XmlElement[] = [];
    for (const e of current) for (const c of e.children) if (c.key === key) next.push(c);
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/** The first element at that relative path, or undefined. */
export function first(element: XmlElement | undefined, path: string): XmlElement | undefined {
  return select(element, path)[0];
}

/** The trimmed text of the first element at that path, or undefined when absent. */
export function textAt(element: XmlElement | undefined, path: string): string | undefined {
  const found = first(element, path);
  return found ? found.text.trim() : undefined;
}

/** Every descendant (depth first, document order), the element itself excluded. */
export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const c of element.children) {
    yield c;
    yield* descendants(c);
  }
}
