import type { Db } from "../../db/transaction.js";
import {
  deactivateServices,
  deactivateStructures,
  findActivePublicSirets,
  findActiveServiceKeys,
  findWordSources,
  updateSearchWords,
  upsertServices,
  upsertStructures,
  type WordSource,
} from "./directory-import.repository.js";
import type { ServiceRecord } from "./domain/service-line.js";
import type { Structure } from "./domain/structure.js";
import type { ImportDirectoryResult } from "./import-directory.js";

export interface WriteOptions {
  now: string;
  /** The directory was empty: nothing to compare with, nothing to deactivate. */
  fresh: boolean;
  /** Public structures absent from the import become inactive. */
  deactivateStructures: boolean;
  /** Services of imported structures absent from the import become inactive. */
  deactivateServices: boolean;
  onProgress(done: number, total: number): void;
}

const SLICE = 5_000;

/** The items in key order (a copy); the files usually come sorted already, which costs one pass to see. */
function sortedBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ key: keyOf(item), item }));
  if (keyed.every((k, i) => i === 0 || (keyed[i - 1] as { key: string }).key <= k.key)) return [...items];
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

/**
 * Writes checked directory data inside the caller's transaction: upserts in key order (cheap appends to the indexes),
 * the word index for new and renamed structures, then deactivates what the import no longer lists.
 */
export async function writeDirectory(trx: Db, data: { structures: Structure[]; services: ServiceRecord[] }, options: WriteOptions): Promise<ImportDirectoryResult> {
  const structures = sortedBy(data.structures, (s) => s.siret);
  const services = sortedBy(data.services, (s) => `${s.siret}\u0001${s.code}`);
  const total = structures.length + services.length;
  const before = options.fresh ? new Map<string, WordSource>() : await findWordSources(trx, structures.map((s) => s.siret));

  let done = 0;
  for (let i = 0; i < structures.length; i += SLICE) {
    const slice = structures.slice(i, i + SLICE);
    await upsertStructures(trx, slice, options.now);
    done += slice.length;
    options.onProgress(done, total);
  }
  await updateSearchWords(trx, structures.map((s) => ({ now: s, before: before.get(s.siret) })));
  for (let i = 0; i < services.length; i += SLICE) {
    const slice = services.slice(i, i + SLICE);
    await upsertServices(trx, slice, options.now);
    done += slice.length;
    options.onProgress(done, total);
  }
  if (total === 0) options.onProgress(0, 0);

  let deactivatedStructures = 0;
  let deactivatedServices = 0;
  if (!options.fresh && options.deactivateStructures) {
    const listed = new Set(structures.map((s) => s.siret));
    const absent = (await findActivePublicSirets(trx)).filter((siret) => !listed.has(siret));
    const sources = await findWordSources(trx, absent);
    await deactivateStructures(trx, absent, options.now);
    // Their words move to the inactive tier, after the active structures.
    await updateSearchWords(trx, [...sources.values()].map((s) => ({ now: { ...s, active: false }, before: s })));
    deactivatedStructures = absent.length;
  }
  if (!options.fresh && options.deactivateServices) {
    const imported = new Set(structures.map((s) => s.siret));
    const listed = new Set(services.map((s) => `${s.siret};${s.code}`));
    const absent = (await findActiveServiceKeys(trx)).filter((k) => imported.has(k.siret) && !listed.has(`${k.siret};${k.code}`));
    await deactivateServices(trx, absent.map((k) => k.id), options.now);
    deactivatedServices = absent.length;
  }
  return { structures: structures.length, services: services.length, deactivatedStructures, deactivatedServices };
}
