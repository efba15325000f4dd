import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { runInTransaction } from "../../db/transaction.js";
import { AppError } from "../../shared/errors.js";
import { countStructures } from "./directory.repository.js";
import {
  deactivateServicesNotIn,
  deactivateStructuresNotIn,
  findExistingSirets,
  findNames,
  updateSearchWords,
  upsertServices,
  upsertStructures,
} from "./directory-import.repository.js";
import { type DirectoryFile, type FileProblem, readDirectoryFiles } from "./domain/read-directory-files.js";
import type { ServiceLine } from "./domain/service-line.js";

/** Where the import is: reading (checking every line) then writing; `done` of `total` lines or rows. */
export interface ImportProgress {
  step: "read" | "write";
  done: number;
  total: number;
}

export interface ImportDirectoryInput {
  structures: DirectoryFile;
  services?: DirectoryFile;
  /** A full import describes the whole public directory: public structures it omits become inactive. */
  full: boolean;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportDirectoryResult {
  structures: number;
  services: number;
  deactivatedStructures: number;
  deactivatedServices: number;
}

/** Most problems listed in the error: past that, the count says how many more. */
const MAX_PROBLEMS_SHOWN = 100;
const WRITE_SLICE = 5_000;

/**
 * Imports the national directory files: every line is checked first; if one is bad nothing is written and the error
 * lists each problem with its file and line. Otherwise everything is upserted in one transaction.
 */
export async function importDirectory(db: Kysely<Database>, input: ImportDirectoryInput, context: { now: string; importId: string }): Promise<ImportDirectoryResult> {
  const progress = input.onProgress ?? (() => {});
  const files = readDirectoryFiles(input.structures, input.services, (done, total) => progress({ step: "read", done, total }));
  const problems = [...files.problems, ...(await servicesOfUnknownStructures(db, files.structures.map((s) => s.siret), files.services, input.services))];
  if (problems.length > 0) throw importInvalid(problems);

  const fresh = (await countStructures(db)) === 0;
  const total = files.structures.length + files.services.length;
  return runInTransaction(db, async ({ trx }) => {
    let done = 0;
    for (let i = 0; i < files.structures.length; i += WRITE_SLICE) {
      const slice = files.structures.slice(i, i + WRITE_SLICE);
      const previous = fresh ? new Map<string, string>() : await findNames(trx, slice.map((s) => s.siret));
      await upsertStructures(trx, slice, context.importId, context.now);
      await updateSearchWords(trx, slice.map((s) => ({ siret: s.siret, name: s.name, previousName: previous.get(s.siret) })));
      done += slice.length;
      progress({ step: "write", done, total });
    }
    for (let i = 0; i < files.services.length; i += WRITE_SLICE) {
      const slice = files.services.slice(i, i + WRITE_SLICE);
      await upsertServices(trx, slice, context.importId, context.now);
      done += slice.length;
      progress({ step: "write", done, total });
    }
    const deactivatedStructures = input.full ? await deactivateStructuresNotIn(trx, context.importId, context.now) : 0;
    const deactivatedServices = input.services ? await deactivateServicesNotIn(trx, context.importId, context.now) : 0;
    return { structures: files.structures.length, services: files.services.length, deactivatedStructures, deactivatedServices };
  });
}

/** A service must belong to a structure of the same import or one already in the directory. */
async function servicesOfUnknownStructures(
  db: Kysely<Database>,
  imported: string[],
  services: ServiceLine[],
  file: DirectoryFile | undefined,
): Promise<FileProblem[]> {
  if (!file || services.length === 0) return [];
  const known = new Set(imported);
  const others = [...new Set(services.map((s) => s.siret).filter((s) => !known.has(s)))];
  for (const siret of await findExistingSirets(db, others)) known.add(siret);
  return services
    .filter((s) => !known.has(s.siret))
    .map((s) => ({ file: file.name, line: s.line, column: "Identifiant", reason: `service rattaché à une structure inconnue (SIRET ${s.siret})` }));
}

function importInvalid(problems: FileProblem[]): AppError {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  return new AppError("DIRECTORY_IMPORT_INVALID", { details: { errors: shown, problemCount: problems.length } });
}
