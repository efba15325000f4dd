import type { Deps } from "../deps.js";
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from "../modules/invoices/index.js";
import type { CliCommand } from "./command.js";
import { depsCommand } from "./deps-command.js";

const USAGE = `guichet files — le stockage des fichiers (originaux, pièces jointes, fichiers produits)

  guichet files sweep [--grace-minutes N]   supprime les fichiers qu'aucune facture ne référence, plus vieux que
                                            N minutes (60 par défaut, jamais moins de 60)`;

/** Runs `guichet files …` against the given deps; resolves to the exit code. */
export async function runFiles(deps: Deps, args: string[], print: (line: string) => void = console.log): Promise<number> {
  const [action, ...rest] = args;
  if (action !== "sweep") {
    print(USAGE);
    return 2;
  }
  let graceMs = ORPHAN_GRACE_MS;
  if (rest.length > 0) {
    const minutes = rest[0] === "--grace-minutes" && rest.length === 2 ? Number(rest[1]) : Number.NaN;
    if (!Number.isInteger(minutes) || minutes * 60_000 < ORPHAN_GRACE_MS) {
      print(`--grace-minutes attend un nombre entier de minutes, au moins ${ORPHAN_GRACE_MS / 60_000} (un dépôt en cours ne doit jamais perdre ses fichiers).`);
      return 2;
    }
    graceMs = minutes * 60_000;
  }
  const report = await sweepOrphanFiles(deps, { graceMs });
  print(`${report.scanned} fichier(s) examiné(s), ${report.removed.length} fichier(s) orphelin(s) supprimé(s), ${report.young} orphelin(s) récent(s) gardé(s).`);
  return 0;
}

export const filesCommand: CliCommand = depsCommand({
  name: "files",
  usage: "files sweep [--grace-minutes N]",
  summary: "supprime les fichiers orphelins du stockage",
  help: USAGE,
  run: (deps, args) => runFiles(deps, args),
});
