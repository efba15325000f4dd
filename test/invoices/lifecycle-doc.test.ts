import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { renderLifecycleDoc } from "../../src/modules/invoices/domain/lifecycle-doc.js";

describe("docs/lifecycle.md", () => {
  it("is up to date with the lifecycle table (regenerate with `npx tsx scripts/lifecycle-doc.ts`)", () => {
    expect(fs.readFileSync("docs/lifecycle.md", "utf8")).toBe(renderLifecycleDoc());
  });
});
