import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import { FEW_CANDIDATES } from "../../src/modules/directory/directory-search.repository.js";
import { findStructure, importDirectory, searchStructures, upsertPrivateStructure } from "../../src/modules/directory/index.js";
import { foldForSearch } from "../../src/shared/text.js";
import { createTestDatabase, testDialects } from "../test-database.js";
import { SIRET_A, siretNumber, structuresCsv } from "./directory-csv-fixtures.js";

const NOW = "2026-03-02T09:00:00.000Z";
const COUNT = FEW_CANDIDATES + 300;

/** Names for the directory under test: many share "commune", each "Zone NNNN" word is distinct. */
function nameOf(i: number): string {
  if (i % 10 === 0) return `Communauté de communes numéro ${i}`;
  return `Commune de Zédé${String(i).padStart(4, "0")} ${i % 3 === 0 ? "Bâtiment" : "Mairie"}`;
}

describe.each(testDialects())("directory search on %s", (dialect) => {
  let handle: DatabaseHandle;
  const inactive = (i: number) => i % 7 === 0;
  beforeAll(async () => {
    handle = await createTestDatabase(dialect);
    const rows = Array.from({ length: COUNT }, (_, i) => ({ Identifiant: siretNumber(i), RaisonSociale: nameOf(i), StructureActive: inactive(i) ? "false" : "true" }));
    await importDirectory(handle.db, { structures: { name: "s.csv", text: structuresCsv(rows) }, full: true }, { now: NOW });
    await upsertPrivateStructure(handle.db, { siret: SIRET_A, name: "Communication Dupont SARL" }, NOW);
  });
  afterAll(async () => handle.destroy());

  /** What the ranking should give: active public, active private, inactive public, then by folded name. */
  function expected(matches: (name: string) => boolean, limit: number): string[] {
    const all = Array.from({ length: COUNT }, (_, i) => ({ siret: siretNumber(i), name: nameOf(i), tier: inactive(i) ? 2 : 0 }));
    all.push({ siret: SIRET_A, name: "Communication Dupont SARL", tier: 1 });
    return all
      .filter((s) => matches(foldForSearch(s.name)))
      .sort((a, b) => a.tier - b.tier || (foldForSearch(a.name) < foldForSearch(b.name) ? -1 : 1))
      .slice(0, limit)
      .map((s) => s.siret);
  }
  const sirets = async (q: string, limit = 20) => (await searchStructures(handle.db, q, limit)).map((s) => s.siret);

  it("ranks a frequent word's matches: active public, active private, inactive, then by name", async () => {
    expect(await sirets("commun", 100)).toEqual(expected((n) => /(^| )commun/.test(n), 100));
    const result = await searchStructures(handle.db, "commun", COUNT + 10);
    expect(result.length).toBe(COUNT + 1);
    expect(result.find((s) => s.kind === "PRIVEE")?.active).toBe(true);
  });

  it("ranks a prefix shared by many distinct words the same way", async () => {
    expect(await sirets("zede", 50)).toEqual(expected((n) => n.includes(" zede"), 50));
  });

  it("filters on every word, in any order, and on word starts only", async () => {
    expect(await sirets("batiment zede00")).toEqual(expected((n) => / zede00/.test(n) && n.endsWith("batiment"), 20));
    expect(await sirets("ommune")).toEqual([]);
  });

  it("creates a supplier's company as PRIVEE, active, searchable, and renames it", async () => {
    expect(await findStructure(handle.db, SIRET_A)).toMatchObject({ kind: "PRIVEE", active: true, siren: "220600019", paymentDelayDays: 30 });
    await upsertPrivateStructure(handle.db, { siret: SIRET_A, name: "Dupont Électricité", address: { city: "Nice" } }, NOW);
    expect(await sirets("electricite dup")).toEqual([SIRET_A]);
    expect(await sirets("communication")).toEqual([]);
    expect(await findStructure(handle.db, SIRET_A)).toMatchObject({ name: "Dupont Électricité", address: expect.objectContaining({ city: "Nice" }) });
  });

  it("leaves a public structure as the directory says", async () => {
    const siret = siretNumber(1);
    const result = await upsertPrivateStructure(handle.db, { siret, name: "Pas moi" }, NOW);
    expect(result).toMatchObject({ kind: "PUBLIQUE", name: nameOf(1) });
    expect(await findStructure(handle.db, siret)).toMatchObject({ kind: "PUBLIQUE", name: nameOf(1) });
  });

  it("refuses a supplier's company with a bad SIRET or no name", async () => {
    await expect(upsertPrivateStructure(handle.db, { siret: "123", name: "X" }, NOW)).rejects.toMatchObject({ code: "SIRET_INVALID_LENGTH" });
    await expect(upsertPrivateStructure(handle.db, { siret: siretNumber(COUNT + 5), name: "  " }, NOW)).rejects.toMatchObject({ code: "VALIDATION_FAILED", details: { field: "name" } });
  });
});
