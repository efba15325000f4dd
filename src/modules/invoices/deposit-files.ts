import { createHash } from "node:crypto";
import type { Db } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";

// The deposit's files. Those the storage keeps in the database (database-file-storage.ts, up to FILES_INLINE_MAX_KB)
// are written through the deposit's own transaction (writeWithin), so they commit or roll back with its rows. The
// others go to the storage before the transaction: a crash leaves at most unreferenced, invisible bytes (swept later);
// a refused or failed transaction removes the ones this request added.

export interface StoredFiles {
  /** The SHA-256 of each file, in the order given. */
  shas: string[];
  /** Writes, through the deposit's transaction, the files kept in the database. */
  writeWithin(trx: Db): Promise<void>;
  /** Removes what this request added before the transaction and no invoice references (after a failed transaction). */
  discard(): Promise<void>;
}

const sha256Of = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Stores the files that go outside the database now (content-addressed) and says which were already there. */
export async function storeDepositFiles(deps: Deps, files: Uint8Array[]): Promise<StoredFiles> {
  const addedBefore: string[] = [];
  const shas: string[] = [];
  const withTransaction: Uint8Array[] = [];
  const storage = deps.files;
  for (const bytes of files) {
    if (storage.storeIn && storage.keepsInDatabase?.(bytes.byteLength)) {
      shas.push(sha256Of(bytes));
      withTransaction.push(bytes);
      continue;
    }
    if (storage.store) {
      // One existence check inside the storage instead of has() then put().
      const { sha256, created } = await storage.store(bytes);
      if (created) addedBefore.push(sha256);
      shas.push(sha256);
      continue;
    }
    const sha = sha256Of(bytes);
    const had = await storage.has(sha);
    shas.push(await storage.put(bytes));
    if (!had) addedBefore.push(sha);
  }
  return {
    shas,
    async writeWithin(trx) {
      for (const bytes of withTransaction) await storage.storeIn?.(trx, bytes);
    },
    discard: () => removeUnreferenced(deps, addedBefore),
  };
}

async function removeUnreferenced(deps: Deps, shas: string[]): Promise<void> {
  for (const sha of shas) {
    const used = await deps.database.db.selectFrom("invoice_files").select("id").where("sha256", "=", sha).executeTakeFirst();
    if (!used) await deps.files.delete(sha).catch(() => undefined);
  }
}
