import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "./file-storage.js";

async function subfolders(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name)).map((e) => e.name);
}

// An original is a legal document: its bytes reach the disk (fsync) and its name is in the folder (fsync of the folder)
// before put() returns, so a transaction committed afterwards never points at a file a power cut has emptied.
async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(file, "w");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Files on the local disk, under `root/ab/cd/<sha256>`, written atomically and durably (temp file, fsync, rename). */
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
        // Refreshing the time of bytes already there tells the orphan sweep they are in use again (a deposit in
        // flight may be about to reference a file left unreferenced by an earlier crash).
        const now = new Date();
        await fs.utimes(target, now, now);
        return sha;
      } catch {
        await fs.mkdir(path.dirname(target), { recursive: true });
        const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
        await writeDurably(temp, bytes);
        await fs.rename(temp, target);
        await syncFolder(path.dirname(target));
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
    async deleteIfUnchangedSince(sha, before) {
      const stat = await fs.stat(where(sha)).catch(() => undefined);
      if (!stat || stat.mtime >= before) return false;
      await fs.rm(where(sha), { force: true });
      return true;
    },
    async *list() {
      for (const a of await subfolders(root)) {
        for (const b of await subfolders(path.join(root, a))) {
          const folder = path.join(root, a, b);
          for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
            // Temp files of a write in progress are not files yet.
            if (!/^[0-9a-f]{64}$/.test(name)) continue;
            const stat = await fs.stat(path.join(folder, name)).catch(() => undefined);
            if (stat?.isFile()) yield { sha256: name, storedAt: stat.mtime };
          }
        }
      }
    },
  };
}
