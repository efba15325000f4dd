import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import { exportDirectory, importDirectory } from "../modules/directory/index.js";
import { AppError } from "../shared/errors.js";
import type { CliCommand } from "./command.js";
import { progressReporter } from "./directory-progress.js";
import { fileSink } from "./directory-sink.js";

const USAGE = `Usage :
  guichet directory import STRUCTURES.csv [SERVICES.csv] [--partial]
      importe l'annuaire au format national (séparateur « ; », en-tête). Tout ou rien : une seule ligne invalide
      et rien n'est écrit. Sans --partial, les structures publiques absentes du fichier deviennent inactives.
  guichet directory export DOSSIER
  guichet directory export --structures FICHIER --services FICHIER
      écrit l'annuaire public dans le même format (structures.csv et services.csv dans DOSSIER).`;

export const directoryCommand: CliCommand = {
  name: "directory",
  usage: "directory import|export ...",
  summary: "importe ou exporte l'annuaire (format national CSV)",
  async run(args) {
    const [action, ...rest] = args;
    if (action === "import") return runImport(rest);
    if (action === "export") return runExport(rest);
    console.log(USAGE);
    return action === "--help" || action === "-h" ? 0 : 2;
  },
};

async function withDatabase(work: (handle: ReturnType<typeof openDatabase>) => Promise<number>): Promise<number> {
  const handle = openDatabase(loadConfig().database);
  try {
    await migrateToLatest(handle.db);
    return await work(handle);
  } finally {
    await handle.destroy();
  }
}

async function runImport(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith("--"));
  const [structuresPath, servicesPath] = files;
  if (!structuresPath || files.length > 2) {
    console.error(USAGE);
    return 2;
  }
  const missing = files.find((f) => !fs.existsSync(f));
  if (missing) {
    console.error(`Fichier introuvable : ${missing}`);
    return 2;
  }
  const read = (file: string) => ({ name: path.basename(file), text: fs.readFileSync(file, "utf8") });
  const started = performance.now();
  return withDatabase(async ({ db }) => {
    try {
      const result = await importDirectory(
        db,
        { structures: read(structuresPath), ...(servicesPath ? { services: read(servicesPath) } : {}), full: !args.includes("--partial"), onProgress: progressReporter() },
        { now: new Date().toISOString() },
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `Annuaire importé en ${seconds} s : ${result.structures} structures, ${result.services} services ; ` +
          `désactivés : ${result.deactivatedStructures} structures, ${result.deactivatedServices} services.`,
      );
      return 0;
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== "DIRECTORY_IMPORT_INVALID") throw error;
      printProblems(error);
      return 1;
    }
  });
}

function printProblems(error: AppError): void {
  const errors = (error.details?.errors ?? []) as { file: string; line: number; column?: string; reason: string }[];
  const total = Number(error.details?.problemCount ?? errors.length);
  console.error(error.message);
  for (const e of errors) console.error(`  ${e.file}:${e.line}${e.column ? ` (${e.column})` : ""} : ${e.reason}`);
  if (total > errors.length) console.error(`  … et ${total - errors.length} autre(s) problème(s).`);
}

async function runExport(args: string[]): Promise<number> {
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const dir = args[0] && !args[0].startsWith("--") ? args[0] : undefined;
  const structuresPath = option("--structures") ?? (dir ? path.join(dir, "structures.csv") : undefined);
  const servicesPath = option("--services") ?? (dir ? path.join(dir, "services.csv") : undefined);
  if (!structuresPath || !servicesPath) {
    console.error(USAGE);
    return 2;
  }
  if (dir) fs.mkdirSync(dir, { recursive: true });
  return withDatabase(async ({ db }) => {
    const structures = fileSink(structuresPath);
    const services = fileSink(servicesPath);
    const result = await exportDirectory(db, { structures: structures.write, services: services.write });
    await Promise.all([structures.close(), services.close()]);
    console.log(`Annuaire exporté : ${result.structures} structures dans ${structuresPath}, ${result.services} services dans ${servicesPath}.`);
    return 0;
  });
}
