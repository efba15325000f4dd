import { describe, expect, it } from "vitest";
import { isValidSiren, isValidSiret, siretProblem } from "./siret.js";

describe("SIRET", () => {
  it("accepts the seed's SIRETs", () => {
    for (const s of ["22060001900016", "22060001901170", "13000133200019", "20002983300106"]) expect(isValidSiret(s)).toBe(true);
  });
  it("says what is wrong", () => {
    expect(siretProblem("2206000190001")).toBe("SIRET_INVALID_LENGTH");
    expect(siretProblem("2206000190001A")).toBe("SIRET_INVALID_CHARACTERS");
    expect(siretProblem("22060001900017")).toBe("SIRET_INVALID_CHECKSUM");
  });
  it("applies La Poste's digit-sum rule", () => {
    // 35600000000049: neither Luhn nor the digit sum (27, not a multiple of 5) holds: refused.
    expect(isValidSiret("35600000000049")).toBe(false);
    // 35600000049837: digit sum 3+5+6+4+9+8+3+7 = 45, a multiple of 5: valid for La Poste.
    expect(isValidSiret("35600000049837")).toBe(true);
  });
  it("checks SIRENs with Luhn", () => {
    expect(isValidSiren("220600019")).toBe(true);
    expect(isValidSiren("220600018")).toBe(false);
  });
});
