import type { XmlElement } from "../../xml/xml-tree.js";
import type { Violation } from "../rule.js";
import { conditionHolds } from "./syntax-condition.js";
import type { Group, PathNode, PostCheck, SyntaxEngine, SyntaxResults, Use } from "./syntax-engine.js";
import { parseRelativePath, predicateHolds, stringValue } from "./syntax-path.js";

const NOTHING: readonly XmlElement[] = [];

/** Appends to the list kept under a key. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** One document's evaluation: the walk that records hits, then the decisions. */
export class Run {
  private readonly elements: XmlElement[] = [];
  private readonly groupAt: (Group | undefined)[] = [];
  readonly hits: (Map<XmlElement, XmlElement[]> | undefined)[] = [];
  /** The slots that got hits, so that deciding costs what was found, not the size of the table. */
  private readonly touched: number[] = [];
  readonly contexts: XmlElement[][] = [];

  constructor(
    private readonly engine: SyntaxEngine,
    private readonly root: XmlElement,
  ) {}

  private hit(slot: number, context: XmlElement, found: XmlElement): void {
    let map = this.hits[slot];
    if (!map) {
      map = new Map();
      this.hits[slot] = map;
      this.touched.push(slot);
    }
    const list = map.get(context);
    if (list) list.push(found);
    else map.set(context, [found]);
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
        else this.contexts[group.index] = [e];
      }
    }
    for (const u of node.uses) this.tryUse(u, e, depth);
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
    for (const c of e.children) this.visit(c, node.children.get(c.key) ?? this.engine.createNode(node, c.key), depth + 1);
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
    const add = (id: string, v: Violation) => push(results, id, v);
    for (const slot of this.touched) {
      const rule = this.engine.absentBySlot[slot];
      const hits = this.hits[slot];
      if (!rule || !hits) continue;
      const { row, group } = rule;
      const unless = row[3]?.unless;
      const anywhere = hits.get(this.root);
      const pairs: [XmlElement, XmlElement[]][] = row[2].startsWith("//") ? (anywhere ? (this.contexts[group.index] ?? []).map((c) => [c, anywhere]) : []) : [...hits];
      for (const [context, found] of pairs) {
        if (unless && conditionHolds(unless, context, this.root)) continue;
        add(row[0], { element: found[0]! });
      }
    }
    for (const g of this.engine.groups) {
      for (const context of this.contexts[g.index] ?? []) {
        for (const post of g.post) {
          const v = this.decide(post, context);
          if (v) add(post.check.id, v);
        }
      }
    }
    return results;
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
        const norm = (e: XmlElement) => {
          const v = attribute === undefined ? stringValue(e) : (e.attrs[attribute] ?? "");
          return check.normalize ? v.replace(/[ \t\n\r]+/g, " ").trim() : v;
        };
        const first = found[0];
        if (!first) return undefined;
        const differing = found.find((e) => norm(e) !== norm(first));
        return differing ? { element: differing, value: norm(differing) } : undefined;
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

// XML Schema regular expressions: \d is any Unicode decimal digit, \s only space, tab, CR and LF.
const DATE_102 = /^[ \t\n\r]*\p{Nd}{4}(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])[ \t\n\r]*$/u;

function formatHolds(format: "date-102" | "max-2-decimals", value: string): boolean {
  if (format === "date-102") return DATE_102.test(value);
  const dot = value.indexOf(".");
  // string-length(substring-after(., '.')) <= 2: counts every character after the first dot, spaces included.
  return dot < 0 || Array.from(value.slice(dot + 1)).length <= 2;
}
