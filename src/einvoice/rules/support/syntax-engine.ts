import type { XmlElement } from "../../xml/xml-tree.js";
import type { Violation } from "../rule.js";
import { dependsOnKeyOnly, keyConditionHolds } from "./syntax-condition.js";
import { type ContextPattern, parseContextPattern, parseRelativePath, type RelativePath, stepMatches } from "./syntax-path.js";
import { push, Run, RunTables } from "./syntax-run.js";
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
  /** Roles whose path looks anywhere in the document (their hits are kept under the root). */
  anywhere: ReadonlySet<string>;
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

export interface PathNode {
  key: string;
  depth: number;
  parent: PathNode | undefined;
  children: Map<string, PathNode>;
  groups: Group[];
  /** For each of `groups`, the condition left to check on the element (those on the key alone are already decided). */
  wheres: (Condition | undefined)[];
  uses: Use[];
}

/** Element paths kept between documents; past it, new paths are used for the walk only and the next run starts afresh. */
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
  /** What a run fills, reused by the next one (documents are evaluated one at a time). */
  private tables: RunTables | undefined;
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
      const paths: Record<string, string | undefined> =
        check.kind === "count" ? { path: check.path, onlyIf: check.onlyIf, minus: check.minus } : check.kind === "same-values" ? { path: check.path } : check.kind === "not-both" ? { 0: check.paths[0], 1: check.paths[1] } : {};
      const anywhere = new Set(Object.entries(paths).flatMap(([role, p]) => (p?.startsWith("//") ? [role] : [])));
      group.post.push({ check, slots: Object.fromEntries(this.slotsOf.get(check) ?? []), anywhere });
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
      if (!this.root || this.nodeCount >= MAX_PATH_NODES) {
        this.root = undefined;
        this.nodeCount = 0;
      }
      const existing = this.root?.children.get(key);
      if (existing) return existing;
      this.root ??= { key: "", depth: -1, parent: undefined, children: new Map(), groups: [], wheres: [], uses: [] };
      return this.createNode(this.root, key);
    }
    return parent.children.get(key) ?? this.createNode(parent, key);
  }

  /** How many element paths are kept (bounded). */
  get pathCount(): number {
    return this.nodeCount;
  }

  /** The path node of a child (created, with its context rules and uses, the first time the path is seen). */
  createNode(parent: PathNode, key: string): PathNode {
    const node: PathNode = { key, depth: parent.depth + 1, parent, children: new Map(), groups: [], wheres: [], uses: [] };
    // A document with a flood of distinct element names must not grow the shared trie without bound.
    if (this.nodeCount < MAX_PATH_NODES) {
      parent.children.set(key, node);
      this.nodeCount++;
    }
    for (const g of this.groups) {
      if (!g.patterns.some((p) => patternMatches(p, node))) continue;
      const onKey = g.where !== undefined && dependsOnKeyOnly(g.where);
      if (onKey && !keyConditionHolds(g.where as Condition, key)) continue;
      node.groups.push(g);
      node.wheres.push(onKey ? undefined : g.where);
    }
    for (const use of this.usesByLastKey.get(key) ?? []) if (pathEndsAt(use, node)) node.uses.push(use);
    return node;
  }

  /** Evaluates the table on a document: every violation, by rule id. */
  evaluate(root: XmlElement): SyntaxResults {
    this.tables ??= new RunTables(this.slotCount, this.groups.length);
    const run = new Run(this, root, this.tables);
    const top = this.node(undefined, root.key);
    run.visit(root, top, 0);
    return run.finish();
  }
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
