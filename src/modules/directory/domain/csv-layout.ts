// The national directory's file layouts (annuaire des destinataires), column names exactly as the reference writes them.

/** Columns of the structures file, in the reference order. */
export const STRUCTURE_COLUMNS = [
  "TypeIdentifiant",
  "Identifiant",
  "RaisonSociale",
  "EmetteurEdi",
  "RecepteurEdi",
  "GestionStatutMiseEnPaiement",
  "GestionEngagement",
  "GestionService",
  "GestionServiceEngagement",
  "EstMOA",
  "EstMOAUniquement",
  "StructureActive",
  "Adresse",
  "ComplementAdresse1",
  "ComplementAdresse2",
  "CodePostal",
  "Ville",
  "NumTelephone",
  "Courriel",
  "CodePays",
  "LibellePays",
] as const;

/** Columns of the services file, in the reference order. */
export const SERVICE_COLUMNS = [
  "idService",
  "Identifiant",
  "RaisonSociale",
  "Code",
  "Nom",
  "GestionEGMT",
  "ServiceActif",
  "Adresse",
  "ComplementAdresse1",
  "ComplementAdresse2",
  "CodePostal",
  "Ville",
  "NumTelephone",
  "Courriel",
  "CodePays",
  "LibellePays",
] as const;

export type StructureColumn = (typeof STRUCTURE_COLUMNS)[number];
export type ServiceColumn = (typeof SERVICE_COLUMNS)[number];

/** How the reference writes a boolean; reading also accepts 1/0, oui/non, O/N (any case). */
export function formatCsvBoolean(value: boolean): string {
  return value ? "true" : "false";
}

const TRUE_WORDS = new Set(["true", "1", "oui", "o"]);
const FALSE_WORDS = new Set(["false", "0", "non", "n"]);

/** Reads a boolean cell; undefined when the value is none of the accepted spellings. */
export function parseCsvBoolean(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return undefined;
}
