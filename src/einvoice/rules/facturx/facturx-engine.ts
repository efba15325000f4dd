// Runs the Factur-X 1.09 table of the document's own profile once per document, the way the compiled Schematron does:
// pattern by pattern, each node answered by the highest-priority rule of the pattern that matches it. The compiled
// plan (facturx-plan.ts) is run in one walk of the document along the context paths; the findings are then put back
// in the table's order (rule by rule, each in document order), as the Schematron reports them.
import type { Profile } from "../../detect.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Violation } from "../rule.js";
import { stringValue } from "../support/core-xpath.js";
import { FX_TABLES } from "./facturx-tables.js";
import { CountOp, type PlanChild, type PlanGroup, type PlanNode, type PlanRow, planOf, RowForm } from "./facturx-plan.js";
import { type Compiled, documentOf } from "./fx-xpath.js";

/** One finding of the profile table: the rule id and the offending node. */
export interface FxFinding {
  id: string;
  violation: Violation;
}

/** The EN 16931 rules each profile carries, with the id the profile gives them: [FX id, CEN id]. */
export function carriedRules(profile: string): [string, string][] {
  return (FX_TABLES[profile] ?? []).filter((r) => r[3] === "br").map((r) => [r[5], r[4]]);
}

function countHolds(op: CountOp, count: number, n: number): boolean {
  switch (op) {
    case CountOp.Eq:
      return count === n;
    case CountOp.Le:
      return count <= n;
    case CountOp.Ge:
      return count >= n;
    case CountOp.Lt:
      return count < n;
    case CountOp.Gt:
      return count > n;
    default:
      return count !== n;
  }
}

/** The violation of one row on a node, if any. */
function checkRow(row: PlanRow, counts: Int32Array, node: XmlElement, doc: XmlElement): Violation | undefined {
  let holds: boolean;
  switch (row.form) {
    case RowForm.Count:
      holds = countHolds(row.op, counts[row.countSlot] as number, row.n);
      break;
    case RowForm.HasAttribute:
      holds = node.attrs[row.attribute] !== undefined;
      break;
    case RowForm.Constant:
      holds = row.constant;
      break;
    case RowForm.Test:
      holds = (row.test as Compiled<boolean>)(node, doc);
      break;
    default:
      return codeViolation(row, node, doc);
  }
  return holds === row.failsWhen ? { element: node } : undefined;
}

/** A code row: the value must be empty or in the list. */
function codeViolation(row: PlanRow, node: XmlElement, doc: XmlElement): Violation | undefined {
  const value =
    row.form === RowForm.CodeOfSelf ? stringValue(node) : row.form === RowForm.CodeOfAttribute ? (node.attrs[row.attribute] ?? "") : (row.value as Compiled<string>)(node, doc);
  return value === "" || row.list?.has(value) ? undefined : { element: node, value };
}

/** What one walk collects: the findings, and the ordinal of the rule of each. */
interface Collected {
  found: FxFinding[];
  ordinals: number[];
}

function runGroup(group: PlanGroup, counts: Int32Array, node: XmlElement, doc: XmlElement, out: Collected): void {
  for (const row of group.rows) {
    const v = checkRow(row, counts, node, doc);
    if (v) {
      out.found.push({ id: row.id, violation: v });
      out.ordinals.push(group.ordinal);
    }
  }
}

/** The elements from the root down to the node being visited, by depth (for the contexts' predicates). */
const ancestry: XmlElement[] = [];

// Children first, then the node's own rules: one pass over the children both walks the context paths and counts the
// names the rows count (a node's counts are not touched below it: each depth has its own plan nodes).
function visit(e: XmlElement, node: PlanNode, depth: number, doc: XmlElement, out: Collected): void {
  ancestry[depth] = e;
  const counts = node.counts;
  // A loop: the arrays hold a few counts, and fill() is a call into the runtime.
  for (let i = 0; i < counts.length; i++) counts[i] = 0;
  const keys = node.keys;
  if (keys.length > 0) {
    for (const c of e.children) {
      const key = c.key;
      let k = 0;
      while (k < keys.length && keys[k] !== key) k++;
      if (k === keys.length) continue;
      const child = node.entries[k] as PlanChild;
      if (child.slot >= 0) counts[child.slot] = (counts[child.slot] as number) + 1;
      if (child.next !== undefined) visit(c, child.next, depth + 1, doc, out);
    }
  }
  // A pattern answers a node once: with its first rule (by decreasing priority) whose predicates hold.
  let claimed = -1;
  for (const group of node.groups) {
    if (group.pattern === claimed) continue;
    let matches = true;
    for (const c of group.conditions) {
      if (!c.test(ancestry[c.depth] as XmlElement, doc)) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    claimed = group.pattern;
    runGroup(group, counts, e, doc, out);
  }
}

/** Every structure and code-list finding of the profile table on this document (EN 16931 rules aside), in table order. */
export function profileFindings(root: XmlElement, profile: Profile): FxFinding[] {
  const top = planOf(profile).children.get(root.key)?.next;
  if (!top) return [];
  const out: Collected = { found: [], ordinals: [] };
  visit(root, top, 0, documentOf(root), out);
  const { found, ordinals } = out;
  let sorted = true;
  for (let i = 1; i < ordinals.length && sorted; i++) sorted = (ordinals[i - 1] as number) <= (ordinals[i] as number);
  if (sorted) return found;
  // Walked in document order (children first): back to rule order (a stable sort keeps document order within a rule).
  return found.map((f, i) => ({ f, o: ordinals[i] as number })).sort((a, b) => a.o - b.o).map((x) => x.f);
}

// The findings of the document being validated, by id (one slot: cheaper for the garbage collector than a WeakMap).
let memoRoot: XmlElement | undefined;
let memoProfile: Profile | undefined;
let memoById: Map<string, Violation[]> | undefined;
const NONE: readonly Violation[] = [];

/** The profile's findings of one id on this document (the table is run once per document). */
function findingsOf(root: XmlElement, profile: Profile, id: string): readonly Violation[] {
  if (root !== memoRoot || profile !== memoProfile) {
    memoById = undefined;
    memoRoot = undefined;
    const found = profileFindings(root, profile);
    if (found.length > 0) {
      const byId = new Map<string, Violation[]>();
      for (const f of found) {
        const list = byId.get(f.id);
        if (list) list.push(f.violation);
        else byId.set(f.id, [f.violation]);
      }
      memoById = byId;
    }
    memoRoot = root;
    memoProfile = profile;
  }
  return memoById?.get(id) ?? NONE;
}

/** The ids of the profile table that find something on this document. */
export function firingIds(root: XmlElement, profile: Profile): Iterable<string> {
  findingsOf(root, profile, "");
  return memoById?.keys() ?? NONE_IDS;
}
const NONE_IDS: readonly string[] = [];

/** The Factur-X rule of an id: yields the findings of that id for the document's profile. */
export function profileRule(id: string, message: Rule["message"], terms: readonly string[], severity: Rule["severity"]): Rule {
  return {
    id,
    set: "facturx",
    syntaxes: ["CII"],
    severity,
    terms,
    message,
    check(context: RuleContext) {
      return findingsOf(context.root, context.detected.profile, id);
    },
  };
}
