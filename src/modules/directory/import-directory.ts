import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { runInTransaction } from "../../db/transaction.js";
import { AppError } from "../../shared/errors.js";
import { countStructures } from "./directory.repository.js";
import { findExistingSirets } from "./directory-import.repository.js";
import { type DirectoryFile, type FileProblem, readDirectoryFiles } from "./domain/read-directory-files.js";
import type { ServiceLine } from "./domain/service-line.js";
import { writeDirectory } from "./write-directory.js";

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

/**
 * Imports the national directory files (a CLI and startup use case: no caller to check). Every line is checked
 * first; if one is bad nothing is written and the error lists each problem with its file and line. Otherwise
 * everything is written in one transaction.
 */
export async function importDirectory(db: Kysely<Database>, input: ImportDirectoryInput, context: { now: string }): Promise<ImportDirectoryResult> {
  const progress = input.onProgress ?? (() => {});
  const files = readDirectoryFiles(input.structures, input.services, (done, total) => progress({ step: "read", done, total }));
  const problems = [...files.problems, ...(await servicesOfUnknownStructures(db, files.structures.map((s) => s.siret), files.services, input.services))];
  if (problems.length > 0) throw importInvalid(problems);

  const fresh = (await countStructures(db)) === 0;
  return runInTransaction(db, ({ trx }) =>
    writeDirectory(trx, files, {
      now: context.now,
      fresh,
      deactivateStructures: input.full,
      deactivateServices: input.services !== undefined,
      onProgress: (done, total) => progress({ step: "write", done, total }),
    }),
  );
}

/** A service must belong to a structure of the same import or one already in the directory. */
async function servicesOfUnknownStructures(db: Kysely<Database>, imported: string[], services: ServiceLine[], file: DirectoryFile | undefined): Promise<FileProblem[]> {
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
