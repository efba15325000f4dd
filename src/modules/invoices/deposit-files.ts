import { createHash } from "node:crypto";
import type { Deps } from "../../deps.js";

// The deposit's files go to the content-addressed storage before the transaction: a crash leaves at most bytes that no
// invoice points to (invisible, swept later); a refused or failed transaction removes the ones this request added.

export interface StoredFiles {
  /** The SHA-256 of each file, in the order given. */
  shas: string[];
  /** Removes what this request added and no invoice references (after a failed transaction). */
  discard(): Promise<void>;
}

/** Stores the files (content-addressed) and says which were already there. */
export async function storeDepositFiles(deps: Deps, files: Uint8Array[]): Promise<StoredFiles> {
  const storedBefore = new Set<string>();
  const shas: string[] = [];
  for (const bytes of files) {
    if (deps.files.store) {
      // One existence check inside the storage instead of has() then put().
      const { sha256, created } = await deps.files.store(bytes);
      if (!created) storedBefore.add(sha256);
      shas.push(sha256);
      continue;
    }
    const sha = createHash("sha256").update(bytes).digest("hex");
    if (await deps.files.has(sha)) storedBefore.add(sha);
    shas.push(await deps.files.put(bytes));
  }
  return { shas, discard: () => removeUnreferenced(deps, shas.filter((s) => !storedBefore.has(s))) };
}

async function removeUnreferenced(deps: Deps, shas: string[]): Promise<void> {
  for (const sha of shas) {
    const used = await deps.database.db.selectFrom("invoice_files").select("id").where("sha256", "=", sha).executeTakeFirst();
    if (!used) await deps.files.delete(sha).catch(() => undefined);
  }
}
