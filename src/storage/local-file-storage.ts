import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./file-storage.js";

/** Files on the local disk, under `root/ab/cd/<sha256>`, written atomically (temp file then rename). */
export function localFileStorage(root: string): FileStorage {
  const where = (sha: string) => {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error(`empreinte SHA-256 invalide : ${sha}`);
    return path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
  };
  return {
    async put(bytes) {
      const sha = createHash("sha256").update(bytes).digest("hex");
      const target = where(sha);
      try {
        await fs.access(target);
        return sha;
      } catch {
        await fs.mkdir(path.dirname(target), { recursive: true });
        const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
        await fs.writeFile(temp, bytes);
        await fs.rename(temp, target);
        return sha;
      }
    },
    async get(sha) {
      try {
        return new Uint8Array(await fs.readFile(where(sha)));
      } catch {
        return undefined;
      }
    },
    async has(sha) {
      try {
        await fs.access(where(sha));
        return true;
      } catch {
        return false;
      }
    },
    async delete(sha) {
      await fs.rm(where(sha), { force: true });
    },
  };
}
