import { describe, expect, it } from "vitest";
import { foldForSearch } from "../../../shared/text.js";
import { foldText } from "./fold.js";

describe("foldText", () => {
  it.each(["DRIT", "  Parc   automobile - Carburants ", "Département des Alpes-Maritimes", "Œuvre", "a\tb", "", "L'ÉCOLE"])("folds %j exactly as foldForSearch", (v) => {
    expect(foldText(v)).toBe(foldForSearch(v));
  });
});
