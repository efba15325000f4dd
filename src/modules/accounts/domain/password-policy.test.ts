import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords.js";
import { normalizeEmail, passwordProblem } from "./password-policy.js";
import { hashSecret, safeEqual } from "./tokens.js";

describe("password policy", () => {
  it("asks for 12 characters (counted as characters, not bytes) and at most 256", () => {
    expect(passwordProblem("Court-1")).toBe("PASSWORD_TOO_SHORT");
    expect(passwordProblem("éééééééééééé")).toBe("PASSWORD_TOO_COMMON");
    expect(passwordProblem("x".repeat(257))).toBe("PASSWORD_TOO_LONG");
    expect(passwordProblem("Mon chat aime la pluie")).toBeUndefined();
  });

  it("refuses common passwords and their usual suffixes, whatever the case", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThan(2000);
    for (const p of ["motdepasse123", "Azertyuiop2024", "PASSWORD1234", "123456789012", "qwertyuiop12", "abababababab", "soleilsoleil"]) {
      expect(passwordProblem(p), p).toBe("PASSWORD_TOO_COMMON");
    }
  });

  it("refuses the e-mail itself or its local part with a short suffix", () => {
    expect(passwordProblem("jean.dupont@example.fr", "jean.dupont@example.fr")).toBe("PASSWORD_TOO_COMMON");
    expect(passwordProblem("jeandupont12", "jean.dupont@example.fr")).toBe("PASSWORD_TOO_COMMON");
    expect(passwordProblem("Jean aime les routes du 06", "jean.dupont@example.fr")).toBeUndefined();
  });

  it("normalises e-mails and compares secrets by hash", () => {
    expect(normalizeEmail("  Anna@Example.FR ")).toBe("anna@example.fr");
    expect(hashSecret("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(safeEqual("abc", "abc")).toBe(true);
    expect(safeEqual("abc", "abd")).toBe(false);
    expect(safeEqual("abc", "abcd")).toBe(false);
  });
});
