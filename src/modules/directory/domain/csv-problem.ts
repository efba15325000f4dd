import { siretProblem } from "../../../shared/siret.js";
import type { CsvRecord } from "./csv.js";

/** Why one line of an import file is refused: the line, the column concerned if any, and a French reason. */
export interface LineProblem {
  line: number;
  column?: string;
  reason: string;
}

/** Where each expected column sits in a file, read from its header row. */
export type ColumnIndex<C extends string> = Record<C, number>;

/** Maps the header row to column positions; lists the missing columns as a problem on line 1. */
export function readHeader<C extends string>(header: CsvRecord | undefined, expected: readonly C[]): ColumnIndex<C> | LineProblem {
  if (!header) return { line: 1, reason: "fichier vide : la ligne d'en-tête manque" };
  const names = header.fields.map((f) => f.trim());
  const missing = expected.filter((c) => !names.includes(c));
  if (missing.length > 0) return { line: header.line, reason: `colonne(s) absente(s) de l'en-tête : ${missing.join(", ")}` };
  return Object.fromEntries(expected.map((c) => [c, names.indexOf(c)])) as ColumnIndex<C>;
}

/** True when readHeader failed. */
export function isProblem(value: unknown): value is LineProblem {
  return typeof value === "object" && value !== null && "reason" in value && "line" in value;
}

/** The precise reason a value is not a SIRET, in French, or undefined when it is one. */
export function describeSiretProblem(value: string): string | undefined {
  const problem = siretProblem(value);
  if (problem === undefined) return undefined;
  if (value === "") return "SIRET manquant";
  if (problem === "SIRET_INVALID_CHARACTERS") {
    const bad = [...value].findIndex((c) => c < "0" || c > "9");
    const char = [...value][bad] ?? "";
    const shown = /\s/.test(char) ? "une espace" : `« ${char} »`;
    return `SIRET « ${value} » invalide : un SIRET ne contient que des chiffres (${shown} en position ${bad + 1})`;
  }
  if (problem === "SIRET_INVALID_LENGTH") {
    const hint = value.length === 13 ? " (un zéro de tête a-t-il été perdu ?)" : "";
    return `SIRET « ${value} » invalide : ${value.length} chiffres au lieu de 14${hint}`;
  }
  return `SIRET « ${value} » invalide : la clé de contrôle ne correspond pas (un chiffre est mal saisi)`;
}
