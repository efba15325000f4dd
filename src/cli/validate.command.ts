import { parseArgs } from "node:util";
import type { ValidateOptions } from "../einvoice/validate.js";
import type { CliCommand } from "./command.js";
import { readInput } from "./read-input.js";
import { createValidatePool } from "./validate-pool.js";
import { type FileVerdict, unreadable, verdictOf } from "./validate-verdict.js";

const USAGE = `guichet validate FICHIER… [--json] [--lang fr|en] [--acheteur-public] [--jobs N]

Vérifie des factures CII ou UBL (XML) ou Factur-X (PDF) selon EN 16931, le profil Factur-X et, avec
--acheteur-public, les règles françaises du B2G. « - » lit l'entrée standard.
--jobs N : N fils de vérification (par défaut 1) ; les résultats sortent dans l'ordre des fichiers.
Code de sortie : 0 toutes valides, 1 au moins une non conforme, 2 un fichier illisible.`;

/**
 * The number of threads: --jobs (undefined when it is not a positive integer), else one. Worker threads are not the
 * default: on the 2-core machine of bench/README.md a second thread made 5,750 files slower (5.1 s against 4.0 s),
 * the main thread's reading, printing and messages taking what the worker saved.
 */
function jobsFor(asked: string | undefined): number | undefined {
  if (asked === undefined) return 1;
  const n = Number(asked);
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

/** One file's verdict as the command prints it (a JSON line, or French text), and its exit code. */
function print(file: string, verdict: FileVerdict, json: boolean): number {
  if ("error" in verdict) {
    if (json) process.stdout.write(`${JSON.stringify({ file, error: verdict.error })}\n`);
    else process.stderr.write(`${file} : illisible — ${verdict.error.code} : ${verdict.error.message}\n`);
    return 2;
  }
  if (json) {
    const findings = verdict.findings.map((f) => ({ rule: f.rule, severity: f.severity, bt: f.terms.join(","), path: f.path, message: f.message }));
    process.stdout.write(`${JSON.stringify({ file, syntax: verdict.syntax, profile: verdict.profile, valid: verdict.valid, findings })}\n`);
  } else {
    const fatal = verdict.findings.filter((f) => f.severity === "fatal").length;
    const label = verdict.valid ? "conforme" : `NON CONFORME (${fatal} erreur${fatal > 1 ? "s" : ""})`;
    process.stdout.write(`${file} : ${label} — ${verdict.syntax}, profil ${verdict.profile}\n`);
    for (const f of verdict.findings) process.stdout.write(`  ${f.severity === "fatal" ? "✖" : "⚠"} ${f.rule} ${f.message}\n      à ${f.path}\n`);
  }
  return verdict.valid ? 0 : 1;
}

/** Reads then validates one file with `check` (this thread or a worker); a file that cannot be read says why. */
async function verdictFor(file: string, check: (bytes: Uint8Array) => Promise<FileVerdict>): Promise<FileVerdict> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (error) {
    return { error: unreadable(error) };
  }
  return check(bytes);
}

export const validateCommand: CliCommand = {
  name: "validate",
  usage: "validate FICHIER… [--json]",
  summary: "vérifie des factures (CII, UBL, Factur-X) et dit ce qui ne va pas",
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        lang: { type: "string" },
        "acheteur-public": { type: "boolean" },
        jobs: { type: "string", short: "j" },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help || positionals.length === 0) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    const options: ValidateOptions = { locale: values.lang === "en" ? "en" : "fr", frenchPublicBuyer: values["acheteur-public"] ?? false };
    const jobs = jobsFor(values.jobs);
    if (jobs === undefined) {
      process.stderr.write(`--jobs attend un entier positif, pas « ${values.jobs} »\n`);
      return 2;
    }
    const json = values.json ?? false;
    if (jobs === 1) {
      let exit = 0;
      for (const file of positionals) exit = Math.max(exit, print(file, await verdictFor(file, (b) => verdictOf(b, options)), json));
      return exit;
    }
    // This thread and jobs - 1 workers: a file goes to a worker that is up and has room, else it is validated here
    // (so a short list never waits for workers to load). A few files at a time (bounded memory), printed in order.
    const pool = createValidatePool(jobs - 1);
    try {
      const window = jobs * 4;
      const inFlight: Promise<FileVerdict>[] = [];
      let exit = 0;
      let next = 0;
      for (const file of positionals) {
        inFlight.push(verdictFor(file, (b) => (pool.hasRoom() ? pool.validate(b, options) : verdictOf(b, options))));
        // Let the workers' messages in (ready, verdicts): reading and validating here never wait on their own.
        await new Promise((resolve) => setImmediate(resolve));
        if (inFlight.length < window) continue;
        exit = Math.max(exit, print(positionals[next++] as string, await (inFlight.shift() as Promise<FileVerdict>), json));
      }
      for (const pending of inFlight) exit = Math.max(exit, print(positionals[next++] as string, await pending, json));
      return exit;
    } finally {
      await pool.close();
    }
  },
};
