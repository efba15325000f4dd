// A profile's Factur-X 1.09 table compiled once into a plan that one walk of a document can run: the contexts (all
// absolute child paths, with predicates) become a tree of element keys, and each table row a closure or a child count.
// Pattern by pattern, as the compiled Schematron runs them, a node is answered by the highest-priority rule whose
// context matches it; the rules of a pattern are numbered in that order (their ordinal) so that findings can be put
// back in the order of the table.
import { type CodeList, codeListOf } from "./facturx-code-lists.js";
import { FX_ABBREVIATIONS, FX_CODE_LISTS, FX_CONTEXTS, FX_TABLES, type FxRow } from "./facturx-tables.js";
import { type Compiled, compileString, compileTest } from "./fx-xpath.js";
import { type Expr, parseXPath } from "./fx-xpath-parse.js";

/**
 * How a row is checked, the commonest forms read in the walk itself rather than through a compiled closure: a child
 * count, an attribute's presence (`@schemeID`), a constant (`true()`, the "not used here" reports), a code list on the
 * node's own value or on an attribute.
 */
export const RowForm = { Count: 0, Test: 1, HasAttribute: 2, Constant: 3, CodeOfSelf: 4, CodeOfAttribute: 5, Code: 6 } as const;
export type RowForm = (typeof RowForm)[keyof typeof RowForm];

/** The comparisons of `count(name) op n`, numbered. */
export const CountOp = { Eq: 0, Le: 1, Ge: 2, Lt: 3, Gt: 4, Ne: 5 } as const;
export type CountOp = (typeof CountOp)[keyof typeof CountOp];

/** One row of a profile table, compiled. */
export interface PlanRow {
  kind: FxRow[3];
  form: RowForm;
  /** The row finds a violation when its test is this (false for an assert, true for a report). */
  failsWhen: boolean;
  id: string;
  /** `count(name) op n`: the slot of `name` in the node's child counts, else -1. */
  countSlot: number;
  op: CountOp;
  n: number;
  /** An assert or report test (form Test), or the constant value of the test (form Constant). */
  test: Compiled<boolean> | undefined;
  constant: boolean;
  /** The attribute read (forms HasAttribute, CodeOfAttribute). */
  attribute: string;
  /** A code row's value (form Code), and its list. */
  value: Compiled<string> | undefined;
  list: CodeList | undefined;
}

/**
 * A predicate of the context on the element at a depth of its path (0 = the root). The same predicate is written in
 * many contexts (`[ram:ID/@schemeID="VA"]` on a tax registration and on each of its children's contexts): each distinct
 * predicate of a profile has a number, shared by its conditions with one compiled test, so that the walk can test it
 * once per element.
 */
export interface Condition {
  depth: number;
  predicate: number;
  test: Compiled<boolean>;
}

/** The rows of one Schematron rule (same context and priority, so the same nodes). */
export interface PlanGroup {
  /** Rank of the rule in the table's run order (pattern by pattern, by decreasing priority). */
  ordinal: number;
  pattern: number;
  conditions: Condition[];
  rows: PlanRow[];
}

/** What a child key means at a node: the node of the context paths it leads to, and its slot in the counts. */
export interface PlanChild {
  next: PlanNode | undefined;
  slot: number;
}

/**
 * A node of the tree of context paths: its child keys (those on a context path, and those the rows count), the rules
 * whose context path ends here (by ordinal), and the child counts of the element being checked (reused).
 */
export interface PlanNode {
  children: Map<string, PlanChild>;
  groups: PlanGroup[];
  counts: Int32Array;
}

const contexts = FX_CONTEXTS.map((c) => FX_ABBREVIATIONS.reduce((text, [short, long]) => text.replaceAll(short, long), c));
const codeLists = new Map<string, CodeList>();

function codeList(key: string): CodeList {
  let list = codeLists.get(key);
  if (!list) {
    list = codeListOf(FX_CODE_LISTS[key] ?? "");
    codeLists.set(key, list);
  }
  return list;
}

const COMPARISONS = new Set(["=", "!=", "<", "<=", ">", ">="]);

/** The child name of `count(name) op n` (a plain child step and a number), else undefined. */
function countedChild(e: Expr): string | undefined {
  if (e.t !== "bin" || !COMPARISONS.has(e.op) || e.left.t !== "count" || e.right.t !== "lit" || typeof e.right.value !== "number") return undefined;
  const path = e.left.arg;
  if (path.t !== "path" || path.absolute || path.steps.length !== 1) return undefined;
  const step = path.steps[0];
  return step && step.axis === "child" && step.name !== "*" && step.predicates.length === 0 ? step.name : undefined;
}

const COUNT_OPS: Record<string, CountOp> = { "=": CountOp.Eq, "<=": CountOp.Le, ">=": CountOp.Ge, "<": CountOp.Lt, ">": CountOp.Gt, "!=": CountOp.Ne };

/** The attribute of a one-step path `@name`, else undefined. */
function ownAttribute(e: Expr): string | undefined {
  const step = e.t === "path" && !e.absolute && e.steps.length === 1 ? e.steps[0] : undefined;
  return step?.axis === "attr" ? step.name : undefined;
}

const isSelf = (e: Expr): boolean => e.t === "path" && !e.absolute && e.steps.length === 1 && e.steps[0]?.axis === "self" && e.steps[0].predicates.length === 0;

function compileRow(row: FxRow, node: PlanNode): PlanRow {
  const expr = parseXPath(row[4]);
  const compiled: PlanRow = {
    kind: row[3],
    form: RowForm.Test as RowForm,
    failsWhen: row[3] === "report",
    id: row[5],
    countSlot: -1,
    op: CountOp.Eq as CountOp,
    n: 0,
    test: undefined,
    constant: false,
    attribute: "",
    value: undefined,
    list: undefined,
  };
  const attribute = ownAttribute(expr);
  if (row[3] === "code") {
    compiled.list = codeList(row[6] ?? "");
    if (isSelf(expr)) compiled.form = RowForm.CodeOfSelf;
    else if (attribute !== undefined) {
      compiled.form = RowForm.CodeOfAttribute;
      compiled.attribute = attribute;
    } else {
      compiled.form = RowForm.Code;
      compiled.value = compileString(expr);
    }
    return compiled;
  }
  const child = countedChild(expr);
  if (child !== undefined && expr.t === "bin" && expr.right.t === "lit") {
    const entry = childOf(node, child);
    if (entry.slot < 0) {
      entry.slot = node.counts.length;
      node.counts = new Int32Array(entry.slot + 1);
    }
    compiled.form = RowForm.Count;
    compiled.countSlot = entry.slot;
    compiled.op = COUNT_OPS[expr.op] ?? failClosed(row[4]);
    compiled.n = expr.right.value as number;
  } else if (attribute !== undefined) {
    compiled.form = RowForm.HasAttribute;
    compiled.attribute = attribute;
  } else if (expr.t === "lit" && typeof expr.value === "boolean") {
    compiled.form = RowForm.Constant;
    compiled.constant = expr.value;
  } else compiled.test = compileTest(expr);
  return compiled;
}

function failClosed(text: string): never {
  throw new Error(`Test Factur-X non pris en charge : ${text}`);
}

/** The distinct predicates of a profile's contexts (by their parsed form), numbered, with their compiled test. */
type Predicates = Map<string, { predicate: number; test: Compiled<boolean> }>;

/** The key path and per-depth predicates of a context; throws on a context the walk cannot run (fail closed). */
function contextPath(text: string, predicates: Predicates): { keys: string[]; conditions: Condition[] } {
  const e = parseXPath(text);
  if (e.t !== "path" || !e.absolute) throw new Error(`Contexte Factur-X non pris en charge : ${text}`);
  const keys: string[] = [];
  const conditions: Condition[] = [];
  for (const [depth, step] of e.steps.entries()) {
    if (step.axis !== "child" || step.name === "*") throw new Error(`Contexte Factur-X non pris en charge : ${text}`);
    keys.push(step.name);
    for (const p of step.predicates) {
      const key = JSON.stringify(p);
      let known = predicates.get(key);
      if (!known) {
        known = { predicate: predicates.size, test: compileTest(p) };
        predicates.set(key, known);
      }
      conditions.push({ depth, predicate: known.predicate, test: known.test });
    }
  }
  return { keys, conditions };
}

const newNode = (): PlanNode => ({ children: new Map(), groups: [], counts: new Int32Array(0) });

function childOf(node: PlanNode, key: string): PlanChild {
  let child = node.children.get(key);
  if (!child) {
    child = { next: undefined, slot: -1 };
    node.children.set(key, child);
  }
  return child;
}

function nodeAt(tree: PlanNode, keys: readonly string[]): PlanNode {
  let node = tree;
  for (const key of keys) {
    const child = childOf(node, key);
    child.next ??= newNode();
    node = child.next;
  }
  return node;
}

/** Compiles a profile's table (its structure and code-list rows; the EN 16931 rules it carries are run elsewhere). */
function compilePlan(profile: string): PlanNode {
  const byPattern = new Map<number, FxRow[]>();
  for (const row of FX_TABLES[profile] ?? []) {
    if (row[3] === "br") continue;
    const list = byPattern.get(row[0]) ?? [];
    list.push(row);
    byPattern.set(row[0], list);
  }
  const tree = newNode();
  const predicates: Predicates = new Map();
  let ordinal = 0;
  for (const [pattern, unsorted] of byPattern) {
    let group: PlanGroup | undefined;
    let node: PlanNode | undefined;
    let last: FxRow | undefined;
    for (const row of unsorted.sort((a, b) => b[1] - a[1])) {
      if (!group || !node || !last || last[1] !== row[1] || last[2] !== row[2]) {
        const { keys, conditions } = contextPath(contexts[row[2]] ?? "", predicates);
        group = { ordinal: ordinal++, pattern, conditions, rows: [] };
        node = nodeAt(tree, keys);
        node.groups.push(group);
      }
      group.rows.push(compileRow(row, node));
      last = row;
    }
  }
  return tree;
}

const plans = new Map<string, PlanNode>();

/** The compiled plan of a profile (built on first use). */
export function planOf(profile: string): PlanNode {
  let plan = plans.get(profile);
  if (!plan) {
    plan = compilePlan(profile);
    plans.set(profile, plan);
  }
  return plan;
}
