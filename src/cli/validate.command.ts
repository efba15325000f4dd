import { parseArgs } from "node:util";
import { EInvoiceError } from "../einvoice/errors.js";
import { validateFile } from "../einvoice/validate-file.js";
import type { CliCommand } from "./command.js";
import { readInput } from "./read-input.js";

const USAGE = `guichet validate FICHIER… [--json] [--lang fr|en] [--acheteur-public]

Vérifie des factures CII ou UBL (XML) ou Factur-X (PDF) selon EN 16931, le profil Factur-X et, avec
--acheteur-public, les règles françaises du B2G. « - » lit l'entrée standard.
Code de sortie : 0 toutes valides, 1 au moins une non conforme, 2 un fichier illisible.`;

export const validateCommand: CliCommand = {
  name: "validate",
  usage: "validate FICHIER… [--json]",
  summary: "vérifie des factures (CII, UBL, Factur-X) et dit ce qui ne va pas",
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: "boolean" }, lang: { type: "string" }, "acheteur-public": { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
    if (values.help || positionals.length === 0) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    const locale = values.lang === "en" ? "en" : "fr";
    let exit = 0;
    for (const file of positionals) {
      try {
        const report = await validateFile(await readInput(file), { locale, frenchPublicBuyer: values["acheteur-public"] ?? false });
        if (!report.valid) exit = Math.max(exit, 1);
        if (values.json) {
          const findings = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, bt: f.terms.join(","), path: f.path, message: f.message }));
          process.stdout.write(`${JSON.stringify({ file, syntax: report.syntax, profile: report.profile, valid: report.valid, findings })}\n`);
        } else {
          const fatal = report.findings.filter((f) => f.severity === "fatal").length;
          const verdict = report.valid ? "conforme" : `NON CONFORME (${fatal} erreur${fatal > 1 ? "s" : ""})`;
          process.stdout.write(`${file} : ${verdict} — ${report.syntax}, profil ${report.profile}\n`);
          for (const f of report.findings) process.stdout.write(`  ${f.severity === "fatal" ? "✖" : "⚠"} ${f.rule} ${f.message}\n      à ${f.path}\n`);
        }
      } catch (error) {
        exit = 2;
        const code = error instanceof EInvoiceError ? error.code : "READ_FAILED";
        const message = error instanceof Error ? error.message : String(error);
        if (values.json) process.stdout.write(`${JSON.stringify({ file, error: { code, message } })}\n`);
        else process.stderr.write(`${file} : illisible — ${code} : ${message}\n`);
      }
    }
    return exit;
  },
};
