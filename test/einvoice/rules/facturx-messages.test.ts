import { describe, expect, it } from "vitest";
import { fxMessage } from "../../../src/einvoice/rules/facturx/facturx-messages.js";
import { FX_MESSAGES } from "../../../src/einvoice/rules/facturx/facturx-tables.js";

// Every Factur-X structure rule speaks plain French: no official English sentence passed through, no English word left
// inside a French sentence.
describe("the Factur-X structure rules' messages", () => {
  const entries = Object.entries(FX_MESSAGES);

  it("reword every official message in French and in English", () => {
    expect(entries.length).toBeGreaterThan(200);
    const untranslated = entries.filter(([id, official]) => fxMessage(id).fr.endsWith(official)).map(([id]) => id);
    expect(untranslated).toEqual([]);
  });

  it("leave no English verb of the official wording in the French", () => {
    const mixed = entries.filter(([id]) => / (is|marked|must|may) /.test(fxMessage(id).fr.replace(/ \S*\[[^\]]*\]/g, ""))).map(([id]) => id);
    expect(mixed).toEqual([]);
  });
});
