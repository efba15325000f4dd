import type { XmlElement } from "../../xml/xml-tree.js";
import type { Violation } from "../rule.js";
import { conditionHolds } from "./syntax-condition.js";
import { type ContextPattern, parseContextPattern, parseRelativePath, predicateHolds, type RelativePath, stepMatches, stringValue } from "./syntax-path.js";
import type { AbsentRow, Condition, SyntaxCheck, SyntaxContext, SyntaxTable } from "./syntax-table.js";

// Evaluates a whole syntax table in one walk of the tree. Every path an assertion looks for is compiled into a "use"
// attached to the canonical element paths (a trie of keys shared by all documents) where it can end; walking the
// document, each element finds its context rule (the first that matches, as Schematron does) and the uses that end on
// it, and records a hit against the context element they belong to. Cardinalities and other checks are then decided
// from the hits, per context element, without walking again.

export interface Group {
  index: number;
  rank: number;
  label: string;
  patterns: readonly ContextPattern[];
  where: Condition | undefined;
  /** Uses whose path is an attribute of the context element itself (`@unitCode`), by attribute name. */
  selfUses: Map<string, Use[]>;
  /** Checks decided after the walk, per context element, with the slots of their paths. */
  post: PostCheck[];
  /** Whether its context elements are recorded (post checks, or "absent" rows looking anywhere in the document). */
  recorded: boolean;
}

/** A check decided after the walk, and the slots where its paths' hits are kept (by role: path, onlyIf, minus, 0, 1). */
export interface PostCheck {
  check: SyntaxCheck;
  slots: Readonly<Record<string, number>>;
}

export interface Use {
  slot: number;
  group: Group;
  path: RelativePath;
}

/** A compiled "absent" row. */
export interface AbsentRule {
  row: AbsentRow;
  group: Group;
  slot: number;
}

interface PathNode {
  key: string;
  depth: number;
  parent: PathNode | undefined;
  children: Map<string, PathNode>;
  groups: Group[];
  uses: Use[];
}

const MAX_PATH_NODES = 50_000;

/** Per-document results: violations by rule id. */
export type SyntaxResults = Map<string, Violation[]>;

/** A compiled table, ready to evaluate documents. */
export class SyntaxEngine {
  readonly groups: Group[] = [];
  readonly absentRules: AbsentRule[] = [];
  /** The "absent" row each slot belongs to, if any. */
  readonly absentBySlot: (AbsentRule | undefined)[] = [];
  private readonly usesByLastKey = new Map<string, Use[]>();
  /** Uses of an attribute anywhere in the document (`//@schemeName`), by attribute name. */
  readonly attributeUses = new Map<string, Use[]>();
  private readonly slotsOf = new Map<object, Map<string, number>>();
  private slotCount = 0;
  private root: PathNode | undefined;
  private nodeCount = 0;

  constructor(readonly table: SyntaxTable) {
    const sorted = [...table.contexts].sort((a, b) => a.rank - b.rank);
    for (const [index, c] of sorted.entries()) this.groups.push(this.compileGroup(c, index));
  }

  private compileGroup(c: SyntaxContext, index: number): Group {
    const group: Group = { index, rank: c.rank, label: c.label, patterns: c.context.map(parseContextPattern), where: c.where, selfUses: new Map(), post: [], recorded: false };
    for (const row of c.absent ?? []) {
      const rule: AbsentRule = { row, group, slot: this.addUse(group, row[2], row, "path") };
      this.absentRules.push(rule);
      this.absentBySlot[rule.slot] = rule;
      if (row[2].startsWith("//")) group.recorded = true;
    }
    for (const check of c.checks ?? []) {
      if (check.kind === "count") {
        this.addUse(group, check.path, check, "path");
        if (check.onlyIf) this.addUse(group, check.onlyIf, check, "onlyIf");
        if (check.minus) this.addUse(group, check.minus, check, "minus");
      } else if (check.kind === "same-values") this.addUse(group, check.path, check, "path");
      else if (check.kind === "not-both") {
        this.addUse(group, check.paths[0], check, "0");
        this.addUse(group, check.paths[1], check, "1");
      }
      group.post.push({ check, slots: Object.fromEntries(this.slotsOf.get(check) ?? []) });
      group.recorded = true;
    }
    return group;
  }

  private addUse(group: Group, source: string, owner: object, role: string): number {
    const slot = this.slotCount++;
    const roles = this.slotsOf.get(owner) ?? new Map<string, number>();
    this.slotsOf.set(owner, roles);
    roles.set(role, slot);
    const path = parseRelativePath(source);
    const use: Use = { slot, group, path };
    const last = path.steps[path.steps.length - 1];
    if (!last) {
      if (path.attribute === undefined) throw new Error(`syntax table: empty path in ${group.label}`);
      push(path.anywhere ? this.attributeUses : group.selfUses, path.attribute, use);
    } else for (const key of last.keys) push(this.usesByLastKey, key, use);
    return slot;
  }

  private node(parent: PathNode | undefined, key: string): PathNode {
    if (!parent) {
      if (!this.root || this.nodeCount > MAX_PATH_NODES) {
        this.root = undefined;
        this.nodeCount = 0;
      }
      const existing = this.root?.children.get(key);
      if (existing) return existing;
      this.root ??= { key: "", depth: -1, parent: undefined, children: new Map(), groups: [], uses: [] };
      return this.createNode(this.root, key);
    }
    return parent.children.get(key) ?? this.createNode(parent, key);
  }

  /** The path node of a child (created, with its context rules and uses, the first time the path is seen). */
  createNode(parent: PathNode, key: string): PathNode {
    const node: PathNode = { key, depth: parent.depth + 1, parent, children: new Map(), groups: [], uses: [] };
    parent.children.set(key, node);
    this.nodeCount++;
    for (const g of this.groups) if (g.patterns.some((p) => patternMatches(p, node))) node.groups.push(g);
    for (const use of this.usesByLastKey.get(key) ?? []) if (pathEndsAt(use, node)) node.uses.push(use);
    return node;
  }

  /** Evaluates the table on a document: every violation, by rule id. */
  evaluate(root: XmlElement): SyntaxResults {
    const run = new Run(this, root);
    const top = this.node(undefined, root.key);
    run.visit(root, top, 0);
    return run.finish();
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function patternMatches(p: ContextPattern, node: PathNode): boolean {
  if (p.absolute ? node.depth + 1 !== p.steps.length : node.depth + 1 < p.steps.length) return false;
  let n: PathNode | undefined = node;
  for (let i = p.steps.length - 1; i >= 0; i--, n = n.parent) if (!n || !stepMatches(p.steps[i]!, n.key)) return false;
  return true;
}

/** Whether a use's steps can end on this path node and reach a context its group may hold. */
function pathEndsAt(use: Use, node: PathNode): boolean {
  const steps = use.path.steps;
  let n: PathNode | undefined = node;
  for (let i = steps.length - 1; i >= 0; i--, n = n.parent) if (!n || n.depth < 0 || !steps[i]!.keys.includes(n.key)) return false;
  if (use.path.anywhere) return true;
  return n !== undefined && n.depth >= 0 && n.groups.includes(use.group);
}

/** One document's evaluation. */
class Run {
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
    for (const g of node.groups) {
      if (!g.where || conditionHolds(g.where, e, this.root)) {
        group = g;
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
    for (const name in e.attrs) {
      const own = group?.selfUses.get(name);
      if (own) for (const u of own) this.hit(u.slot, e, e);
      const uses = anywhere.get(name);
      if (uses) for (const u of uses) this.hit(u.slot, this.root, e);
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

  private found(post: PostCheck, role: string, path: string, context: XmlElement): XmlElement[] {
    const slot = post.slots[role];
    const hits = slot === undefined ? undefined : this.hits[slot];
    return hits?.get(path.startsWith("//") ? this.root : context) ?? [];
  }

  /** The violation of a post check on one context element, if any. */
  private decide(post: PostCheck, context: XmlElement): Violation | undefined {
    const check = post.check;
    switch (check.kind) {
      case "count": {
        if (check.onlyIf && this.found(post, "onlyIf", check.onlyIf, context).length === 0) return undefined;
        let found = this.found(post, "path", check.path, context);
        if (check.minus) {
          const minus = new Set(this.found(post, "minus", check.minus, context));
          found = found.filter((e) => !minus.has(e));
        }
        if (check.max !== undefined && found.length > check.max) return { element: found[check.max]!, value: String(found.length) };
        if (check.min !== undefined && found.length < check.min) return { element: context, value: String(found.length) };
        return undefined;
      }
      case "same-values": {
        const found = this.found(post, "path", check.path, context);
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
        return this.found(post, "0", check.paths[0], context).length > 0 && this.found(post, "1", check.paths[1], context).length > 0 ? { element: context } : undefined;
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
