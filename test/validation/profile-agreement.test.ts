import { describe, expect, it } from "vitest";
import { compareBrFrVerdicts } from "./agreement.js";

describe("agreement with the official French BR-FR rules (Flux 2, V1.4.0.01)", () => {
  it("fires the same BR-FR ids, the same number of times, on every CII corpus invoice the official tool could judge", async () => {
    const { checked, disagreements } = await compareBrFrVerdicts();
    expect(checked).toBeGreaterThan(120);
    expect(disagreements).toEqual([]);
  });
});
