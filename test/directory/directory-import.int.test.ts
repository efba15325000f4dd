import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import {
  exportDirectory,
  findService,
  findStructure,
  type ImportDirectoryInput,
  type ImportProgress,
  importDirectory,
  searchStructures,
} from "../../src/modules/directory/index.js";
import { AppError } from "../../src/shared/errors.js";
import { createTestDatabase, testDialects } from "../test-database.js";
import { SIRET_A, SIRET_B, SIRET_C, SIRET_LA_POSTE, servicesCsv, siretNumber, structuresCsv, tempFiles } from "./directory-csv-fixtures.js";

const NOW = "2026-03-02T09:00:00.000Z";
const context = () => ({ now: NOW });

describe.each(testDialects())("directory import on %s", (dialect) => {
  let handle: DatabaseHandle;
  const run = (input: ImportDirectoryInput) => importDirectory(handle.db, input, context());
  const file = (name: string, text: string) => ({ name, text });
  beforeEach(async () => {
    handle = await createTestDatabase(dialect);
  });
  afterEach(async () => handle.destroy());

  it("round-trips: export → import into a new database → export gives the same files", async () => {
    const files = tempFiles({
      "structures.csv": `\uFEFF${structuresCsv(
        [
          { Identifiant: SIRET_A, RaisonSociale: 'Département "06" ; budget', GestionService: "O", GestionStatutMiseEnPaiement: "oui", Adresse: "147 bd du Mercantour\nBâtiment A", CodePostal: "06200", Ville: "Nice" },
          { Identifiant: SIRET_B, RaisonSociale: "Laboratoire vétérinaire", GestionEngagement: "1", EstMOA: "TRUE", StructureActive: "non", NumTelephone: "04 97 18 60 00", Courriel: "labo@example.fr" },
          { Identifiant: SIRET_LA_POSTE, RaisonSociale: "La Poste — établissement", GestionServiceEngagement: "N", EmetteurEdi: "true", RecepteurEdi: "1" },
        ],
        "\r\n",
      )}`,
      "services.csv": servicesCsv([
        { idService: "101", Identifiant: SIRET_A, RaisonSociale: "x", Code: "DRIT", Nom: "Direction des Routes et Infrastructures routières", GestionEGMT: "true" },
        { Identifiant: SIRET_A, RaisonSociale: "x", Code: "DSH", Nom: "Direction des solidarités humaines", ServiceActif: "false", Ville: "Nice" },
      ]),
    });
    try {
      const result = await run({ structures: files.file("structures.csv"), services: files.file("services.csv"), full: true });
      expect(result).toEqual({ structures: 3, services: 2, deactivatedStructures: 0, deactivatedServices: 0 });
      const first = await exportText(handle);

      const other = await createTestDatabase(dialect);
      try {
        await importDirectory(other.db, { structures: file("s.csv", first.structures), services: file("v.csv", first.services), full: true }, context());
        expect(await exportText(other)).toEqual(first);
      } finally {
        await other.destroy();
      }

      const a = await findStructure(handle.db, SIRET_A);
      expect(a).toMatchObject({ name: 'Département "06" ; budget', kind: "PUBLIQUE", active: true, paymentDelayDays: 30, serviceCount: 1 });
      expect(a?.flags).toMatchObject({ serviceCodeRequired: true, paymentStatusReported: true, engagementRequired: false });
      expect(a?.address.line1).toBe("147 bd du Mercantour\nBâtiment A");
      const b = await findStructure(handle.db, SIRET_B);
      expect(b).toMatchObject({ active: false, phone: "04 97 18 60 00", flags: expect.objectContaining({ engagementRequired: true, isMoa: true }) });
      expect(await findService(handle.db, SIRET_A, "DRIT")).toMatchObject({ engagementRequired: true, active: true });
      expect(await findService(handle.db, SIRET_A, "DSH")).toMatchObject({ active: false });
    } finally {
      files.remove();
    }
  });

  it("writes nothing when one line is bad, and says which file, line and why", async () => {
    const rows = [
      { Identifiant: SIRET_A, RaisonSociale: "Bonne" },
      { Identifiant: SIRET_B, RaisonSociale: "Bonne aussi" },
      { Identifiant: "22060001900017", RaisonSociale: "Clé fausse" },
    ];
    const services = servicesCsv([
      { Identifiant: SIRET_A, Code: "A", Nom: "Service A" },
      { Identifiant: SIRET_C, Code: "B", Nom: "Service d'une structure inconnue" },
      { Identifiant: SIRET_A, Code: "C", Nom: "Booléen inconnu", ServiceActif: "peut-être" },
    ]);
    const error = await run({ structures: file("structures.csv", structuresCsv(rows)), services: file("services.csv", services), full: true }).catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("DIRECTORY_IMPORT_INVALID");
    expect(error.details.errors).toEqual([
      { file: "structures.csv", line: 4, column: "Identifiant", reason: expect.stringContaining("clé de contrôle") },
      { file: "services.csv", line: 4, column: "ServiceActif", reason: expect.stringContaining("« peut-être » inconnue") },
      { file: "services.csv", line: 3, column: "Identifiant", reason: `service rattaché à une structure inconnue (SIRET ${SIRET_C})` },
    ]);
    expect(await findStructure(handle.db, SIRET_A)).toBeUndefined();
    expect(await findStructure(handle.db, SIRET_B)).toBeUndefined();
  });

  it.each([
    ["2206000190001", "13 chiffres au lieu de 14"],
    ["2206000190001X", "« X » en position 14"],
    ["", "SIRET manquant"],
  ])("explains why « %s » is not a SIRET", async (siret, reason) => {
    const error = await run({ structures: file("s.csv", structuresCsv([{ Identifiant: siret, RaisonSociale: "X" }])), full: false }).catch((e) => e);
    expect(error.details.errors[0]).toMatchObject({ line: 2, column: "Identifiant", reason: expect.stringContaining(reason) });
  });

  it("refuses a missing name, a duplicate SIRET, a wrong column count and a missing header column", async () => {
    const text = `${structuresCsv([{ Identifiant: SIRET_A, RaisonSociale: " " }, { Identifiant: SIRET_B, RaisonSociale: "B" }, { Identifiant: SIRET_B, RaisonSociale: "B bis" }])}SIRET;${SIRET_C}\n`;
    const error = await run({ structures: file("s.csv", text), full: false }).catch((e) => e);
    expect(error.details.errors).toEqual([
      { file: "s.csv", line: 2, column: "RaisonSociale", reason: "raison sociale manquante" },
      { file: "s.csv", line: 4, column: "Identifiant", reason: `SIRET ${SIRET_B} déjà présent ligne 3` },
      { file: "s.csv", line: 5, reason: "2 colonnes au lieu de 21" },
    ]);
    const noHeader = await run({ structures: file("h.csv", "TypeIdentifiant;Identifiant\nSIRET;1\n"), full: false }).catch((e) => e);
    expect(noHeader.details.errors[0]).toMatchObject({ file: "h.csv", line: 1, reason: expect.stringContaining("RaisonSociale") });
  });

  it("re-import updates in place, deactivates what a full import omits, and never deletes", async () => {
    await run({
      structures: file("s.csv", structuresCsv([{ Identifiant: SIRET_A, RaisonSociale: "Ancien nom" }, { Identifiant: SIRET_B, RaisonSociale: "Partira" }])),
      services: file("v.csv", servicesCsv([{ Identifiant: SIRET_A, Code: "KEEP", Nom: "Garde" }, { Identifiant: SIRET_A, Code: "DROP", Nom: "Part" }])),
      full: true,
    });
    const second = await run({
      structures: file("s.csv", structuresCsv([{ Identifiant: SIRET_A, RaisonSociale: "Nouveau nom", GestionService: "true" }])),
      services: file("v.csv", servicesCsv([{ Identifiant: SIRET_A, Code: "KEEP", Nom: "Garde, renommé" }])),
      full: true,
    });
    expect(second).toMatchObject({ structures: 1, services: 1, deactivatedStructures: 1, deactivatedServices: 1 });
    expect(await findStructure(handle.db, SIRET_A)).toMatchObject({ name: "Nouveau nom", active: true, serviceCount: 1, flags: expect.objectContaining({ serviceCodeRequired: true }) });
    expect(await findStructure(handle.db, SIRET_B)).toMatchObject({ name: "Partira", active: false });
    expect(await findService(handle.db, SIRET_A, "KEEP")).toMatchObject({ name: "Garde, renommé", active: true });
    expect(await findService(handle.db, SIRET_A, "DROP")).toMatchObject({ active: false });
    // The word index follows the new name; the inactive structure is still found, after the active ones.
    expect((await searchStructures(handle.db, "nouveau", 20)).map((s) => s.siret)).toEqual([SIRET_A]);
    expect(await searchStructures(handle.db, "ancien", 20)).toEqual([]);
    expect((await searchStructures(handle.db, "partira", 20)).map((s) => s.active)).toEqual([false]);
  });

  it("a partial import only adds and updates", async () => {
    await run({ structures: file("s.csv", structuresCsv([{ Identifiant: SIRET_A, RaisonSociale: "A" }])), full: true });
    const result = await run({ structures: file("s.csv", structuresCsv([{ Identifiant: SIRET_B, RaisonSociale: "B" }])), full: false });
    expect(result.deactivatedStructures).toBe(0);
    expect(await findStructure(handle.db, SIRET_A)).toMatchObject({ active: true });
  });

  it("reports progress while reading and writing, up to the total", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => ({ Identifiant: siretNumber(i), RaisonSociale: `Commune numéro ${i}` }));
    const seen: ImportProgress[] = [];
    await run({ structures: file("s.csv", structuresCsv(rows)), full: true, onProgress: (p) => seen.push(p) });
    const reads = seen.filter((p) => p.step === "read");
    const writes = seen.filter((p) => p.step === "write");
    expect(reads.map((p) => p.done)).toEqual([1000, 2000, 2501]);
    expect(reads.every((p) => p.total === 2501)).toBe(true);
    expect(writes.at(-1)).toEqual({ step: "write", done: 2500, total: 2500 });
    expect((await searchStructures(handle.db, "commune numero 1234", 5)).map((s) => s.name)).toEqual(["Commune numéro 1234"]);
  });
});

async function exportText(handle: DatabaseHandle): Promise<{ structures: string; services: string }> {
  const structures: string[] = [];
  const services: string[] = [];
  await exportDirectory(handle.db, { structures: (c) => void structures.push(c), services: (c) => void services.push(c) });
  return { structures: structures.join(""), services: services.join("") };
}
