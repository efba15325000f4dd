import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { localFileStorage } from "../../src/storage/local-file-storage.js";

describe("the local file storage", () => {
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-files-"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("stores bytes under their SHA-256, reads them back, and leaves no temporary file", async () => {
    const files = localFileStorage(root);
    const bytes = new TextEncoder().encode("<Invoice/>");
    const sha = await files.put(bytes);
    expect(sha).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(Buffer.from((await files.get(sha)) ?? []).toString()).toBe("<Invoice/>");
    expect(await files.has(sha)).toBe(true);
    expect(fs.readdirSync(path.join(root, sha.slice(0, 2), sha.slice(2, 4)))).toEqual([sha]);
    const listed = [];
    for await (const f of files.list?.() ?? []) listed.push(f.sha256);
    expect(listed).toEqual([sha]);
  });

  it("keeps one copy of the same bytes, refreshes its time, and deletes only what has not been touched since", async () => {
    const files = localFileStorage(root);
    const bytes = new TextEncoder().encode("pièce jointe");
    const sha = await files.put(bytes);
    const file = path.join(root, sha.slice(0, 2), sha.slice(2, 4), sha);
    const old = new Date("2026-01-01T00:00:00Z");
    fs.utimesSync(file, old, old);
    await files.put(bytes);
    expect(fs.statSync(file).mtime.getTime()).toBeGreaterThan(old.getTime());
    expect(await files.deleteIfUnchangedSince?.(sha, old)).toBe(false);
    expect(await files.deleteIfUnchangedSince?.(sha, new Date(Date.now() + 60_000))).toBe(true);
    expect(await files.get(sha)).toBeUndefined();
    await expect(files.get("not-a-sha")).resolves.toBeUndefined();
  });

  it("says whether a put created the file, and writes again bytes removed since (the folders made as needed)", async () => {
    const files = localFileStorage(root);
    const bytes = new TextEncoder().encode("<Invoice>1</Invoice>");
    const first = await files.store?.(bytes);
    expect(first?.created).toBe(true);
    expect((await files.store?.(bytes))?.created).toBe(false);
    fs.rmSync(path.join(root, first?.sha256.slice(0, 2) ?? "x"), { recursive: true });
    expect(await files.has(first?.sha256 ?? "")).toBe(false);
    expect((await files.store?.(bytes))?.created).toBe(true);
    expect(Buffer.from((await files.get(first?.sha256 ?? "")) ?? []).toString()).toBe("<Invoice>1</Invoice>");
  });
});
