import type { XmlElement } from "../../xml/xml-tree.js";
import { normalizeXmlSpace } from "../../xml/xml-space.js";
import type { Violation } from "../rule.js";
import { conditionHolds } from "./syntax-condition.js";
import type { Group, PathNode, PostCheck, SyntaxEngine, SyntaxResults, Use } from "./syntax-engine.js";
import type { AbsentRow } from "./syntax-table.js";
import { parseRelativePath, predicateHolds, stringValue } from "./syntax-path.js";

const NOTHING: readonly XmlElement[] = [];

/** Appends to the list kept under a key. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The hits of one slot, by context element, in the order the contexts were first hit. Most slots are hit under a single
 * context in a document (three in four on the corpus): that one is kept in plain fields, a Map only for the others.
 */
export class SlotHits {
  more: Map<XmlElement, XmlElement[]> | undefined = undefined;

  constructor(
    readonly context: XmlElement,
    readonly list: XmlElement[],
  ) {}

  get(context: XmlElement): XmlElement[] | undefined {
    return context === this.context ? this.list : this.more?.get(context);
  }

  add(context: XmlElement, found: XmlElement): void {
    if (context === this.context) {
      this.list.push(found);
      return;
    }
    this.more ??= new Map();
    const list = this.more.get(context);
    if (list) list.push(found);
    else this.more.set(context, [found]);
  }
}

/**
 * The tables a run fills, kept by the engine and reused from document to document: indexed by slot (thousands) and by
 * group (hundreds), they would otherwise be made per document, and sparse. A run clears what the previous one filled.
 */
export class RunTables {
  readonly elements: XmlElement[] = [];
  readonly groupAt: (Group | undefined)[] = [];
  readonly hits: (SlotHits | undefined)[];
  /** The slots that got hits, so that deciding costs what was found, not the size of the table. */
  readonly touched: number[] = [];
  readonly contexts: (XmlElement[] | undefined)[];
  /** The groups whose contexts were recorded. */
  readonly recorded: number[] = [];

  constructor(slots: number, groups: number) {
    this.hits = new Array<SlotHits | undefined>(slots).fill(undefined);
    this.contexts = new Array<XmlElement[] | undefined>(groups).fill(undefined);
  }

  /** Forgets the previous document's hits and contexts. */
  clear(): void {
    for (const slot of this.touched) this.hits[slot] = undefined;
    for (const group of this.recorded) this.contexts[group] = undefined;
    this.touched.length = 0;
    this.recorded.length = 0;
  }
}

/** One document's evaluation: the walk that records hits, then the decisions. Runs one at a time per engine. */
export class Run {
  private readonly elements: XmlElement[];
  private readonly groupAt: (Group | undefined)[];
  readonly hits: (SlotHits | undefined)[];
  private readonly touched: number[];
  readonly contexts: (XmlElement[] | undefined)[];
  private readonly recorded: number[];

  constructor(
    private readonly engine: SyntaxEngine,
    private readonly root: XmlElement,
    tables: RunTables,
  ) {
    tables.clear();
    this.elements = tables.elements;
    this.groupAt = tables.groupAt;
    this.hits = tables.hits;
    this.touched = tables.touched;
    this.contexts = tables.contexts;
    this.recorded = tables.recorded;
  }

  private hit(slot: number, context: XmlElement, found: XmlElement): void {
    const hits = this.hits[slot];
    if (hits) hits.add(context, found);
    else {
      this.hits[slot] = new SlotHits(context, [found]);
      this.touched.push(slot);
    }
  }

  visit(e: XmlElement, node: PathNode, depth: number): void {
    this.elements[depth] = e;
    let group: Group | undefined;
    const { groups, wheres } = node;
    for (let i = 0; i < groups.length; i++) {
      const where = wheres[i];
      if (!where || conditionHolds(where, e, this.root)) {
        group = groups[i];
        break;
      }
    }
    this.groupAt[depth] = group;
    if (group) {
      if (group.recorded) {
        const list = this.contexts[group.index];
        if (list) list.push(e);
        else {
          this.contexts[group.index] = [e];
          this.recorded.push(group.index);
        }
      }
    }
    const uses = node.uses;
    for (let i = 0; i < uses.length; i++) this.tryUse(uses[i] as Use, e, depth);
    // Attribute rules are looked up from the element's own attributes (most elements have none).
    const anywhere = this.engine.attributeUses;
    if (anywhere.size > 0 || (group && group.selfUses.size > 0)) {
      for (const name in e.attrs) {
        const own = group?.selfUses.get(name);
        if (own) for (const u of own) this.hit(u.slot, e, e);
        const uses = anywhere.get(name);
        if (uses) for (const u of uses) this.hit(u.slot, this.root, e);
      }
    }
    const children = e.children;
    for (let i = 0; i < children.length; i++) {
      const c = children[i] as XmlElement;
      this.visit(c, node.children.get(c.key) ?? this.engine.createNode(node, c.key), depth + 1);
    }
  }

  private tryUse(u: Use, e: XmlElement, depth: number): void {
    const { steps, attribute, anywhere } = u.path;
    if (attribute !== undefined && e.attrs[attribute] === undefined) return;
    const n = steps.length;
    for (let i = 0; i < n; i++) {
      const p = steps[i]!.predicate;
      if (p && !predicateHolds(p, this.elements[depth - (n - 1 - i)]!)) return;
    }
    // A path looking anywhere in the document is counted once for the whole document (kept under the root).
    if (anywhere) {
      this.hit(u.slot, this.root, e);
      return;
    }
    const at = depth - n;
    if (this.groupAt[at] === u.group) this.hit(u.slot, this.elements[at]!, e);
  }

  finish(): SyntaxResults {
    const results: SyntaxResults = new Map();
    const touched = this.touched;
    for (let i = 0; i < touched.length; i++) {
      const slot = touched[i] as number;
      const rule = this.engine.absentBySlot[slot];
      const hits = this.hits[slot];
      if (!rule || !hits) continue;
      const { row, group } = rule;
      if (row[2].startsWith("//")) {
        // A path looking anywhere: every context of the group sees the same hits (kept under the root).
        const anywhere = hits.get(this.root);
        const contexts = this.contexts[group.index];
        if (anywhere && contexts) for (let k = 0; k < contexts.length; k++) this.absent(results, row, contexts[k] as XmlElement, anywhere);
        continue;
      }
      this.absent(results, row, hits.context, hits.list);
      if (hits.more) for (const [context, found] of hits.more) this.absent(results, row, context, found);
    }
    for (const g of this.engine.groups) {
      const contexts = this.contexts[g.index];
      if (!contexts) continue;
      for (let k = 0; k < contexts.length; k++) {
        const context = contexts[k] as XmlElement;
        for (const post of g.post) {
          const v = this.decide(post, context);
          if (v) push(results, post.check.id, v);
        }
      }
    }
    return results;
  }

  /** An "absent" row's violation for one context, unless its exception holds there. */
  private absent(results: SyntaxResults, row: AbsentRow, context: XmlElement, found: readonly XmlElement[]): void {
    const unless = row[3]?.unless;
    if (unless && conditionHolds(unless, context, this.root)) return;
    push(results, row[0], { element: found[0] as XmlElement });
  }

  private found(post: PostCheck, role: string, context: XmlElement): readonly XmlElement[] {
    const slot = post.slots[role];
    const hits = slot === undefined ? undefined : this.hits[slot];
    return hits?.get(post.anywhere.has(role) ? this.root : context) ?? NOTHING;
  }

  /** The violation of a post check on one context element, if any. */
  private decide(post: PostCheck, context: XmlElement): Violation | undefined {
    const check = post.check;
    switch (check.kind) {
      case "count": {
        if (check.onlyIf && this.found(post, "onlyIf", context).length === 0) return undefined;
        let found = this.found(post, "path", context);
        if (check.minus) {
          const minus = new Set(this.found(post, "minus", context));
          found = found.filter((e) => !minus.has(e));
        }
        if (check.max !== undefined && found.length > check.max) return { element: found[check.max]!, value: String(found.length) };
        if (check.min !== undefined && found.length < check.min) return { element: context, value: String(found.length) };
        return undefined;
      }
      case "same-values": {
        const found = this.found(post, "path", context);
        const attribute = parseRelativePath(check.path).attribute;
        const first = found[0];
        if (!first) return undefined;
        const normalize = check.normalize === true;
        const expected = sameValue(first, attribute, normalize);
        for (let i = 0; i < found.length; i++) {
          const value = sameValue(found[i] as XmlElement, attribute, normalize);
          if (value !== expected) return { element: found[i] as XmlElement, value };
        }
        return undefined;
      }
      case "not-both":
        return this.found(post, "0", context).length > 0 && this.found(post, "1", context).length > 0 ? { element: context } : undefined;
      case "format":
        return formatHolds(check.format, stringValue(context)) ? undefined : { element: context, value: stringValue(context).trim() };
      case "custom":
        return check.test(context, this.root) ? undefined : { element: context };
    }
  }
}

/** The value a same-values check compares: the element's string value or an attribute's, optionally normalized. */
function sameValue(e: XmlElement, attribute: string | undefined, normalize: boolean): string {
  const v = attribute === undefined ? stringValue(e) : (e.attrs[attribute] ?? "");
  return normalize ? normalizeXmlSpace(v) : v;
}

// XML Schema regular expressions: \d is any Unicode decimal digit, \s only space, tab, CR and LF.
const DATE_102 = /^[ \t\n\r]*\p{Nd}{4}(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])[ \t\n\r]*$/u;

function formatHolds(format: "date-102" | "max-2-decimals", value: string): boolean {
  if (format === "date-102") return DATE_102.test(value);
  const dot = value.indexOf(".");
  // string-length(substring-after(., '.')) <= 2: counts every character after the first dot, spaces included.
  return dot < 0 || Array.from(value.slice(dot + 1)).length <= 2;
}
