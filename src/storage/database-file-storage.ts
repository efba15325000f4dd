import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { Db } from "../db/transaction.js";
import { contentSha256, type FileStorage, type StoredFile } from "./file-storage.js";

const LIST_PAGE = 500;
const isSha256 = (sha: string) => /^[0-9a-f]{64}$/.test(sha);

/**
 * The content-addressed storage with its small files in the database (table stored_files) and the larger ones in
 * `large` (the local disk). A small file then costs one row, made durable by the database's own journal, where a file
 * on disk costs a temp file, two fsyncs and a rename (docs/adr/0008). Reads, deletions and listings look in both
 * places, so files written before this storage existed, or under another size limit, are still found.
 */
export function databaseFileStorage(db: Kysely<Database>, large: FileStorage, options: { inlineMaxBytes: number }): FileStorage {
  const keepsInDatabase = (bytes: Uint8Array) => bytes.byteLength <= options.inlineMaxBytes;
  /** Writes the row (or refreshes its time) through this handle; true when this call created it. */
  const writeRow = async (handle: Db, sha256: string, bytes: Uint8Array): Promise<boolean> => {
    const storedAt = new Date().toISOString();
    const inserted = await handle
      .insertInto("stored_files")
      .values({ sha256, bytes, size: bytes.byteLength, stored_at: storedAt })
      .onConflict((oc) => oc.column("sha256").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return true;
    // Already there: its time is refreshed, which tells the orphan sweep the bytes are in use again.
    await handle.updateTable("stored_files").set({ stored_at: storedAt }).where("sha256", "=", sha256).execute();
    return false;
  };
  const store = async (bytes: Uint8Array): Promise<{ sha256: string; created: boolean }> => {
    if (!keepsInDatabase(bytes)) return large.store(bytes);
    const sha256 = contentSha256(bytes);
    return { sha256, created: await writeRow(db, sha256, bytes) };
  };
  return {
    async put(bytes) {
      return (await store(bytes)).sha256;
    },
    store,
    stageInDatabase(bytes) {
      if (!keepsInDatabase(bytes)) return undefined;
      const sha256 = contentSha256(bytes);
      return { sha256, write: async (handle) => void (await writeRow(handle, sha256, bytes)) };
    },
    async get(sha) {
      if (!isSha256(sha)) return undefined;
      const row = await db.selectFrom("stored_files").select("bytes").where("sha256", "=", sha).executeTakeFirst();
      return row ? new Uint8Array(row.bytes) : large.get(sha);
    },
    async has(sha) {
      const row = await db.selectFrom("stored_files").select("sha256").where("sha256", "=", sha).executeTakeFirst();
      return row !== undefined || large.has(sha);
    },
    async delete(sha) {
      await db.deleteFrom("stored_files").where("sha256", "=", sha).execute();
      await large.delete(sha);
    },
    async deleteIfUnchangedSince(sha, before) {
      const deleted = await db.deleteFrom("stored_files").where("sha256", "=", sha).where("stored_at", "<", before.toISOString()).executeTakeFirst();
      const onDisk = (await large.deleteIfUnchangedSince?.(sha, before)) ?? false;
      return Number(deleted.numDeletedRows) > 0 || onDisk;
    },
    async *list(): AsyncIterable<StoredFile> {
      let after = "";
      for (;;) {
        const page = await db.selectFrom("stored_files").select(["sha256", "stored_at"]).where("sha256", ">", after).orderBy("sha256").limit(LIST_PAGE).execute();
        for (const row of page) yield { sha256: row.sha256, storedAt: new Date(row.stored_at) };
        const last = page.at(-1);
        if (!last || page.length < LIST_PAGE) break;
        after = last.sha256;
      }
      if (large.list) yield* large.list();
    },
  };
}
