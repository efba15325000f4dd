import { describe, expect, it } from "vitest";
import { CII_SYNTAX_TABLE } from "../../../../src/einvoice/rules/en16931/syntax/cii.js";
import { UBL_SYNTAX_TABLE } from "../../../../src/einvoice/rules/en16931/syntax/ubl.js";
import { SyntaxEngine } from "../../../../src/einvoice/rules/support/syntax-engine.js";
import type { SyntaxTable } from "../../../../src/einvoice/rules/support/syntax-table.js";
import { NAMESPACES } from "../../../../src/einvoice/xml/namespaces.js";
import { parseXml } from "../../../../src/einvoice/xml/parse-xml.js";

// Every "must not occur" row of the tables, put in a document of its own: its context path, then the element (or
// attribute) it forbids. Each must fire exactly once there, except the rows the official rule order makes
// unreachable (docs/validation.md).
const UNREACHABLE = new Set(["CII-DT-010", "CII-DT-011", "CII-DT-012"]);
const DECLARATIONS = Object.entries(NAMESPACES)
  .map(([prefix, uri]) => `xmlns:${prefix}="${uri}"`)
  .join(" ");

/** A concrete key for a context step: globs get a made-up local name (`ram:*ID` → `ram:SampleID`). */
function concrete(step: string): string {
  const star = step.indexOf("*");
  if (star < 0) return step;
  const prefix = step.slice(0, star) || "ram:";
  return `${prefix}Sample${step.slice(star + 1)}`;
}

/** The XML of nested elements, the innermost carrying an attribute when given; the root declares the namespaces. */
function nest(keys: string[], attribute: string | undefined): string {
  const [first, ...rest] = keys;
  if (!first) return "";
  const attrs = `${keys.length === 1 && attribute ? ` ${attribute}="x"` : ""}`;
  return `<${first}${attrs}>${nest(rest, attribute)}</${first}>`;
}

function documentFor(table: SyntaxTable, context: string, path: string): string {
  const rootKey = table.syntax === "CII" ? "rsm:CrossIndustryInvoice" : "inv:Invoice";
  const anywhere = path.startsWith("//");
  const contextKeys = context.startsWith("//") ? [rootKey, ...context.slice(2).split("/").map(concrete)] : context.slice(1).split("/").map(concrete);
  const parts = path.replace(/^\/\//, "").split("/").filter(Boolean);
  const attribute = parts[parts.length - 1]?.startsWith("@") ? parts.pop()?.slice(1) : undefined;
  const steps = parts.map((p) => (p.startsWith("(") ? p.slice(1, p.indexOf("|")) : p));
  const keys = anywhere ? [rootKey, ...steps] : [...contextKeys, ...steps];
  const xml = nest(keys, attribute);
  return xml.replace(/^<([a-z]+:[A-Za-z]+)/, `<$1 ${DECLARATIONS}`);
}

describe.each([CII_SYNTAX_TABLE, UBL_SYNTAX_TABLE])("the $syntax syntax table", (table) => {
  const engine = new SyntaxEngine(table);
  const rows = table.contexts.flatMap((c) => (c.absent ?? []).map((row) => ({ row, context: c.context[0] ?? "" })));

  it("fires each 'must not occur' row exactly once on a document holding just that element", () => {
    const wrong: string[] = [];
    for (const { row, context } of rows) {
      const [id, , path] = row;
      if (path.includes("[")) continue; // the three rows with a predicate are covered in syntax-engine.test.ts
      const xml = documentFor(table, context, path);
      const fired = engine.evaluate(parseXml(xml).root).get(id)?.length ?? 0;
      if (fired !== (UNREACHABLE.has(id) ? 0 : 1)) wrong.push(`${id} fired ${fired} times on ${xml.replace(/ xmlns:[a-z]+="[^"]+"/g, "")}`);
    }
    expect(wrong).toEqual([]);
    expect(rows.length).toBeGreaterThan(table.syntax === "CII" ? 450 : 690);
  });
});
