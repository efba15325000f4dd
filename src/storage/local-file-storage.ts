import { randomBytes } from "node:crypto";
import { constants, statSync } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { contentSha256, type FileStorage } from "./file-storage.js";

async function subfolders(folder: string): Promise<string[]> {
  const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && /^[0-9a-f]{2}$/.test(e.name)).map((e) => e.name);
}

// An original is a legal document: its bytes reach the disk (fsync) and its name is in the folder (fsync of the folder)
// before put() returns, so a transaction committed afterwards never points at a file a power cut has emptied.
// The temp name is new (O_EXCL), so two writers never share a file. The folder is made first: a recursive mkdir
// handles an existing folder inside Node (no JS error built), where a failing open or utimes builds an error object
// with its stack; most new files land in a new folder while the store holds fewer than ~65,000 files.
async function writeDurably(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const handle = await fs.open(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// Whether a file is there, without throwing (statSync with throwIfNoEntry builds no error for a missing file; a stat of
// a local path is a few microseconds).
function exists(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false }) !== undefined;
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
  const store = async (bytes: Uint8Array): Promise<{ sha256: string; created: boolean }> => {
    const sha256 = contentSha256(bytes);
    const target = where(sha256);
    if (exists(target)) {
      // Refreshing the time of bytes already there tells the orphan sweep they are in use again (a deposit in
      // flight may be about to reference a file left unreferenced by an earlier crash).
      const now = new Date();
      try {
        await fs.utimes(target, now, now);
        return { sha256, created: false };
      } catch {
        // Removed in between (the sweep): written again below.
      }
    }
    const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    await writeDurably(temp, bytes);
    await fs.rename(temp, target);
    await syncFolder(path.dirname(target));
    return { sha256, created: true };
  };
  return {
    async put(bytes) {
      return (await store(bytes)).sha256;
    },
    store,
    async get(sha) {
      try {
        return new Uint8Array(await fs.readFile(where(sha)));
      } catch {
        return undefined;
      }
    },
    async has(sha) {
      return exists(where(sha));
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
