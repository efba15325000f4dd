import { gunzipSync, unzipSync } from "fflate";

// Reads a batch archive (ZIP, or tar.gz) into its files, refusing before inflating what would be too big: at most
// MAX_ENTRIES files, each at most MAX_ENTRY_BYTES, all together at most MAX_TOTAL_BYTES once inflated.

export const MAX_ENTRIES = 500;
export const MAX_ENTRY_BYTES = 20 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 512 * 1024 * 1024;

export interface ArchiveEntry {
  name: string;
  bytes: Uint8Array;
}

/** Why an archive is refused, in French. */
export class ArchiveError extends Error {
  /** The message and its English twin. */
  constructor(
    message: string,
    readonly messageEn: string,
  ) {
    super(message);
  }
}

const skip = (name: string) => name.endsWith("/") || name.startsWith("__MACOSX/") || /(^|\/)\.[^/]*$/.test(name);

function readZip(bytes: Uint8Array): ArchiveEntry[] {
  let count = 0;
  let total = 0;
  const files = unzipSync(bytes, {
    filter: (f) => {
      if (skip(f.name)) return false;
      count++;
      total += f.originalSize;
      if (count > MAX_ENTRIES) throw new ArchiveError(`Le lot contient plus de ${MAX_ENTRIES} factures : découpez-le.`, `The batch holds more than ${MAX_ENTRIES} invoices: split it.`);
      if (f.originalSize > MAX_ENTRY_BYTES) throw new ArchiveError(`« ${f.name} » dépasse 20 Mo.`, `"${f.name}" is larger than 20 MB.`);
      if (total > MAX_TOTAL_BYTES) throw new ArchiveError("Le lot décompressé dépasse 512 Mo.", "The batch is larger than 512 MB once decompressed.");
      return true;
    },
  });
  return Object.entries(files).map(([name, data]) => ({ name, bytes: data }));
}

function readTar(bytes: Uint8Array): ArchiveEntry[] {
  const out: ArchiveEntry[] = [];
  const text = (from: number, length: number) => new TextDecoder().decode(bytes.subarray(from, from + length)).replace(/\0.*$/s, "");
  for (let at = 0; at + 512 <= bytes.length; ) {
    const name = text(at, 100);
    if (!name) break;
    const prefix = text(at + 345, 155);
    const size = Number.parseInt(text(at + 124, 12).trim() || "0", 8);
    const type = text(at + 156, 1);
    const full = prefix ? `${prefix}/${name}` : name;
    if ((type === "0" || type === "") && !skip(full)) {
      if (size > MAX_ENTRY_BYTES) throw new ArchiveError(`« ${full} » dépasse 20 Mo.`, `"${full}" is larger than 20 MB.`);
      out.push({ name: full, bytes: bytes.slice(at + 512, at + 512 + size) });
      if (out.length > MAX_ENTRIES) throw new ArchiveError(`Le lot contient plus de ${MAX_ENTRIES} factures : découpez-le.`, `The batch holds more than ${MAX_ENTRIES} invoices: split it.`);
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return out;
}

/** The files of a ZIP or tar.gz archive (directories and hidden files left out). */
export function readArchive(bytes: Uint8Array): ArchiveEntry[] {
  try {
    if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readZip(bytes);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      const tar = gunzipSync(bytes);
      if (tar.byteLength > MAX_TOTAL_BYTES) throw new ArchiveError("Le lot décompressé dépasse 512 Mo.", "The batch is larger than 512 MB once decompressed.");
      return readTar(tar);
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error;
    throw new ArchiveError("L'archive est endommagée ou illisible.", "The archive is damaged or unreadable.");
  }
  throw new ArchiveError("Déposez un lot au format ZIP ou tar.gz.", "Deposit a batch as a ZIP or tar.gz archive.");
}
