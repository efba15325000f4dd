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

/** Stores the files that go outside the database now (content-addressed) and says which were already there. */
export async function storeDepositFiles(deps: Deps, files: Uint8Array[]): Promise<StoredFiles> {
  const addedBefore: string[] = [];
  const shas: string[] = [];
  const writes: Array<(trx: Db) => Promise<void>> = [];
  for (const bytes of files) {
    const staged = deps.files.stageInDatabase?.(bytes);
    if (staged) {
      shas.push(staged.sha256);
      writes.push(staged.write);
      continue;
    }
    const { sha256, created } = await deps.files.store(bytes);
    if (created) addedBefore.push(sha256);
    shas.push(sha256);
  }
  return {
    shas,
    async writeWithin(trx) {
      for (const write of writes) await write(trx);
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
