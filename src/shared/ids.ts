import { randomBytes, randomUUID } from "node:crypto";

/** Produces identifiers; swapped in tests for predictable ones. */
export interface IdGenerator {
  uuid(): string;
  /** A URL-safe random token of `bytes` bytes of entropy (for secrets and links). */
  token(bytes?: number): string;
}

/** Random identifiers from the platform's CSPRNG. */
export const randomIds: IdGenerator = {
  uuid: () => randomUUID(),
  token: (bytes = 32) => randomBytes(bytes).toString("base64url"),
};
