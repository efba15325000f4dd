import fs from "node:fs/promises";
import { parseArgs } from "node:util";
import { EInvoiceError, readInvoice, writeCii, writeFacturx, writeUbl } from "../einvoice/index.js";
import type { CliCommand } from "./command.js";
import { readInput } from "./read-input.js";

const USAGE = `guichet convert FICHIER --to cii|ubl|facturx [-o SORTIE]

Convertit une facture (CII, UBL ou Factur-X PDF ; « - » pour l'entrée standard) vers CII, UBL ou Factur-X
(PDF/A-3B, profil EN 16931). Sans -o, le résultat est écrit sur la sortie standard.`;

const TARGETS = ["cii", "ubl", "facturx"] as const;

export const convertCommand: CliCommand = {
  name: "convert",
  usage: "convert FICHIER --to cii|ubl|facturx -o SORTIE",
  summary: "convertit une facture entre CII, UBL et Factur-X",
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { to: { type: "string" }, output: { type: "string", short: "o" }, help: { type: "boolean", short: "h" } },
    });
    const file = positionals[0];
    const to = values.to as (typeof TARGETS)[number] | undefined;
    if (values.help || !file || !to || !TARGETS.includes(to)) {
      console.log(USAGE);
      return values.help ? 0 : 2;
    }
    try {
      const { model } = await readInvoice(await readInput(file));
      const bytes = to === "facturx" ? await writeFacturx(model) : new TextEncoder().encode(to === "cii" ? writeCii(model) : writeUbl(model));
      if (values.output) await fs.writeFile(values.output, bytes);
      else process.stdout.write(bytes);
      return 0;
    } catch (error) {
      if (!(error instanceof EInvoiceError)) throw error;
      process.stderr.write(`${error.code} : ${error.message}\n`);
      return 1;
    }
  },
};
