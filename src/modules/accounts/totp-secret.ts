import type { Deps } from "../../deps.js";
import { base32Decode, base32Encode } from "./domain/totp.js";

// TOTP seeds are stored sealed (deps.secrets): the raw 20 bytes sealed give 64 characters, the column's size. A seed
// stored before sealing existed (32 base32 characters) is still read as it is.

const LEGACY_PLAIN = /^[A-Z2-7]{32}$/;

/** The stored form of a base32 TOTP secret. */
export function sealTotpSecret(deps: Pick<Deps, "secrets">, secretBase32: string): string {
  return deps.secrets.seal(base32Decode(secretBase32));
}

/** The base32 secret back from its stored form; null (and logged) when it cannot be opened, so the code is refused. */
export function openTotpSecret(deps: Pick<Deps, "secrets" | "logger">, stored: string): string | null {
  if (LEGACY_PLAIN.test(stored)) return stored;
  try {
    return base32Encode(deps.secrets.open(stored));
  } catch (error) {
    deps.logger.error({ err: error }, "secret TOTP illisible : la clé SECRETS_KEY ou secrets.key a-t-elle changé ?");
    return null;
  }
}
