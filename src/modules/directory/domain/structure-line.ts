import { sirenOf } from "../../../shared/siret.js";
import type { CsvRecord } from "./csv.js";
import { parseCsvBoolean, type StructureColumn } from "./csv-layout.js";
import { type ColumnIndex, describeSiretProblem, type LineProblem } from "./csv-problem.js";
import { DEFAULT_PAYMENT_DELAY_DAYS, type Structure, type StructureFlags } from "./structure.js";

/** Only SIRET-identified structures are routed to by this portal. */
const SUPPORTED_IDENTIFIER_TYPE = "SIRET";

const FLAG_COLUMNS: Record<keyof StructureFlags, StructureColumn> = {
  ediSender: "EmetteurEdi",
  ediReceiver: "RecepteurEdi",
  paymentStatusReported: "GestionStatutMiseEnPaiement",
  engagementRequired: "GestionEngagement",
  serviceCodeRequired: "GestionService",
  serviceOrEngagementRequired: "GestionServiceEngagement",
  isMoa: "EstMOA",
  isMoaOnly: "EstMOAUniquement",
};

/** Reads one line of the structures file into a public structure, or says everything wrong with it. */
export function readStructureLine(record: CsvRecord, columns: ColumnIndex<StructureColumn>, width: number): Structure | LineProblem[] {
  const { line } = record;
  if (record.fields.length !== width) return [{ line, reason: `${record.fields.length} colonnes au lieu de ${width}` }];
  const cell = (c: StructureColumn) => (record.fields[columns[c]] ?? "").trim();
  const optional = (c: StructureColumn) => cell(c) || null;
  const problems: LineProblem[] = [];

  const type = cell("TypeIdentifiant").toUpperCase();
  if (type !== SUPPORTED_IDENTIFIER_TYPE) {
    problems.push({ line, column: "TypeIdentifiant", reason: `type d'identifiant « ${cell("TypeIdentifiant")} » non pris en charge (attendu : SIRET)` });
  }
  const siret = cell("Identifiant");
  const siretReason = describeSiretProblem(siret);
  if (siretReason) problems.push({ line, column: "Identifiant", reason: siretReason });
  const name = cell("RaisonSociale");
  if (!name) problems.push({ line, column: "RaisonSociale", reason: "raison sociale manquante" });

  const flags = {} as StructureFlags;
  for (const [flag, column] of Object.entries(FLAG_COLUMNS) as [keyof StructureFlags, StructureColumn][]) {
    const value = readBoolean(cell(column), line, column, problems);
    flags[flag] = value ?? false;
  }
  const active = readBoolean(cell("StructureActive"), line, "StructureActive", problems);
  checkContactCells({ CodePostal: cell("CodePostal"), NumTelephone: cell("NumTelephone"), CodePays: cell("CodePays") }, line, problems);
  if (problems.length > 0) return problems;

  return {
    siret,
    siren: sirenOf(siret),
    identifierType: SUPPORTED_IDENTIFIER_TYPE,
    name,
    kind: "PUBLIQUE",
    active: active ?? true,
    flags,
    address: {
      line1: optional("Adresse"),
      line2: optional("ComplementAdresse1"),
      line3: optional("ComplementAdresse2"),
      postalCode: optional("CodePostal"),
      city: optional("Ville"),
      countryCode: optional("CodePays"),
      countryLabel: optional("LibellePays"),
    },
    phone: optional("NumTelephone"),
    email: optional("Courriel"),
    paymentDelayDays: DEFAULT_PAYMENT_DELAY_DAYS,
  };
}

/** Reads a boolean cell, recording a problem when the value is unknown. */
export function readBoolean(value: string, line: number, column: string, problems: LineProblem[]): boolean | undefined {
  const parsed = parseCsvBoolean(value);
  if (parsed === undefined) {
    const shown = value === "" ? "valeur vide" : `valeur « ${value} » inconnue`;
    problems.push({ line, column, reason: `${shown} pour un booléen (attendu : true/false, 1/0, oui/non, O/N)` });
  }
  return parsed;
}

/** The contact cells that have a bounded size in storage. */
export interface ContactCells {
  CodePostal: string;
  NumTelephone: string;
  CodePays: string;
}

/** Refuses contact cells that would not fit their columns (checked here so that no write fails half-way). */
export function checkContactCells(cells: ContactCells, line: number, problems: LineProblem[]): void {
  const country = cells.CodePays;
  if (country && !/^[A-Za-z]{2}$/.test(country)) problems.push({ line, column: "CodePays", reason: `code pays « ${country} » invalide (deux lettres ISO 3166, par exemple FR)` });
  if (cells.CodePostal.length > 16) problems.push({ line, column: "CodePostal", reason: "code postal trop long (16 caractères au plus)" });
  if (cells.NumTelephone.length > 40) problems.push({ line, column: "NumTelephone", reason: "numéro de téléphone trop long (40 caractères au plus)" });
}
