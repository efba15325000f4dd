// Runs the Factur-X 1.09 table of the document's own profile once per document, the way the compiled Schematron does:
// pattern by pattern, each node answered by the highest-priority rule of the pattern that matches it.
import type { Profile } from "../../detect.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Violation } from "../rule.js";
import { documentOf, selectNodes, stringOf, test } from "./fx-xpath.js";
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

/** The rows of a profile grouped by pattern, each pattern's rules by decreasing priority. */
const patterns = new Map<string, FxRow[][]>();

function patternsOf(profile: string): FxRow[][] {
  let grouped = patterns.get(profile);
  if (grouped) return grouped;
  const byPattern = new Map<number, FxRow[]>();
  for (const row of FX_TABLES[profile] ?? []) {
    if (row[3] === "br") continue;
    const list = byPattern.get(row[0]) ?? [];
    list.push(row);
    byPattern.set(row[0], list);
  }
  grouped = [...byPattern.values()].map((rows) => rows.sort((a, b) => b[1] - a[1]));
  patterns.set(profile, grouped);
  return grouped;
}

/** The EN 16931 rules each profile carries, with the id the profile gives them: [FX id, CEN id]. */
export function carriedRules(profile: string): [string, string][] {
  return (FX_TABLES[profile] ?? []).filter((r) => r[3] === "br").map((r) => [r[5], r[4]]);
}

function checkRow(row: FxRow, node: XmlElement, doc: XmlElement): Violation | undefined {
  const [, , , kind, arg, , list] = row;
  if (kind === "assert") return test(arg, node, doc) ? undefined : { element: node };
  if (kind === "report") return test(arg, node, doc) ? { element: node } : undefined;
  const value = stringOf(arg, node, doc);
  if (value === "" || codeList(list ?? "").has(value)) return undefined;
  return { element: node, value };
}

const memo = new WeakMap<XmlElement, FxFinding[]>();
/** Contexts with neither predicate nor `//`: read from the path index. */
const plain = contexts.map((c) => /^\/[^[\]]*$/.test(c) && !c.includes("//"));

/** Every element by its absolute key path (`/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID`), in document order. */
function indexPaths(root: XmlElement): Map<string, XmlElement[]> {
  const index = new Map<string, XmlElement[]>();
  const walk = (e: XmlElement, prefix: string) => {
    const path = `${prefix}/${e.key}`;
    const list = index.get(path);
    if (list) list.push(e);
    else index.set(path, [e]);
    for (const c of e.children) walk(c, path);
  };
  walk(root, "");
  return index;
}

/** The nodes of a context: from the index when the path is plain (no predicate, no //), else by evaluation. */
function contextNodes(i: number, doc: XmlElement, index: Map<string, XmlElement[]>): XmlElement[] {
  const context = contexts[i] ?? "";
  return plain[i] ? (index.get(context) ?? []) : selectNodes(context, doc);
}

/** Every structure and code-list finding of the profile table on this document (EN 16931 rules aside). */
export function profileFindings(root: XmlElement, profile: Profile): FxFinding[] {
  const known = memo.get(root);
  if (known) return known;
  const doc = documentOf(root);
  const index = indexPaths(root);
  const findings: FxFinding[] = [];
  for (const rows of patternsOf(profile)) {
    const claimed = new Set<XmlElement>();
    let i = 0;
    while (i < rows.length) {
      // The rows of one Schematron rule (same context and priority) share their nodes.
      const first = rows[i] as FxRow;
      let j = i;
      while (j < rows.length && (rows[j] as FxRow)[1] === first[1] && (rows[j] as FxRow)[2] === first[2]) j++;
      const nodes = contextNodes(first[2], doc, index).filter((n) => !claimed.has(n));
      for (const node of nodes) {
        claimed.add(node);
        for (let k = i; k < j; k++) {
          const row = rows[k] as FxRow;
          const v = checkRow(row, node, doc);
          if (v) findings.push({ id: row[5], violation: v });
        }
      }
      i = j;
    }
  }
  memo.set(root, findings);
  return findings;
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
    *check(context: RuleContext) {
      for (const f of profileFindings(context.root, context.detected.profile)) if (f.id === id) yield f.violation;
    },
  };
}
