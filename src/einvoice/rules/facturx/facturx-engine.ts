// Runs the Factur-X 1.09 table of the document's own profile once per document, the way the compiled Schematron does:
// pattern by pattern, each node answered by the highest-priority rule of the pattern that matches it.
import type { Profile } from "../../detect.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Violation } from "../rule.js";
import { compile, documentOf, type Expr, holds, selectNodes, setIndexedDocument, stringOfExpr } from "./fx-xpath.js";
import { FX_ABBREVIATIONS, FX_CODE_LISTS, FX_CONTEXTS, FX_TABLES, type FxRow } from "./facturx-tables.js";

/** One finding of the profile table: the rule id and the offending node. */
export interface FxFinding {
  id: string;
  violation: Violation;
}

const contexts = FX_CONTEXTS.map((c) => FX_ABBREVIATIONS.reduce((text, [short, long]) => text.replaceAll(short, long), c));
const codeLists = new Map<string, ReadonlySet<string>>();

function codeList(key: string): ReadonlySet<string> {
  let set = codeLists.get(key);
  if (!set) {
    set = new Set((FX_CODE_LISTS[key] ?? "").split("|"));
    codeLists.set(key, set);
  }
  return set;
}

/** One row of a profile table, its expression parsed once. */
interface CompiledRow {
  kind: FxRow[3];
  expr: Expr;
  id: string;
  list: ReadonlySet<string> | undefined;
}

/** The rows of one Schematron rule: same context and priority, so the same nodes. */
interface RowGroup {
  context: number;
  rows: CompiledRow[];
}

/** The rows of a profile grouped by pattern, each pattern's rules by decreasing priority. */
const patterns = new Map<string, RowGroup[][]>();

function patternsOf(profile: string): RowGroup[][] {
  let grouped = patterns.get(profile);
  if (grouped) return grouped;
  const byPattern = new Map<number, FxRow[]>();
  for (const row of FX_TABLES[profile] ?? []) {
    if (row[3] === "br") continue;
    const list = byPattern.get(row[0]) ?? [];
    list.push(row);
    byPattern.set(row[0], list);
  }
  grouped = [...byPattern.values()].map((unsorted) => {
    const rows = unsorted.sort((a, b) => b[1] - a[1]);
    const groups: RowGroup[] = [];
    let last: FxRow | undefined;
    for (const row of rows) {
      const compiled: CompiledRow = { kind: row[3], expr: compile(row[4]), id: row[5], list: row[3] === "code" ? codeList(row[6] ?? "") : undefined };
      if (last && last[1] === row[1] && last[2] === row[2]) (groups[groups.length - 1] as RowGroup).rows.push(compiled);
      else groups.push({ context: row[2], rows: [compiled] });
      last = row;
    }
    return groups;
  });
  patterns.set(profile, grouped);
  return grouped;
}

/** The EN 16931 rules each profile carries, with the id the profile gives them: [FX id, CEN id]. */
export function carriedRules(profile: string): [string, string][] {
  return (FX_TABLES[profile] ?? []).filter((r) => r[3] === "br").map((r) => [r[5], r[4]]);
}

function checkRow(row: CompiledRow, node: XmlElement, doc: XmlElement): Violation | undefined {
  if (row.kind === "assert") return holds(row.expr, node, doc) ? undefined : { element: node };
  if (row.kind === "report") return holds(row.expr, node, doc) ? { element: node } : undefined;
  const value = stringOfExpr(row.expr, node, doc);
  if (value === "" || row.list?.has(value)) return undefined;
  return { element: node, value };
}

// The findings of the document being validated, by id (one slot: cheaper for the garbage collector than a WeakMap).
let memoRoot: XmlElement | undefined;
let memoProfile: Profile | undefined;
let memoById = new Map<string, Violation[]>();
const NONE: readonly Violation[] = [];
/** Contexts with neither predicate nor `//`: read from the path index. */
const plain = contexts.map((c) => /^\/[^[\]]*$/.test(c) && !c.includes("//"));

// The plain contexts as a tree of keys (built once): a document is walked only along these paths, its other
// branches skipped, and each element on a context path is listed under that path's node for the document.
interface PathNode {
  next: Map<string, PathNode>;
  /** Index in `contexts` when a plain context ends here, else -1. */
  context: number;
}
const pathTree: PathNode = { next: new Map(), context: -1 };
for (const [i, c] of contexts.entries()) {
  if (!plain[i]) continue;
  let node = pathTree;
  for (const key of c.slice(1).split("/")) {
    let n = node.next.get(key);
    if (!n) {
      n = { next: new Map(), context: -1 };
      node.next.set(key, n);
    }
    node = n;
  }
  node.context = i;
}

/** The elements of each plain context, by context index, in document order (one walk along the context paths). */
function indexPaths(root: XmlElement): XmlElement[][] {
  const found: XmlElement[][] = [];
  const walk = (e: XmlElement, node: PathNode) => {
    if (node.context >= 0) {
      const list = found[node.context];
      if (list) list.push(e);
      else found[node.context] = [e];
    }
    if (node.next.size === 0) return;
    for (const c of e.children) {
      const n = node.next.get(c.key);
      if (n) walk(c, n);
    }
  };
  const top = pathTree.next.get(root.key);
  if (top) walk(root, top);
  return found;
}

const NO_NODES: readonly XmlElement[] = [];

/** The nodes of a context: from the path index when the path is plain (no predicate, no //), else by evaluation. */
function contextNodes(i: number, doc: XmlElement, index: XmlElement[][]): readonly XmlElement[] {
  return plain[i] ? (index[i] ?? NO_NODES) : selectNodes(contexts[i] ?? "", doc);
}

/** Every structure and code-list finding of the profile table on this document (EN 16931 rules aside). */
export function profileFindings(root: XmlElement, profile: Profile): FxFinding[] {
  const doc = documentOf(root);
  const index = indexPaths(root);
  setIndexedDocument(doc);
  const findings: FxFinding[] = [];
  for (const groups of patternsOf(profile)) {
    // A node is answered by the first rule of the pattern whose context matches it (only needed with several rules).
    const claimed = groups.length > 1 ? new Set<XmlElement>() : undefined;
    for (const group of groups) {
      const all = contextNodes(group.context, doc, index);
      const nodes = claimed ? all.filter((n) => !claimed.has(n)) : all;
      for (const node of nodes) {
        claimed?.add(node);
        for (const row of group.rows) {
          const v = checkRow(row, node, doc);
          if (v) findings.push({ id: row.id, violation: v });
        }
      }
    }
  }
  return findings;
}

/** The profile's findings of one id on this document (the table is run once per document). */
function findingsOf(root: XmlElement, profile: Profile, id: string): readonly Violation[] {
  if (root !== memoRoot || profile !== memoProfile) {
    memoById = new Map();
    memoRoot = root;
    memoProfile = profile;
    for (const f of profileFindings(root, profile)) {
      const list = memoById.get(f.id);
      if (list) list.push(f.violation);
      else memoById.set(f.id, [f.violation]);
    }
  }
  return memoById.get(id) ?? NONE;
}

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
