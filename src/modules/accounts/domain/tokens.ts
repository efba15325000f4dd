import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// Every secret we hand out (links, session ids, API secrets, bearer tokens) is 32 random bytes; only its SHA-256 is
// stored, so a database leak gives no usable secret. Secrets have full entropy, so a plain hash (no salt) is enough.

/** A new URL-safe secret of 32 random bytes. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString("base64url");
}

/** The stored form of a secret: hex SHA-256. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** Constant-time equality of two strings (false when lengths differ, without early exit on content). */
export function safeEqual(a: string, b: string): boolean {
  const left = createHash("sha256").update(a, "utf8").digest();
  const right = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}
