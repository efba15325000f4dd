import { parseArgs } from "node:util";
import { EInvoiceError, readInvoice } from "../einvoice/index.js";
import type { CliCommand } from "./command.js";
import { readInput } from "./read-input.js";

const USAGE = `guichet inspect FICHIER [--paths]

Lit une facture (CII, UBL ou Factur-X PDF ; « - » pour l'entrée standard) et affiche en JSON sa syntaxe, son profil
et ses termes métier EN 16931. Avec --paths, chaque valeur garde le chemin de l'élément d'où elle a été lue.`;

function withoutPaths(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPaths);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== "path").map(([k, v]) => [k, withoutPaths(v)]));
}

export const inspectCommand: CliCommand = {
  name: "inspect",
  usage: "inspect FICHIER [--paths]",
  summary: "affiche une facture en JSON (syntaxe, profil, termes métier)",
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { paths: { type: "boolean" }, help: { type: "boolean", short: "h" } } });
    const file = positionals[0];
    if (values.help || !file) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    try {
      const read = await readInvoice(await readInput(file));
      const out = {
        syntax: read.syntax,
        kind: read.kind,
        profile: read.profile,
        guideline: read.guideline,
        source: read.source,
        ...(read.pdf ? { pdf: { invoiceFile: read.pdf.invoiceFile, otherAttachments: read.pdf.otherAttachments, xmp: read.pdf.xmp } } : {}),
        warnings: read.warnings,
        invoice: values.paths ? read.model : withoutPaths(read.model),
      };
      process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof EInvoiceError)) throw error;
      process.stderr.write(`${error.code} : ${error.message}\n`);
      return 1;
    }
  },
};
