// One walk per document: every element listed by key, in document order, memoised for the document being validated so
// that the rules of a family (and of every family that uses it) share it instead of re-walking the tree. Also allocation-light
// relative path lookups (the rules run thousands of times a second: no string splitting or arrays per call).
import type { XmlElement } from "../../xml/xml-tree.js";

// One slot: the document being validated (as the VAT support does). WeakMaps keyed on each fresh root made V8's
// ephemeron handling in the garbage collector cost more than the lookups saved; another root simply starts afresh.
let currentRoot: XmlElement | undefined;
let currentLists: (XmlElement[] | undefined)[] | undefined;
let currentMemos: Map<string, unknown> | undefined;
// Numbers the documents: a path's list (allAtOnce) stamped with another number belongs to an earlier document.
let generation = 0;

function switchTo(root: XmlElement): void {
  if (root === currentRoot) return;
  currentRoot = root;
  generation++;
  currentLists = undefined;
  currentMemos = undefined;
}

const NONE: readonly XmlElement[] = Object.freeze([]);

// The keys rules have asked for so far (a few dozen, shared by the core, VAT, code-list and Factur-X rules), each with
// a slot number: each document's index holds only those, which halves the cost of the walk compared with indexing
// every element, and is a plain array of lists (made at the first element of a key) rather than a Map per document.
// A key asked for the first time is collected by a walk of its own.
const SLOTS = new Map<string, number>();

function addKnown(lists: (XmlElement[] | undefined)[], e: XmlElement): void {
  const slot = SLOTS.get(e.key);
  if (slot !== undefined) {
    const list = lists[slot];
    if (list) list.push(e);
    else lists[slot] = [e];
  }
  const children = e.children;
  for (let i = 0; i < children.length; i++) addKnown(lists, children[i] as XmlElement);
}

function addMatching(key: string, e: XmlElement, out: XmlElement[]): void {
  if (e.key === key) out.push(e);
  for (const c of e.children) addMatching(key, c, out);
}

/** Every element with that key anywhere in the document (`//cac:InvoiceLine`), in document order. */
export function elementsOf(root: XmlElement, key: string): readonly XmlElement[] {
  switchTo(root);
  let lists = currentLists;
  if (!lists) {
    lists = new Array<XmlElement[] | undefined>(SLOTS.size);
    addKnown(lists, root);
    currentLists = lists;
  }
  let slot = SLOTS.get(key);
  if (slot === undefined) {
    slot = SLOTS.size;
    SLOTS.set(key, slot);
    const list: XmlElement[] = [];
    addMatching(key, root, list);
    lists[slot] = list;
  }
  return lists[slot] ?? NONE;
}

/** A value computed once per document (keyed on its root and a name), shared by every rule that asks for it. */
export function memo<T>(root: XmlElement, name: string, compute: () => T): T {
  switchTo(root);
  let values = currentMemos;
  if (!values) {
    values = new Map();
    currentMemos = values;
  }
  if (values.has(name)) return values.get(name) as T;
  const value = compute();
  values.set(name, value);
  return value;
}

/** Drops what was computed for a document (its index and memos): for benchmarks that re-run rules on one tree. */
export function forgetDocument(root: XmlElement): void {
  if (root === currentRoot) currentRoot = undefined;
}

/** True when the element sits under that chain of parents: `parentsAre(e, "cac:InvoiceLine", "cac:Item")`. */
export function parentsAre(element: XmlElement, ...keys: string[]): boolean {
  let e: XmlElement | undefined = element;
  for (let i = keys.length - 1; i >= 0; i--) {
    e = e?.parent;
    if (!e || e.key !== keys[i]) return false;
  }
  return true;
}

/** `children(element, key).some(test)` without building the list. */
export function someChild(element: XmlElement | undefined, key: string, test: (child: XmlElement) => boolean): boolean {
  if (!element) return false;
  for (const c of element.children) if (c.key === key && test(c)) return true;
  return false;
}

/** True when the element is a child of the document root. */
export function isTopLevel(element: XmlElement): boolean {
  return element.parent !== undefined && element.parent.parent === undefined;
}

const SPLITS = new Map<string, readonly string[]>();

/** The keys of a relative path (`a/b/c`), split once for all documents. */
export function keysOf(path: string): readonly string[] {
  let keys = SPLITS.get(path);
  if (!keys) {
    keys = path.split("/");
    SPLITS.set(path, keys);
  }
  return keys;
}

function firstFrom(element: XmlElement, keys: readonly string[], depth: number): XmlElement | undefined {
  const key = keys[depth];
  for (const c of element.children) {
    if (c.key !== key) continue;
    if (depth === keys.length - 1) return c;
    const found = firstFrom(c, keys, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The first element (document order) at a relative path of keys (`cac:Price/cbc:PriceAmount`), or undefined. */
export function firstAt(element: XmlElement | undefined, path: string): XmlElement | undefined {
  return element ? firstFrom(element, keysOf(path), 0) : undefined;
}

function collect(element: XmlElement, keys: readonly string[], depth: number, out: XmlElement[]): void {
  const key = keys[depth];
  for (const c of element.children) {
    if (c.key !== key) continue;
    if (depth === keys.length - 1) out.push(c);
    else collect(c, keys, depth + 1, out);
  }
}

// Each path's parent path and last key, split once for all documents.
const PARENTS = new Map<string, { parent: string | undefined; key: string }>();

function splitLast(path: string): { parent: string | undefined; key: string } {
  let split = PARENTS.get(path);
  if (!split) {
    const slash = path.lastIndexOf("/");
    split = slash < 0 ? { parent: undefined, key: path } : { parent: path.slice(0, slash), key: path.slice(slash + 1) };
    PARENTS.set(path, split);
  }
  return split;
}

/**
 * Every element at a path of keys below the document root, in document order, collected once per document: the
 * French rules read the same contexts (parties, taxes, lines) from dozens of assertions. Built on its parent path's
 * list (also kept), so paths sharing a prefix (the header settlement, the lines) walk it once. Shared: read only.
 */
export function allAtOnce(root: XmlElement, path: string): readonly XmlElement[] {
  switchTo(root);
  return listAt(root, pathEntry(path));
}

/** A path asked by allAtOnce, kept for all documents, with its list for the document it was stamped with. */
interface PathEntry {
  parent: PathEntry | undefined;
  key: string;
  list: readonly XmlElement[];
  generation: number;
}

// The entries live as long as the process (the rules ask a fixed set of paths), so a document costs no Map of its
// own; past the bound an entry is made for the call only (still right, just not kept).
const PATH_ENTRIES = new Map<string, PathEntry>();
const MAX_PATH_ENTRIES = 10_000;

function pathEntry(path: string): PathEntry {
  let entry = PATH_ENTRIES.get(path);
  if (!entry) {
    const { parent, key } = splitLast(path);
    entry = { parent: parent === undefined ? undefined : pathEntry(parent), key, list: NONE, generation: -1 };
    if (PATH_ENTRIES.size < MAX_PATH_ENTRIES) PATH_ENTRIES.set(path, entry);
  }
  return entry;
}

function listAt(root: XmlElement, entry: PathEntry): readonly XmlElement[] {
  if (entry.generation === generation) return entry.list;
  const key = entry.key;
  let found: XmlElement[] | undefined;
  if (entry.parent === undefined) found = childrenWith(root, key, found);
  else {
    const parents = listAt(root, entry.parent);
    for (let i = 0; i < parents.length; i++) found = childrenWith(parents[i] as XmlElement, key, found);
  }
  entry.list = found ?? NONE;
  entry.generation = generation;
  return entry.list;
}

/** Appends the element's children with that key to a list made at the first one. */
function childrenWith(element: XmlElement, key: string, out: XmlElement[] | undefined): XmlElement[] | undefined {
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (c.key !== key) continue;
    if (out) out.push(c);
    else out = [c];
  }
  return out;
}

/** Every element at a relative path of keys, in document order. */
export function allAt(element: XmlElement | undefined, path: string): XmlElement[] {
  const out: XmlElement[] = [];
  if (element) collect(element, keysOf(path), 0, out);
  return out;
}
