import { describe, expect, it } from "vitest";
import { compareBrFrVerdicts, compareFacturxVerdicts } from "./agreement.js";

describe("agreement with the official Factur-X 1.09 profile Schematron (FNFE-MPE)", () => {
  it("fires the same FX-SCH-A ids, the same number of times, on every CII corpus invoice, judged by its own profile", async () => {
    const { checked, disagreements } = await compareFacturxVerdicts();
    expect(checked).toBeGreaterThan(120);
    expect(disagreements).toEqual([]);
  });
});

describe("agreement with the official French BR-FR rules (Flux 2, V1.4.0.01)", () => {
  it("fires the same BR-FR ids, the same number of times, on every CII corpus invoice the official tool could judge", async () => {
    const { checked, disagreements } = await compareBrFrVerdicts();
    expect(checked).toBeGreaterThan(120);
    expect(disagreements).toEqual([]);
  });
});
