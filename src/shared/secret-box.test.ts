import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSecretKey, secretBoxFromKey } from "./secret-box.js";

describe("the secret box", () => {
  const box = secretBoxFromKey(randomBytes(32));
  const secret = randomBytes(20);

  it("opens what it sealed, and seals the same secret differently each time", () => {
    const a = box.seal(secret);
    const b = box.seal(secret);
    expect(a).not.toBe(b);
    expect(a).toHaveLength(64); // 20 bytes sealed fit the 64-character column
    expect(box.open(a).equals(secret)).toBe(true);
  });

  it("refuses an altered text and another key's text", () => {
    const sealed = box.seal(secret);
    const altered = `${sealed.slice(0, 20)}${sealed[20] === "A" ? "B" : "A"}${sealed.slice(21)}`;
    expect(() => box.open(altered)).toThrow();
    expect(() => secretBoxFromKey(randomBytes(32)).open(sealed)).toThrow();
  });

  it("creates the key file once, owner-only, and reads the same key afterwards", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-key-"));
    try {
      const first = loadSecretKey({ hexKey: undefined, dataDir: dir });
      expect(first).toHaveLength(32);
      expect(fs.statSync(path.join(dir, "secrets.key")).mode & 0o077).toBe(0);
      expect(loadSecretKey({ hexKey: undefined, dataDir: dir }).equals(first)).toBe(true);
      expect(loadSecretKey({ hexKey: "ab".repeat(32), dataDir: dir }).equals(Buffer.alloc(32, 0xab))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
