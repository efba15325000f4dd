import { describe, expect, it } from "vitest";
import { describeSiretProblem } from "./csv-problem.js";
import { readDirectoryFiles } from "./read-directory-files.js";

const HEADER = "TypeIdentifiant;Identifiant;RaisonSociale;EmetteurEdi;RecepteurEdi;GestionStatutMiseEnPaiement;GestionEngagement;GestionService;GestionServiceEngagement;EstMOA;EstMOAUniquement;StructureActive;Adresse;ComplementAdresse1;ComplementAdresse2;CodePostal;Ville;NumTelephone;Courriel;CodePays;LibellePays";

describe("describeSiretProblem", () => {
  it("says precisely what is wrong", () => {
    expect(describeSiretProblem("22060001900016")).toBeUndefined();
    expect(describeSiretProblem("")).toBe("SIRET manquant");
    expect(describeSiretProblem("2206000190001")).toContain("13 chiffres au lieu de 14 (un zéro de tête a-t-il été perdu ?)");
    expect(describeSiretProblem("220600019000161")).toContain("15 chiffres au lieu de 14");
    expect(describeSiretProblem("22060 01900016")).toContain("une espace en position 6");
    expect(describeSiretProblem("22060001900017")).toContain("clé de contrôle");
  });
});

describe("readDirectoryFiles", () => {
  it("accepts columns in any order and maps the flags", () => {
    const columns = HEADER.split(";").reverse();
    const values: Record<string, string> = { TypeIdentifiant: "siret", Identifiant: "22060001900016", RaisonSociale: " Budget ", GestionService: "oui", StructureActive: "O" };
    const line = columns.map((c) => values[c] ?? (c.startsWith("Gestion") || c.startsWith("Est") || c.endsWith("Edi") ? "non" : "")).join(";");
    const read = readDirectoryFiles({ name: "s.csv", text: `${columns.join(";")}\n${line}\n` });
    expect(read.problems).toEqual([]);
    expect(read.structures[0]).toMatchObject({ siret: "22060001900016", siren: "220600019", name: "Budget", kind: "PUBLIQUE", active: true });
    expect(read.structures[0]?.flags).toMatchObject({ serviceCodeRequired: true, engagementRequired: false });
  });

  it("refuses identifier types other than SIRET", () => {
    const line = `UE_HORS_FRANCE;BE0123456789;Société belge${";false".repeat(8)};true;;;;;;;;;`;
    const read = readDirectoryFiles({ name: "s.csv", text: `${HEADER}\n${line}\n` });
    expect(read.problems.map((p) => p.column)).toEqual(["TypeIdentifiant", "Identifiant"]);
  });

  it("calls back with progress up to the total", () => {
    const seen: number[] = [];
    readDirectoryFiles({ name: "s.csv", text: `${HEADER}\n` }, undefined, (done, total) => seen.push(done, total));
    expect(seen).toEqual([1, 1]);
  });

  it("reports an empty services file", () => {
    const read = readDirectoryFiles({ name: "s.csv", text: `${HEADER}\n` }, { name: "v.csv", text: "" });
    expect(read.problems).toEqual([{ file: "v.csv", line: 1, reason: "fichier vide : la ligne d'en-tête manque" }]);
  });
});
