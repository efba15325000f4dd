import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { formatCsvLine } from "../../src/modules/directory/domain/csv.js";
import { SERVICE_COLUMNS, STRUCTURE_COLUMNS } from "../../src/modules/directory/domain/csv-layout.js";

type StructureCells = Partial<Record<(typeof STRUCTURE_COLUMNS)[number], string>>;
type ServiceCells = Partial<Record<(typeof SERVICE_COLUMNS)[number], string>>;

const STRUCTURE_DEFAULTS: StructureCells = {
  TypeIdentifiant: "SIRET",
  EmetteurEdi: "false",
  RecepteurEdi: "false",
  GestionStatutMiseEnPaiement: "false",
  GestionEngagement: "false",
  GestionService: "false",
  GestionServiceEngagement: "false",
  EstMOA: "false",
  EstMOAUniquement: "false",
  StructureActive: "true",
  CodePays: "FR",
  LibellePays: "France",
};

const SERVICE_DEFAULTS: ServiceCells = { GestionEGMT: "false", ServiceActif: "true" };

/** A structures file in the national layout: header, then one line per row (defaults fill the flags). */
export function structuresCsv(rows: StructureCells[], eol = "\n"): string {
  const lines = rows.map((r) => formatCsvLine(STRUCTURE_COLUMNS.map((c) => ({ ...STRUCTURE_DEFAULTS, ...r })[c] ?? "")));
  return [formatCsvLine(STRUCTURE_COLUMNS), ...lines].join(eol) + eol;
}

/** A services file in the national layout. */
export function servicesCsv(rows: ServiceCells[], eol = "\n"): string {
  const lines = rows.map((r) => formatCsvLine(SERVICE_COLUMNS.map((c) => ({ ...SERVICE_DEFAULTS, ...r })[c] ?? "")));
  return [formatCsvLine(SERVICE_COLUMNS), ...lines].join(eol) + eol;
}

/** Writes the files into a new temp dir and reads them back as the import takes them ({ name, text }). */
export function tempFiles(files: Record<string, string>): { dir: string; file(name: string): { name: string; text: string }; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-directory-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return {
    dir,
    file: (name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") }),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

// Valid SIRETs (Luhn) for the fixtures.
export const SIRET_A = "22060001900016";
export const SIRET_B = "22060001900271";
export const SIRET_C = "13000133200019";
export const SIRET_LA_POSTE = "35600000000048";

/** The i-th valid SIRET of a made-up SIREN range (Luhn key computed). */
export function siretNumber(i: number): string {
  const body = `21000${String(i).padStart(8, "0")}`;
  for (let key = 0; key < 10; key++) {
    const candidate = `${body}${key}`;
    let sum = 0;
    for (let j = 0; j < 14; j++) {
      let d = Number(candidate[13 - j]);
      if (j % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}
