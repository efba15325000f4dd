import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, hotp, newRecoveryCodes, normalizeRecoveryCode, otpauthUri, totpAt, verifyTotp } from "./totp.js";

// RFC 6238 appendix B (SHA-1 seed "12345678901234567890"), truncated to our 6 digits; RFC 4226 appendix D for HOTP.
const SEED = base32Encode(Buffer.from("12345678901234567890", "ascii"));

describe("TOTP (RFC 6238) and HOTP (RFC 4226)", () => {
  it("round-trips base32 (RFC 4648 test vectors)", () => {
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
    expect(base32Decode("mzxw6ytboi======").toString()).toBe("foobar");
    expect(() => base32Decode("MZ1")).toThrow(/base32/);
  });

  it("gives the RFC 4226 HOTP values", () => {
    expect([0, 1, 2, 9].map((c) => hotp(SEED, c))).toEqual(["755224", "287082", "359152", "520489"]);
  });

  it("gives the RFC 6238 SHA-1 values (last 6 of the 8 digits)", () => {
    expect(totpAt(SEED, new Date(59_000))).toBe("287082");
    expect(totpAt(SEED, new Date(1111111109_000))).toBe("081804");
    expect(totpAt(SEED, new Date(1234567890_000))).toBe("005924");
    expect(totpAt(SEED, new Date(20000000000_000))).toBe("353130");
  });

  it("accepts one step of drift either way, not two, and never a step already used", () => {
    const now = new Date(1234567890_000);
    const step = Math.floor(now.getTime() / 30_000);
    expect(verifyTotp(SEED, totpAt(SEED, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(verifyTotp(SEED, totpAt(SEED, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(verifyTotp(SEED, totpAt(SEED, new Date(now.getTime() - 60_000)), now)).toBeNull();
    expect(verifyTotp(SEED, totpAt(SEED, now), now, step)).toBeNull();
    expect(verifyTotp(SEED, "12345", now)).toBeNull();
    expect(verifyTotp(SEED, ` ${totpAt(SEED, now).slice(0, 3)} ${totpAt(SEED, now).slice(3)}`, now)).toBe(step);
  });

  it("builds the otpauth URI and single-use recovery codes", () => {
    expect(otpauthUri("ABC", "a@b.fr", "Guichet 06")).toBe("otpauth://totp/Guichet%2006%3Aa%40b.fr?secret=ABC&issuer=Guichet+06&algorithm=SHA1&digits=6&period=30");
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes[0]).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    expect(normalizeRecoveryCode(" ABCD-efgh-2345 ")).toBe("abcdefgh2345");
  });
});
