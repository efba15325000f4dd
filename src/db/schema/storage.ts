// The content-addressed storage's small files, kept in the database (migration 0010, docs/adr/0008).

export interface StoredFileTable {
  sha256: string;
  bytes: Uint8Array;
  size: number;
  /** When the bytes were last put (storing them again refreshes it): the orphan sweep's clock. */
  stored_at: string;
}
