// Runs the Factur-X 1.09 table of the document's own profile once per document, the way the compiled Schematron does:
// pattern by pattern, each node answered by the highest-priority rule of the pattern that matches it. The compiled
// plan (facturx-plan.ts, laid out flat by facturx-flat-plan.ts) is run in one walk of the document along the context paths; the findings are then put back
// in the table's order (rule by rule, each in document order), as the Schematron reports them.
import type { Profile } from "../../detect.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Violation } from "../rule.js";
import { stringValue } from "../support/core-xpath.js";
import { FX_TABLES } from "./facturx-tables.js";
import { type FlatPlan, flatPlanOf } from "./facturx-flat-plan.js";
import { CountOp, RowForm } from "./facturx-plan.js";
import type { Compiled } from "./fx-xpath.js";
import { documentOf } from "./fx-xpath-select.js";

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

/** The violation of row `r` on a node, if any. */
function checkRow(p: FlatPlan, r: number, node: XmlElement, doc: XmlElement): Violation | undefined {
  let holds: boolean;
  switch (p.rowForm[r] as RowForm) {
    case RowForm.Count:
      holds = countHolds(p.rowOp[r] as CountOp, p.counts[p.rowCount[r] as number] as number, p.rowN[r] as number);
      break;
    case RowForm.HasAttribute:
      holds = node.attrs[p.rowAttribute[r] as string] !== undefined;
      break;
    case RowForm.Constant:
      holds = p.rowConstant[r] === 1;
      break;
    case RowForm.Test:
      holds = (p.rowTest[r] as Compiled<boolean>)(node, doc);
      break;
    default:
      return codeViolation(p, r, node, doc);
  }
  return holds === (p.rowFailsWhen[r] === 1) ? { element: node } : undefined;
}

/** A code row: the value must be empty or in the list. */
function codeViolation(p: FlatPlan, r: number, node: XmlElement, doc: XmlElement): Violation | undefined {
  const form = p.rowForm[r];
  const value =
    form === RowForm.CodeOfSelf ? stringValue(node) : form === RowForm.CodeOfAttribute ? (node.attrs[p.rowAttribute[r] as string] ?? "") : (p.rowValue[r] as Compiled<string>)(node, doc);
  return value === "" || p.rowList[r]?.has(value) ? undefined : { element: node, value };
}

/** What one walk collects: the findings (as parallel lists, no object per finding), the rule id and ordinal of each. */
interface Collected {
  violations: Violation[];
  ids: string[];
  ordinals: number[];
}

/** The elements from the root down to the node being visited, by depth (for the contexts' predicates). */
const ancestry: XmlElement[] = [];

/** Condition `k` on its element: its predicate tested once per element of the document (a test is a pure function). */
function conditionHolds(p: FlatPlan, k: number, element: XmlElement, doc: XmlElement): boolean {
  const predicate = p.conditionPredicate[k] as number;
  if (p.predicateElement[predicate] === element) return p.predicateHolds[predicate] === 1;
  const holds = (p.conditionTest[k] as Compiled<boolean>)(element, doc);
  p.predicateElement[predicate] = element;
  p.predicateHolds[predicate] = holds ? 1 : 0;
  return holds;
}

// Children first, then the node's own rules: one pass over the children both walks the context paths and counts the
// names the rows count (a node's counts are not touched below it: each depth has its own plan nodes).
function visit(p: FlatPlan, e: XmlElement, n: number, depth: number, doc: XmlElement, out: Collected): void {
  ancestry[depth] = e;
  const counts = p.counts;
  for (let i = p.countStart[n] as number, end = p.countEnd[n] as number; i < end; i++) counts[i] = 0;
  const first = p.childStart[n] as number;
  const end = p.childEnd[n] as number;
  if (first < end) {
    const keys = p.childKey;
    for (const c of e.children) {
      // A node has a few child keys: comparing (interned) strings beats hashing them.
      const key = c.key;
      let k = first;
      while (k < end && keys[k] !== key) k++;
      if (k === end) continue;
      const slot = p.childCount[k] as number;
      if (slot >= 0) counts[slot] = (counts[slot] as number) + 1;
      const next = p.childNext[k] as number;
      if (next >= 0) visit(p, c, next, depth + 1, doc, out);
    }
  }
  // A pattern answers a node once: with its first rule (by decreasing priority) whose predicates hold.
  let claimed = -1;
  for (let g = p.groupStart[n] as number, groupEnd = p.groupEnd[n] as number; g < groupEnd; g++) {
    const pattern = p.groupPattern[g] as number;
    if (pattern === claimed) continue;
    let matches = true;
    for (let k = p.conditionStart[g] as number, conditionEnd = p.conditionEnd[g] as number; k < conditionEnd; k++) {
      if (!conditionHolds(p, k, ancestry[p.conditionDepth[k] as number] as XmlElement, doc)) {
        matches = false;
        break;
      }
    }
    if (!matches) continue;
    claimed = pattern;
    for (let r = p.rowStart[g] as number, rowEnd = p.rowEnd[g] as number; r < rowEnd; r++) {
      const v = checkRow(p, r, e, doc);
      if (v) {
        out.violations.push(v);
        out.ids.push(p.rowId[r] as string);
        out.ordinals.push(p.groupOrdinal[g] as number);
      }
    }
  }
}

// The lists of the walk, reused from document to document (the walk is never run inside itself).
const collected: Collected = { violations: [], ids: [], ordinals: [] };

/**
 * Every structure and code-list finding of the profile table on this document (EN 16931 rules aside), by id in table
 * order, each id's in table order; undefined when there is none.
 */
function profileFindings(root: XmlElement, profile: Profile): Map<string, Violation[]> | undefined {
  const plan = flatPlanOf(profile);
  const top = plan.top.get(root.key);
  if (top === undefined) return undefined;
  const { violations, ids, ordinals } = collected;
  violations.length = 0;
  ids.length = 0;
  ordinals.length = 0;
  // The predicates' answers are this document's only.
  plan.predicateElement.fill(undefined);
  visit(plan, root, top, 0, documentOf(root), collected);
  plan.predicateElement.fill(undefined);
  if (violations.length === 0) return undefined;
  const byId = new Map<string, Violation[]>();
  const add = (i: number): void => {
    const id = ids[i] as string;
    const list = byId.get(id);
    if (list) list.push(violations[i] as Violation);
    else byId.set(id, [violations[i] as Violation]);
  };
  let sorted = true;
  for (let i = 1; i < ordinals.length && sorted; i++) sorted = (ordinals[i - 1] as number) <= (ordinals[i] as number);
  if (sorted) for (let i = 0; i < violations.length; i++) add(i);
  else {
    // Walked in document order (children first): back to rule order, document order kept within a rule.
    const order = ordinals.map((_, i) => i).sort((a, b) => (ordinals[a] as number) - (ordinals[b] as number) || a - b);
    for (const i of order) add(i);
  }
  return byId;
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
    memoById = profileFindings(root, profile);
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
