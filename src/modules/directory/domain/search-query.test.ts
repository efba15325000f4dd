import { describe, expect, it } from "vitest";
import { digitsUpperBound, parseSearchQuery, rankTier, searchWordsColumn, searchWordsOf, wordUpperBound } from "./search-query.js";

describe("search words", () => {
  it("folds accents, case, ligatures and punctuation into distinct words", () => {
    expect(searchWordsOf("Département des Alpes-Maritimes — Régie d'Œuvres DES")).toEqual(["departement", "des", "alpes", "maritimes", "regie", "d", "oeuvres"]);
    expect(searchWordsColumn(["a", "bc"])).toBe(" a bc");
    expect(searchWordsColumn([])).toBe("");
  });
});

describe("parseSearchQuery", () => {
  it("reads digits (spaces ignored) as a SIRET/SIREN prefix", () => {
    expect(parseSearchQuery("220 600 019")).toEqual({ kind: "identifier", prefix: "220600019" });
    expect(parseSearchQuery("220")).toEqual({ kind: "identifier", prefix: "220" });
  });

  it("reads anything else as words of the name", () => {
    expect(parseSearchQuery("  Département  06 ")).toEqual({ kind: "name", words: ["departement", "06"] });
  });

  it.each(["", "ab", "12", " 1 2 ", "é-à", "---", "de la", "a b c d"])("refuses %j as too short", (q) => {
    expect(parseSearchQuery(q)).toBeUndefined();
  });
});

describe("rankTier", () => {
  it("puts active before inactive, then public before private", () => {
    expect([rankTier(true, "PUBLIQUE"), rankTier(true, "PRIVEE"), rankTier(false, "PUBLIQUE"), rankTier(false, "PRIVEE")]).toEqual([0, 1, 2, 3]);
  });
});

describe("range bounds", () => {
  it("bounds word prefixes by moving the last character up", () => {
    expect(wordUpperBound("dep")).toBe("deq");
    expect(wordUpperBound("a9")).toBe("a:");
    expect("departement" < wordUpperBound("dep") && "deq" >= wordUpperBound("dep")).toBe(true);
  });

  it("bounds digit prefixes within digits, carrying over nines", () => {
    expect(digitsUpperBound("220")).toBe("221");
    expect(digitsUpperBound("129")).toBe("13");
    expect(digitsUpperBound("999")).toBeUndefined();
  });
});
