import type { XmlElement } from "../../xml/xml-tree.js";
import { lazyMessage, type Rule, type RuleBatch, type Violation } from "../rule.js";
import { SyntaxEngine } from "./syntax-engine.js";
import { absentMessage, checkMessage } from "./syntax-messages.js";
import type { SyntaxTable } from "./syntax-table.js";

const NONE: readonly Violation[] = [];

/**
 * Turns a syntax table into rules, one per id. The first rule asked about a document evaluates the whole table in one
 * walk; the others read the same results (kept for the document being validated). The rules form one batch: the
 * runner asks it once per document which rules find something, and calls only those (of 1,339, a handful).
 */
export function buildSyntaxRules(table: SyntaxTable): Rule[] {
  // Compiled on first use: a process validating only CII never pays for the UBL table (and a cold start pays once).
  let engine: SyntaxEngine | undefined;
  // One slot, the document being validated: cheaper for the garbage collector than a WeakMap keyed on each fresh root.
  // The results are kept by rule number in one packed list reused from document to document (each of the hundreds of
  // rules reads its own entry: no lookup by id); only the entries a document filled are reset for the next one.
  let cachedRoot: XmlElement | undefined;
  const results: (readonly Violation[])[] = [];
  let filled: number[] = [];
  const numbers = new Map<string, number>();
  const resultsFor = (root: XmlElement): readonly (readonly Violation[])[] => {
    if (root !== cachedRoot) {
      // Fail closed once: the rule asked first reports the error (the runner turns it into a fatal INTERNAL finding),
      // the others of this document report nothing rather than the same error 1,339 times.
      cachedRoot = root;
      for (const number of filled) results[number] = NONE;
      filled = [];
      engine ??= new SyntaxEngine(table);
      for (const [id, violations] of engine.evaluate(root)) {
        const number = numbers.get(id);
        if (number === undefined) throw new Error(`syntax table: results for an unknown rule ${id}`);
        results[number] = violations;
        filled.push(number);
      }
    }
    return results;
  };
  const rules = new Map<string, Rule>();
  const byNumber: Rule[] = [];
  const batch: RuleBatch = {
    firing(context) {
      let all: readonly (readonly Violation[])[];
      try {
        all = resultsFor(context.root);
      } catch (error) {
        // Fail closed: forget the document, so that the first rule the runner then asks evaluates again and reports it.
        cachedRoot = undefined;
        throw error;
      }
      const firing: Rule[] = [];
      for (const number of filled) if ((all[number] as readonly Violation[]).length > 0) firing.push(byNumber[number] as Rule);
      return firing;
    },
  };
  const add = (id: string, rule: Omit<Rule, "id" | "set" | "syntaxes" | "check">) => {
    if (rules.has(id)) throw new Error(`syntax table: duplicate rule ${id}`);
    const number = rules.size;
    numbers.set(id, number);
    results.push(NONE);
    const built: Rule = { id, set: "en16931", syntaxes: [table.syntax], batch, ...rule, check: (context) => resultsFor(context.root)[number] as readonly Violation[] };
    byNumber.push(built);
    rules.set(id, built);
  };
  for (const c of table.contexts) {
    for (const row of c.absent ?? []) {
      const [id, severity, path, options] = row;
      add(id, { severity, terms: options?.terms ?? [path.replace(/^\/\//, "")], message: lazyMessage(() => absentMessage(row, c.label)) });
    }
    for (const check of c.checks ?? []) {
      const element = check.kind === "count" || check.kind === "same-values" ? check.path : check.kind === "not-both" ? check.paths.join(" + ") : c.label;
      add(check.id, { severity: check.flag, terms: check.terms ?? [element], message: lazyMessage(() => checkMessage(check, c.label)) });
    }
  }
  // Spec order: CII-SR-004 before CII-SR-010, whatever the padding. Each id is split once (this runs at every cold start).
  const keyed = [...rules.values()].map((rule) => ({ rule, key: splitId(rule.id) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key));
  return keyed.map((k) => k.rule);
}

function compareKeys([pa, na]: [string, number], [pb, nb]: [string, number]): number {
  return pa === pb ? na - nb : pa < pb ? -1 : 1;
}

function splitId(id: string): [string, number] {
  const m = /^(.*)-(\d+)$/.exec(id);
  return m ? [m[1]!, Number(m[2])] : [id, 0];
}
