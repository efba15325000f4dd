import { describe, expect, it } from "vitest";
import { compareUnitTests, compareVerdicts } from "./agreement.js";
import { IMPLEMENTED_FAMILIES } from "./implemented-families.js";

describe("agreement with the official EN 16931 artefacts", () => {
  it("fires the same rule ids, the same number of times, on every corpus invoice", async () => {
    const { checked, disagreements } = await compareVerdicts(IMPLEMENTED_FAMILIES);
    expect(checked).toBeGreaterThan(100);
    expect(disagreements).toEqual([]);
  });

  it("passes CEN's single-rule tests", () => {
    const { disagreements } = compareUnitTests(IMPLEMENTED_FAMILIES);
    expect(disagreements).toEqual([]);
  });
});
