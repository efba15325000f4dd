import { keyOf } from "./element-key.js";
import type { XmlElement } from "./xml-tree.js";

const SCAN_SIBLINGS = 8;

// Most elements are leaves: they share one empty children array until their first child arrives (then they get their
// own), instead of each allocating an array that stays empty. Not frozen: V8's array builtins (filter, iteration)
// leave their fast paths on frozen arrays, which cost the rules more allocations than the sharing saves (heap sampling
// of 510 validations: 102 MB frozen, 92 MB shared, 96 MB one array each). Nothing may push into a parsed leaf's
// children (assign a new array instead); test/einvoice/xml checks the shared array is still empty after the corpus.
const NO_CHILDREN: XmlElement[] = [];

/** How many elements the shared empty children array holds: 0, unless some code pushed into a parsed leaf (a bug). */
export function sharedLeafChildren(): number {
  return NO_CHILDREN.length;
}

/**
 * Builds the element tree from open / text / close events. Both parsers (the fast path and saxes) feed the same
 * builder, so keys, ranks and the shape of every element cannot differ between them.
 */
export class TreeBuilder {
  readonly stack: XmlElement[] = [];
  root: XmlElement | undefined;
  count = 0;
  // For each open element with many children, how many of each key it has so far: ranks in O(1), not by rescanning
  // siblings (a file with tens of thousands of siblings would otherwise take quadratic time). Under SCAN_SIBLINGS
  // children a short backward scan is cheaper than a Map.
  private readonly childCounts: Array<Map<string, number> | undefined> = [];

  /** Opens an element as a child of the current one (or as the root) and makes it current. */
  open(name: string, uri: string, local: string, attrs: Record<string, string>, line: number): void {
    this.openKeyed(keyOf(name, uri, local), name, uri, local, attrs, line);
  }

  /** As open, with the element's key already known (it must be keyOf(name, uri, local)). */
  openKeyed(key: string, name: string, uri: string, local: string, attrs: Record<string, string>, line: number): void {
    const stack = this.stack;
    const parent = stack[stack.length - 1];
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
        const counts = this.countsOfTop(siblings);
        rank = (counts.get(key) ?? 0) + 1;
        counts.set(key, rank);
      }
    }
    const element: XmlElement = { key, name, local, uri, attrs, children: NO_CHILDREN, text: "", parent, rank, line };
    if (!parent) this.root = element;
    else if (parent.children === NO_CHILDREN) parent.children = [element];
    else parent.children.push(element);
    stack.push(element);
    this.childCounts.push(undefined);
  }

  /** Appends character data to the current element (ignored outside the root). */
  text(t: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top) top.text += t;
  }

  /** Closes the current element. */
  close(): void {
    this.stack.pop();
    this.childCounts.pop();
  }

  private countsOfTop(siblings: XmlElement[]): Map<string, number> {
    const last = this.childCounts.length - 1;
    let counts = this.childCounts[last];
    if (!counts) {
      counts = new Map();
      for (const s of siblings) counts.set(s.key, s.rank);
      this.childCounts[last] = counts;
    }
    return counts;
  }
}
