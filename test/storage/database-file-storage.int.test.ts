import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import { databaseFileStorage } from "../../src/storage/database-file-storage.js";
import type { FileStorage } from "../../src/storage/file-storage.js";
import { localFileStorage } from "../../src/storage/local-file-storage.js";
import { createTestDatabase, testDialects } from "../test-database.js";

const text = (s: string) => new TextEncoder().encode(s);
const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const LIMIT = 64;

describe.each(testDialects())("the file storage with its small files in the database (%s)", (dialect) => {
  let database: DatabaseHandle;
  let root: string;
  let disk: FileStorage;
  let files: FileStorage;
  const onDisk = (hash: string) => fs.existsSync(path.join(root, hash.slice(0, 2), hash.slice(2, 4), hash));
  const rows = async () => (await database.db.selectFrom("stored_files").select(["sha256", "size"]).orderBy("sha256").execute()).map((r) => ({ ...r, size: Number(r.size) }));

  beforeEach(async () => {
    database = await createTestDatabase(dialect);
    root = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-files-"));
    disk = localFileStorage(root);
    files = databaseFileStorage(database.db, disk, { inlineMaxBytes: LIMIT });
  });
  afterEach(async () => {
    await database.destroy();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("keeps a file up to the limit as a row and a larger one on disk, both read back byte for byte", async () => {
    const small = text("<Invoice/>");
    const large = new Uint8Array(LIMIT + 1).map((_, i) => (i * 7) % 256);
    expect(await files.put(small)).toBe(sha(small));
    expect(await files.put(large)).toBe(sha(large));
    expect(await rows()).toEqual([{ sha256: sha(small), size: small.byteLength }]);
    expect(onDisk(sha(small))).toBe(false);
    expect(onDisk(sha(large))).toBe(true);
    expect(Buffer.from((await files.get(sha(small))) ?? []).toString()).toBe("<Invoice/>");
    expect(Buffer.from((await files.get(sha(large))) ?? []).equals(Buffer.from(large))).toBe(true);
    expect([await files.has(sha(small)), await files.has(sha(large)), await files.has(sha(text("absent")))]).toEqual([true, true, false]);
    expect(await files.get("not-a-sha")).toBeUndefined();
  });

  it("says whether a put created the file, keeps one copy, and refreshes its time when stored again", async () => {
    const bytes = text("pièce jointe");
    expect((await files.store?.(bytes))?.created).toBe(true);
    await database.db.updateTable("stored_files").set({ stored_at: "2026-01-01T00:00:00.000Z" }).execute();
    expect((await files.store?.(bytes))?.created).toBe(false);
    expect(await rows()).toHaveLength(1);
    const [row] = await database.db.selectFrom("stored_files").select("stored_at").execute();
    expect((row?.stored_at ?? "") > "2026-01-02").toBe(true);
  });

  it("deletes only what was not stored again since the given time, in the database and on disk alike", async () => {
    const small = text("orphelin");
    const large = new Uint8Array(LIMIT * 2).fill(9);
    await files.put(small);
    await files.put(large);
    const past = new Date(Date.now() - 60_000);
    expect(await files.deleteIfUnchangedSince?.(sha(small), past)).toBe(false);
    expect(await files.deleteIfUnchangedSince?.(sha(large), past)).toBe(false);
    const future = new Date(Date.now() + 60_000);
    expect(await files.deleteIfUnchangedSince?.(sha(small), future)).toBe(true);
    expect(await files.deleteIfUnchangedSince?.(sha(large), future)).toBe(true);
    expect([await files.has(sha(small)), await files.has(sha(large))]).toEqual([false, false]);
    await files.put(small);
    await files.delete(sha(small));
    expect(await files.get(sha(small))).toBeUndefined();
  });

  it("lists the rows (more than one page) and the files on disk, including files written before it existed", async () => {
    const earlier = text("written on disk by the former storage");
    await disk.put(earlier);
    const smalls = Array.from({ length: 501 }, (_, i) => text(`f${i}`));
    for (const bytes of smalls) await files.put(bytes);
    const listed: string[] = [];
    for await (const f of files.list?.() ?? []) listed.push(f.sha256);
    expect(listed.sort()).toEqual([...smalls.map(sha), sha(earlier)].sort());
    expect(Buffer.from((await files.get(sha(earlier))) ?? []).toString()).toBe("written on disk by the former storage");
  });
});
