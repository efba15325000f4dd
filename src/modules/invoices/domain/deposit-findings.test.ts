import { describe, expect, it } from "vitest";
import { DEPOSIT_RULES, finding, findingsIn } from "./deposit-findings.js";

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the deposit rules' messages", () => {
  it("has an English message for every rule, with the same values to fill in, none left in French", () => {
    for (const [rule, def] of Object.entries(DEPOSIT_RULES)) {
      expect(def.en, rule).toMatch(/^[A-Z]/);
      expect(def.en, rule).not.toBe(def.fr);
      expect(def.en, rule).not.toMatch(/[éèàùçêô«»]| : /);
      expect(placeholders(def.en), rule).toEqual(placeholders(def.fr));
    }
  });

  it("fills both languages, and gives the caller's one without the English field", () => {
    const f = finding("DEP-NUMBER-TOO-LONG", { length: 23 });
    expect(f).toMatchObject({ message: "Le numéro de facture ne peut dépasser 20 caractères (il en compte 23).", messageEn: "The invoice number cannot be longer than 20 characters (it has 23)." });
    const engine = { rule: "BR-01", severity: "fatal" as const, message: "La facture doit avoir un identifiant de spécification." };
    const [mine, theirs] = findingsIn([f, engine], "en");
    expect(mine).toEqual({ rule: "DEP-NUMBER-TOO-LONG", severity: "fatal", message: f.messageEn, lang: "en", field: "number", reason: "REJ_SEMAN", details: { length: 23 } });
    // A finding without English stays French, and says so.
    expect(theirs).toEqual({ ...engine, lang: "fr" });
    expect(findingsIn([f], "fr")[0]).not.toHaveProperty("messageEn");
    expect(findingsIn([f], "fr")[0]?.message).toBe(f.message);
  });
});
