import { describe, expect, it } from "vitest";
import { formatCsvBoolean, parseCsvBoolean } from "./csv-layout.js";

describe("CSV booleans", () => {
  it.each(["true", "TRUE", "1", "oui", "Oui", "O", "o", " true "])("reads %j as true", (v) => {
    expect(parseCsvBoolean(v)).toBe(true);
  });
  it.each(["false", "False", "0", "non", "NON", "N", "n"])("reads %j as false", (v) => {
    expect(parseCsvBoolean(v)).toBe(false);
  });
  it.each(["", "yes", "vrai", "2", "peut-être"])("does not guess %j", (v) => {
    expect(parseCsvBoolean(v)).toBeUndefined();
  });
  it("writes true/false as the reference does", () => {
    expect([formatCsvBoolean(true), formatCsvBoolean(false)]).toEqual(["true", "false"]);
  });
});
