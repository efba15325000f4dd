import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Secrets the server must read back (TOTP seeds) are stored sealed with AES-256-GCM under a key that never lives in
// the database: a copy of the database alone reveals nothing. Sealed form: base64url(iv 12 bytes | ciphertext | tag 16).

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Seals and opens small secrets (bytes) with one key. */
export interface SecretBox {
  seal(plain: Uint8Array): string;
  /** The bytes sealed by seal(); throws when the text was not sealed with this key or was altered. */
  open(sealed: string): Buffer;
}

/** A box over a 32-byte key. */
export function secretBoxFromKey(key: Buffer): SecretBox {
  if (key.length !== 32) throw new Error("la clé de chiffrement doit faire 32 octets");
  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
    },
    open(sealed) {
      const raw = Buffer.from(sealed, "base64url");
      if (raw.length < IV_BYTES + TAG_BYTES) throw new Error("secret scellé trop court");
      const decipher = createDecipheriv("aes-256-gcm", key, raw.subarray(0, IV_BYTES));
      decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
      return Buffer.concat([decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)), decipher.final()]);
    },
  };
}

/**
 * The key: SECRETS_KEY (64 hex characters) when set, else `secrets.key` in the data directory, created on first use
 * with owner-only permissions. Back it up with the database: without it, enrolled authenticator apps stop working.
 */
export function loadSecretKey(options: { hexKey: string | undefined; dataDir: string }): Buffer {
  if (options.hexKey) return Buffer.from(options.hexKey, "hex");
  const file = path.join(options.dataDir, "secrets.key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // another process created it first
    }
  }
  return Buffer.from(fs.readFileSync(file, "utf8").trim(), "hex");
}
