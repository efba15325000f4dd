import { describe, expect, it } from "vitest";
import { detect } from "../detect.js";
import { parseXml } from "../xml/parse-xml.js";
import type { Rule, RuleBatch, RuleContext, Violation } from "./rule.js";
import { runRules } from "./run-rules.js";

const CII = (guideline: string) =>
  `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"><rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${guideline}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext><rsm:ExchangedDocument><ram:ID>F1</ram:ID></rsm:ExchangedDocument></rsm:CrossIndustryInvoice>`;

function contextOf(xml: string): RuleContext {
  const root = parseXml(xml).root;
  const detected = detect(root);
  if (!detected) throw new Error("not an invoice");
  return { root, detected, frenchPublicBuyer: false };
}

/** A rule that finds the root when `fires`, counting its checks. */
function rule(id: string, fires: boolean, extra: Partial<Rule> = {}): Rule & { checks: number } {
  const r = {
    id,
    set: "facturx" as const,
    syntaxes: ["CII" as const],
    severity: "fatal" as const,
    terms: [],
    message: { fr: `règle ${id}`, en: `rule ${id}` },
    checks: 0,
    check(context: RuleContext): Violation[] {
      r.checks++;
      return fires ? [{ element: context.root }] : [];
    },
    ...extra,
  };
  return r;
}

describe("runRules", () => {
  const minimum = contextOf(CII("urn:factur-x.eu:1p0:minimum"));

  it("skips a rule tied to other profiles without checking it", () => {
    const other = rule("R-1", true, { profiles: ["EXTENDED"] });
    const own = rule("R-2", true, { profiles: ["MINIMUM", "BASIC"] });
    expect(runRules([other, own], minimum).map((f) => f.rule)).toEqual(["R-2"]);
    expect(other.checks).toBe(0);
  });

  it("asks a batch once per run and checks only the rules it names, in the rules' order", () => {
    let asked = 0;
    const batch: RuleBatch = {
      firing: () => {
        asked++;
        return [c, a];
      },
    };
    const a = rule("A", true, { batch });
    const b = rule("B", false, { batch });
    const c = rule("C", true, { batch });
    const plain = rule("P", true);
    const rules = [a, plain, b, c];
    expect(runRules(rules, minimum).map((f) => f.rule)).toEqual(["A", "P", "C"]);
    expect(runRules(rules, minimum).map((f) => f.rule)).toEqual(["A", "P", "C"]);
    expect([asked, a.checks, b.checks, c.checks, plain.checks]).toEqual([2, 2, 0, 2, 2]);
  });

  it("fails closed when a batch throws: every rule of the batch is checked", () => {
    const batch: RuleBatch = {
      firing: () => {
        throw new Error("boom");
      },
    };
    const a = rule("A", true, { batch });
    const b = rule("B", false, { batch });
    const broken = rule("C", false, {
      batch,
      check: () => {
        throw new Error("cassé");
      },
    });
    const findings = runRules([a, b, broken], minimum);
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["A", "fatal"],
      ["INTERNAL-C", "fatal"],
    ]);
    expect(b.checks).toBe(1);
  });
});
