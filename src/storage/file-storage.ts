import { createHash } from "node:crypto";
import type { Db } from "../db/transaction.js";

/** The address of bytes in the storage: the SHA-256 of their content, in hexadecimal. */
export function contentSha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Where originals, attachments and generated files live, addressed by the SHA-256 of their content. */
export interface FileStorage {
  /** Stores the bytes and returns their SHA-256 (hex); storing the same bytes twice is a no-op. */
  put(bytes: Uint8Array): Promise<string>;
  /** As put, and says whether this call created the file (false: the bytes were already there, their time refreshed). */
  store(bytes: Uint8Array): Promise<{ sha256: string; created: boolean }>;
  /**
   * For bytes this storage keeps in the database (database-file-storage.ts): their SHA-256, and the write to run
   * through a caller's open transaction, so that they commit or roll back with its rows. Undefined for bytes kept
   * elsewhere: store() those before the transaction.
   */
  stageInDatabase?(bytes: Uint8Array): { sha256: string; write(db: Db): Promise<void> } | undefined;
  /** The bytes stored under that hash, or undefined. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
  /** Every stored file with when it was last written (or stored again): for the orphan-file sweep. */
  list?(): AsyncIterable<StoredFile>;
  /** Deletes the file only if it was not written (or stored again) since `before`; true when deleted. */
  deleteIfUnchangedSince?(sha256: string, before: Date): Promise<boolean>;
}

/** A file of the storage, as the orphan sweep sees it. */
export interface StoredFile {
  sha256: string;
  /** When the bytes were last put (a put of bytes already there refreshes it). */
  storedAt: Date;
}
