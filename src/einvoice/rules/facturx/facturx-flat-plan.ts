// The compiled plan of a profile (facturx-plan.ts, a tree of objects) laid out as flat arrays indexed by number, for the
// walk. Per element visited the walk read a dozen small objects scattered in the heap (node, counts, child entries,
// groups, conditions, rows); between two documents the other rule families push them out of the processor's caches,
// so most of the walk's time went in fetching them. Here the nodes' children, groups, conditions and rows are
// contiguous ranges of a few arrays, in the same order as in the tree, and every node's child counts share one buffer.
import type { CodeList } from "./facturx-code-lists.js";
import { type PlanNode, planOf } from "./facturx-plan.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Compiled } from "./fx-xpath.js";

/** A profile's plan as arrays. Ranges are [start, end) indexes into the arrays of the next level. */
export interface FlatPlan {
  /** The node of the document's root, by root key. */
  top: Map<string, number>;
  // Nodes: their child entries, their counts in `counts`, their groups.
  childStart: Int32Array;
  childEnd: Int32Array;
  countStart: Int32Array;
  countEnd: Int32Array;
  groupStart: Int32Array;
  groupEnd: Int32Array;
  // Child entries: the key, the index in `counts` it adds to (or -1), the node it leads to (or -1).
  childKey: string[];
  childCount: Int32Array;
  childNext: Int32Array;
  // Groups (the rows of one Schematron rule): pattern, rank in the table's order, conditions and rows.
  groupPattern: Int32Array;
  groupOrdinal: Int32Array;
  conditionStart: Int32Array;
  conditionEnd: Int32Array;
  rowStart: Int32Array;
  rowEnd: Int32Array;
  // Conditions: the depth of the element tested on the path, the number of its predicate, and the test.
  conditionDepth: Int32Array;
  conditionPredicate: Int32Array;
  conditionTest: Compiled<boolean>[];
  /**
   * By predicate number, the element last tested in the walk under way and the answer (1 or 0): a predicate is tested
   * once per element of a document (the walk clears them before and after each document).
   */
  predicateElement: (XmlElement | undefined)[];
  predicateHolds: Uint8Array;
  // Rows: how each is checked (RowForm), when it fails, its count (an index in `counts`), op and n, attribute, test,
  // constant, value, code list and rule id.
  rowForm: Int8Array;
  rowFailsWhen: Uint8Array;
  rowCount: Int32Array;
  rowOp: Int8Array;
  rowN: Float64Array;
  rowConstant: Uint8Array;
  rowAttribute: string[];
  rowTest: (Compiled<boolean> | undefined)[];
  rowValue: (Compiled<string> | undefined)[];
  rowList: (CodeList | undefined)[];
  rowId: string[];
  /** The child counts of the elements being checked, every node's in its own range (reused, document after document). */
  counts: Int32Array;
}

/** The nodes in the order they are numbered, and their numbers. */
function numberNodes(node: PlanNode, nodes: PlanNode[]): void {
  nodes.push(node);
  for (const entry of node.children.values()) if (entry.next) numberNodes(entry.next, nodes);
}

function flatten(tree: PlanNode): FlatPlan {
  const nodes: PlanNode[] = [];
  numberNodes(tree, nodes);
  const numbers = new Map(nodes.map((n, i) => [n, i]));
  const children = nodes.reduce((n, node) => n + node.children.size, 0);
  const groups = nodes.flatMap((node) => node.groups);
  const conditions = groups.flatMap((g) => g.conditions);
  const rows = groups.flatMap((g) => g.rows);
  const plan: FlatPlan = {
    top: new Map(),
    childStart: new Int32Array(nodes.length),
    childEnd: new Int32Array(nodes.length),
    countStart: new Int32Array(nodes.length),
    countEnd: new Int32Array(nodes.length),
    groupStart: new Int32Array(nodes.length),
    groupEnd: new Int32Array(nodes.length),
    childKey: [],
    childCount: new Int32Array(children),
    childNext: new Int32Array(children),
    groupPattern: new Int32Array(groups.length),
    groupOrdinal: new Int32Array(groups.length),
    conditionStart: new Int32Array(groups.length),
    conditionEnd: new Int32Array(groups.length),
    rowStart: new Int32Array(groups.length),
    rowEnd: new Int32Array(groups.length),
    conditionDepth: new Int32Array(conditions.length),
    conditionPredicate: Int32Array.from(conditions, (c) => c.predicate),
    conditionTest: conditions.map((c) => c.test),
    predicateElement: [],
    predicateHolds: new Uint8Array(0),
    rowForm: new Int8Array(rows.length),
    rowFailsWhen: new Uint8Array(rows.length),
    rowCount: new Int32Array(rows.length),
    rowOp: new Int8Array(rows.length),
    rowN: new Float64Array(rows.length),
    rowConstant: new Uint8Array(rows.length),
    rowAttribute: rows.map((r) => r.attribute),
    rowTest: rows.map((r) => r.test),
    rowValue: rows.map((r) => r.value),
    rowList: rows.map((r) => r.list),
    rowId: rows.map((r) => r.id),
    counts: new Int32Array(0),
  };
  let child = 0;
  let count = 0;
  let group = 0;
  let condition = 0;
  let row = 0;
  for (const [i, node] of nodes.entries()) {
    plan.countStart[i] = count;
    plan.countEnd[i] = count + node.counts.length;
    plan.childStart[i] = child;
    for (const [key, entry] of node.children) {
      plan.childKey.push(key);
      plan.childCount[child] = entry.slot >= 0 ? count + entry.slot : -1;
      plan.childNext[child] = entry.next ? (numbers.get(entry.next) as number) : -1;
      child++;
    }
    plan.childEnd[i] = child;
    plan.groupStart[i] = group;
    for (const g of node.groups) {
      plan.groupPattern[group] = g.pattern;
      plan.groupOrdinal[group] = g.ordinal;
      plan.conditionStart[group] = condition;
      for (const c of g.conditions) plan.conditionDepth[condition++] = c.depth;
      plan.conditionEnd[group] = condition;
      plan.rowStart[group] = row;
      for (const r of g.rows) {
        plan.rowForm[row] = r.form;
        plan.rowFailsWhen[row] = r.failsWhen ? 1 : 0;
        plan.rowCount[row] = r.countSlot >= 0 ? count + r.countSlot : -1;
        plan.rowOp[row] = r.op;
        plan.rowN[row] = r.n;
        plan.rowConstant[row] = r.constant ? 1 : 0;
        row++;
      }
      plan.rowEnd[group] = row;
      group++;
    }
    plan.groupEnd[i] = group;
    count += node.counts.length;
  }
  plan.counts = new Int32Array(count);
  const predicateCount = conditions.reduce((n, c) => Math.max(n, c.predicate + 1), 0);
  plan.predicateElement = new Array<XmlElement | undefined>(predicateCount).fill(undefined);
  plan.predicateHolds = new Uint8Array(predicateCount);
  // The tree's own node stands for the document: its children are the possible roots.
  for (let k = plan.childStart[0] as number; k < (plan.childEnd[0] as number); k++) {
    const next = plan.childNext[k] as number;
    if (next >= 0) plan.top.set(plan.childKey[k] as string, next);
  }
  return plan;
}

const plans = new Map<string, FlatPlan>();

/** The flat plan of a profile (built on first use). */
export function flatPlanOf(profile: string): FlatPlan {
  let plan = plans.get(profile);
  if (!plan) {
    plan = flatten(planOf(profile));
    plans.set(profile, plan);
  }
  return plan;
}

