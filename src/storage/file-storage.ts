/** Where originals, attachments and generated files live, addressed by the SHA-256 of their content. */
export interface FileStorage {
  /** Stores the bytes and returns their SHA-256 (hex); storing the same bytes twice is a no-op. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under that hash, or undefined. */
  get(sha256: string): Promise<Uint8Array | undefined>;
  has(sha256: string): Promise<boolean>;
  delete(sha256: string): Promise<void>;
}
