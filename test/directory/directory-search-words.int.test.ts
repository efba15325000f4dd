import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import { FEW_CANDIDATES } from "../../src/modules/directory/directory-search.repository.js";
import { importDirectory, searchStructures, upsertPrivateStructure } from "../../src/modules/directory/index.js";
import { searchWordsOf } from "../../src/modules/directory/domain/search-query.js";
import { foldForSearch } from "../../src/shared/text.js";
import { createTestDatabase, testDialects } from "../test-database.js";
import { SIRET_A, siretNumber, structuresCsv } from "./directory-csv-fixtures.js";

// Name search with several frequent words: the rarest word drives (counted per word at import), the others filter on
// the folded name of the word rows. Results must be those of the plain definition: every query word begins a word of
// the name; active public, active private, inactive, then by folded name.

const NOW = "2026-03-02T09:00:00.000Z";
const COUNT = 5_000;
const TOWNS = ["Bréhat", "Cannes", "Grasse", "Menton", "Saint-Martin", "Sainte-Agnès", "Villefranche"];

/**
 * Thousands of "commune" and "villeneuve" names (both more than FEW_CANDIDATES rows); the Villeneuve communes sort
 * last among the communes, the case where reading one word's rows in order and filtering on the other pays most.
 */
function nameOf(i: number): string {
  const town = i % 2 === 0 ? "Villeneuve-Loubet" : (TOWNS[i % TOWNS.length] as string);
  if (i % 5 === 0) return `Centre communal d'action sociale de ${town}`;
  if (i % 11 === 0) return `Caisse des écoles de ${town} ${i}`;
  if (i % 13 === 0) return `Cœur de ville ${town} ${i}`;
  if (i % 17 === 0) return `Communauté de communes (${town}) n° ${i}`;
  return `Commune de ${town} n° ${i}`;
}

describe.each(testDialects())("directory name search with frequent words on %s", (dialect) => {
  let handle: DatabaseHandle;
  const inactive = (i: number) => i % 7 === 0;
  const all = Array.from({ length: COUNT }, (_, i) => ({ siret: siretNumber(i), name: nameOf(i), tier: inactive(i) ? 2 : 0 }));

  beforeAll(async () => {
    handle = await createTestDatabase(dialect);
    const rows = all.map((s, i) => ({ Identifiant: s.siret, RaisonSociale: s.name, StructureActive: inactive(i) ? "false" : "true" }));
    await importDirectory(handle.db, { structures: { name: "s.csv", text: structuresCsv(rows) }, full: true }, { now: NOW });
  });
  afterAll(async () => handle.destroy());

  /** The definition: every query word begins a word of the name, in ranking order. */
  function expected(q: string, limit: number, extra: { siret: string; name: string; tier: number }[] = []): string[] {
    const words = searchWordsOf(q);
    return [...all, ...extra]
      .filter((s) => words.every((w) => searchWordsOf(s.name).some((n) => n.startsWith(w))))
      .sort((a, b) => a.tier - b.tier || (foldForSearch(a.name) < foldForSearch(b.name) ? -1 : foldForSearch(a.name) > foldForSearch(b.name) ? 1 : a.siret < b.siret ? -1 : 1))
      .slice(0, limit)
      .map((s) => s.siret);
  }
  const sirets = async (q: string, limit = 20) => (await searchStructures(handle.db, q, limit)).map((s) => s.siret);

  it("has two words frequent enough to need the frequent-words path", async () => {
    const count = async (word: string) => (await handle.db.selectFrom("structure_word_counts").select("row_count").where("word", "=", word).executeTakeFirstOrThrow()).row_count;
    expect(await count("commune")).toBeGreaterThan(FEW_CANDIDATES);
    expect(await count("villeneuve")).toBeGreaterThan(FEW_CANDIDATES);
  });

  it.each(["commune villen", "villeneuve commune", "commune sain", "sainte commun", "centre villef", "commune agnes", "communal action"])(
    "finds %s as the definition says",
    async (q) => {
      const want = expected(q, 20);
      expect(want.length).toBeGreaterThan(0);
      expect(await sirets(q)).toEqual(want);
    },
  );

  it("keeps going past names where a filter word only appears inside another word", async () => {
    // "les" is inside "écoles" and "communales" but begins no word of these names: only whole word starts count.
    expect(await sirets("commune les")).toEqual([]);
    const caisses = await sirets("caisse ecol", 1000);
    expect(caisses).toEqual(expected("caisse ecol", 1000));
    expect(caisses).toHaveLength(all.filter((s) => s.name.startsWith("Caisse")).length);
  });

  it("matches œ in a name with oe in the query, whichever word drives", async () => {
    expect(await sirets("coeur ville", 50)).toEqual(expected("coeur ville", 50));
    // The number drives (rarer), "coe" filters: the coarse LIKE must let "cœur" through.
    expect(expected("coe 156", 20)).toHaveLength(1);
    expect(await sirets("coe 156")).toEqual(expected("coe 156", 20));
    const hearts = await sirets("ville coe", 1000);
    expect(hearts).toEqual(expected("ville coe", 1000));
    expect(hearts).toHaveLength(all.filter((s) => s.name.startsWith("Cœur")).length);
  });

  it("finds words created after the import (counts kept up to date)", async () => {
    await upsertPrivateStructure(handle.db, { siret: SIRET_A, name: "Commune Zygomatique Services" }, NOW);
    const extra = [{ siret: SIRET_A, name: "Commune Zygomatique Services", tier: 1 }];
    expect(await sirets("zygo commune")).toEqual([SIRET_A]);
    expect(await sirets("commune", 30)).toEqual(expected("commune", 30, extra));
  });

  it("finds SIRET/SIREN prefixes active structures first, then by SIRET, up to the limit", async () => {
    const byPrefix = (prefix: string, limit: number) =>
      all
        .filter((x) => x.siret.startsWith(prefix))
        .sort((a, b) => a.tier - b.tier || (a.siret < b.siret ? -1 : 1))
        .slice(0, limit)
        .map((x) => x.siret);
    // 2100000000xxxk: the first 1,000 structures, one in seven inactive; the limit cuts inside the active tier or after.
    expect(await sirets("2100000000", 20)).toEqual(byPrefix("2100000000", 20));
    expect(await sirets("21000 00000", 40)).toEqual(byPrefix("2100000000", 40));
    expect(await sirets("2100000000", 900)).toEqual(byPrefix("2100000000", 900));
    expect(byPrefix("2100000000", 900).slice(-5).every((x) => all.find((a) => a.siret === x)?.tier === 2)).toBe(true);
    expect(await sirets("999")).toEqual([]);
  });

  it("recounts the words of a renamed structure: the old words' counts go, the new ones come", async () => {
    const countOf = async (word: string) =>
      (await handle.db.selectFrom("structure_word_counts").select("row_count").where("word", "=", word).executeTakeFirst())?.row_count;
    await upsertPrivateStructure(handle.db, { siret: SIRET_A, name: "Commune Zygomatique Services" }, NOW);
    expect(Number(await countOf("zygomatique"))).toBe(1);
    const communes = Number(await countOf("commune"));
    await upsertPrivateStructure(handle.db, { siret: SIRET_A, name: "Plomberie Zygote" }, NOW);
    expect(await countOf("zygomatique")).toBeUndefined();
    expect(Number(await countOf("zygote"))).toBe(1);
    expect(Number(await countOf("commune"))).toBe(communes - 1);
    expect(await sirets("zyg")).toEqual([SIRET_A]);
  });
});
