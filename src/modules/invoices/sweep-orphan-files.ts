import type { Deps } from "../../deps.js";
import { findReferencedShas } from "./stored-file.repository.js";

/** Files younger than this are never removed: a deposit writes its files before its transaction commits. */
export const ORPHAN_GRACE_MS = 3600_000;
const BATCH = 500;

export interface SweepReport {
  /** Files looked at. */
  scanned: number;
  /** Hashes of the files removed. */
  removed: string[];
  /** Unreferenced files kept because they are younger than the grace period. */
  young: number;
}

/**
 * Removes the stored files that no invoice, attachment or generated file references (left, for instance, by a crash
 * between writing the files and committing the deposit), once older than the grace period. A file stored again
 * meanwhile (same bytes, new deposit) has a fresh time and is kept.
 */
export async function sweepOrphanFiles(deps: Pick<Deps, "database" | "files" | "clock" | "logger">, options: { graceMs?: number } = {}): Promise<SweepReport> {
  const report: SweepReport = { scanned: 0, removed: [], young: 0 };
  if (!deps.files.list) {
    deps.logger.warn("le stockage de fichiers ne sait pas lister son contenu : nettoyage des fichiers orphelins impossible");
    return report;
  }
  const cutoff = new Date(deps.clock.now().getTime() - (options.graceMs ?? ORPHAN_GRACE_MS));
  let batch: Array<{ sha256: string; storedAt: Date }> = [];
  const flush = async () => {
    const referenced = await findReferencedShas(deps.database.db, batch.map((f) => f.sha256));
    for (const f of batch) {
      if (referenced.has(f.sha256)) continue;
      if (f.storedAt >= cutoff) {
        report.young++;
        continue;
      }
      // Checked again at the last moment: a deposit may have stored the same bytes since the listing.
      if (deps.files.deleteIfUnchangedSince) {
        if (await deps.files.deleteIfUnchangedSince(f.sha256, cutoff)) report.removed.push(f.sha256);
      } else {
        await deps.files.delete(f.sha256);
        report.removed.push(f.sha256);
      }
    }
    batch = [];
  };
  for await (const file of deps.files.list()) {
    report.scanned++;
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (report.removed.length > 0) deps.logger.info({ removed: report.removed.length }, "fichiers orphelins supprimés");
  return report;
}
