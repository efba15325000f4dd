// The front end's pure helpers (no browser): contrast choice, SIRET formatting, search normalising, service filter.
import { describe, expect, it } from "vitest";
import { contrastRatio, firstReadable, readableTextOn } from "../../web/src/lib/contrast.js";
import { formatSiren, formatSiret, normalizeSearch } from "../../web/src/lib/format.js";
import { filterAndSort } from "../../web/src/lib/service-filter.js";

describe("contrast", () => {
  it("measures the WCAG ratio: 21 for black on white, 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#1f4e79", "#1f4e79")).toBe(1);
    expect(contrastRatio("#ffffff", "#767676")).toBeCloseTo(4.54, 2);
  });

  it("puts white text on the Département's dark blue and black text on a light yellow", () => {
    expect(readableTextOn("#1f4e79")).toBe("#ffffff");
    expect(readableTextOn("#f5c400")).toBe("#000000");
  });

  it("picks the first shade that reaches 4.5:1, or the last one", () => {
    expect(firstReadable(["#f5c400", "#8a6f00", "#000000"], "#ffffff")).toBe("#8a6f00");
    expect(firstReadable(["#ffffff", "#eeeeee"], "#ffffff")).toBe("#eeeeee");
  });
});

describe("format", () => {
  it("groups a SIRET as 3-3-3-5 and a SIREN as 3-3-3, leaving anything else alone", () => {
    expect(formatSiret("22060001900016")).toBe("220 600 019 00016");
    expect(formatSiren("220600019")).toBe("220 600 019");
    expect(formatSiret("2206")).toBe("2206");
  });

  it("joins a number typed with spaces and trims a name", () => {
    expect(normalizeSearch(" 220 600 019 00016 ")).toBe("22060001900016");
    expect(normalizeSearch("  cinéma   mercury ")).toBe("cinéma mercury");
  });
});

describe("service filter", () => {
  const services = [
    { code: "PRESSE", name: "Cabinet-Presse", active: true, engagementRequired: false },
    { code: "DCE", name: "Cabinet- communication et évènementiel", active: true, engagementRequired: true },
    { code: "DRIT", name: "Direction des Routes et Infrastructures routières", active: true, engagementRequired: false },
    { code: "ARCHIVES", name: "Service des Archives", active: false, engagementRequired: false },
  ];
  const codes = (list: { code: string }[]) => list.map((s) => s.code);

  it("matches code or label, ignoring case and accents", () => {
    expect(codes(filterAndSort(services, "drit", false, "code", "ascending"))).toEqual(["DRIT"]);
    expect(codes(filterAndSort(services, "EVENEMENT", false, "code", "ascending"))).toEqual(["DCE"]);
    expect(codes(filterAndSort(services, "routieres", false, "code", "ascending"))).toEqual(["DRIT"]);
  });

  it("hides inactive services on demand and sorts either way, ties by code", () => {
    expect(codes(filterAndSort(services, "", true, "code", "ascending"))).toEqual(["DCE", "DRIT", "PRESSE"]);
    expect(codes(filterAndSort(services, "", false, "code", "descending"))).toEqual(["PRESSE", "DRIT", "DCE", "ARCHIVES"]);
    expect(codes(filterAndSort(services, "", false, "status", "descending"))).toEqual(["ARCHIVES", "DCE", "DRIT", "PRESSE"]);
    expect(codes(filterAndSort(services, "", false, "engagement", "ascending"))).toEqual(["DCE", "ARCHIVES", "DRIT", "PRESSE"]);
  });

  it("does not reorder the list it was given", () => {
    filterAndSort(services, "", false, "name", "descending");
    expect(codes(services)).toEqual(["PRESSE", "DCE", "DRIT", "ARCHIVES"]);
  });
});
