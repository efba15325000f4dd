import type { Db } from "../db/transaction.js";

/** Where originals, attachments and generated files live, addressed by the SHA-256 of their content. */
export interface FileStorage {
  /** Stores the bytes and returns their SHA-256 (hex); storing the same bytes twice is a no-op. */
  put(bytes: Uint8Array): Promise<string>;
  /** As put, and says whether this call created the file (false: the bytes were already there, their time refreshed). */
  store?(bytes: Uint8Array): Promise<{ sha256: string; created: boolean }>;
  /**
   * Whether bytes of this size are kept in the database (database-file-storage.ts). A caller with a transaction open
   * may then store them through it with storeIn(), so that they commit or roll back with its own rows.
   */
  keepsInDatabase?(size: number): boolean;
  /** Stores bytes that keepsInDatabase() accepts through this database handle or open transaction. */
  storeIn?(db: Db, bytes: Uint8Array): Promise<{ sha256: string; created: boolean }>;
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
