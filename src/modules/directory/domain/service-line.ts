import type { CsvRecord } from "./csv.js";
import type { ServiceColumn } from "./csv-layout.js";
import { type ColumnIndex, describeSiretProblem, type LineProblem } from "./csv-problem.js";
import type { PostalAddress } from "./structure.js";
import { checkContactCells, readBoolean } from "./structure-line.js";

/** A service as the services file describes it, attached to its structure's SIRET. */
export interface ServiceRecord {
  siret: string;
  externalId: string | null;
  code: string;
  name: string;
  engagementRequired: boolean;
  active: boolean;
  address: PostalAddress;
  phone: string | null;
  email: string | null;
}

/** A service read from a line of the file. */
export interface ServiceLine extends ServiceRecord {
  /** Where the service is in its file, to point at it when its structure turns out unknown. */
  line: number;
}

const MAX_CODE_LENGTH = 100;

/** Reads one line of the services file, or says everything wrong with it. */
export function readServiceLine(record: CsvRecord, columns: ColumnIndex<ServiceColumn>, width: number): ServiceLine | LineProblem[] {
  const { line } = record;
  if (record.fields.length !== width) return [{ line, reason: `${record.fields.length} colonnes au lieu de ${width}` }];
  const cell = (c: ServiceColumn) => (record.fields[columns[c]] ?? "").trim();
  const optional = (c: ServiceColumn) => cell(c) || null;
  const problems: LineProblem[] = [];

  const siret = cell("Identifiant");
  const siretReason = describeSiretProblem(siret);
  if (siretReason) problems.push({ line, column: "Identifiant", reason: siretReason });
  const code = cell("Code");
  if (!code) problems.push({ line, column: "Code", reason: "code service manquant" });
  else if (code.length > MAX_CODE_LENGTH) problems.push({ line, column: "Code", reason: `code service trop long (${MAX_CODE_LENGTH} caractères au plus)` });
  const name = cell("Nom");
  if (!name) problems.push({ line, column: "Nom", reason: "nom du service manquant" });
  const engagementRequired = readBoolean(cell("GestionEGMT"), line, "GestionEGMT", problems);
  const active = readBoolean(cell("ServiceActif"), line, "ServiceActif", problems);
  checkContactCells({ CodePostal: cell("CodePostal"), NumTelephone: cell("NumTelephone"), CodePays: cell("CodePays") }, line, problems);
  const externalId = optional("idService");
  if (externalId && externalId.length > 40) problems.push({ line, column: "idService", reason: "idService trop long (40 caractères au plus)" });
  if (problems.length > 0) return problems;

  return {
    line,
    siret,
    externalId,
    code,
    name,
    engagementRequired: engagementRequired ?? false,
    active: active ?? true,
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
  };
}
