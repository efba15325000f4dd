import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { directoryCommand } from "../../src/cli/directory.command.js";
import { SIRET_A, SIRET_B, servicesCsv, structuresCsv, tempFiles } from "./directory-csv-fixtures.js";

// The command itself, on an SQLite file: import, export, refusal of a bad file (exit code and what it prints).
describe("guichet directory", () => {
  let files: ReturnType<typeof tempFiles>;
  let errors: string[];
  const env = { ...process.env };
  beforeEach(() => {
    files = tempFiles({
      "structures.csv": structuresCsv([
        { Identifiant: SIRET_A, RaisonSociale: "Département — Budget principal", GestionService: "true" },
        { Identifiant: SIRET_B, RaisonSociale: "Laboratoire vétérinaire" },
      ]),
      "services.csv": servicesCsv([{ Identifiant: SIRET_A, Code: "DRIT", Nom: "Direction des Routes et Infrastructures routières" }]),
      "bad.csv": structuresCsv([{ Identifiant: SIRET_A, RaisonSociale: "Bonne" }, { Identifiant: "2206000190001", RaisonSociale: "Mauvaise" }]),
    });
    process.env.DATABASE_URL = path.join(files.dir, "guichet.sqlite");
    process.env.LOG_LEVEL = "silent";
    errors = [];
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.spyOn(console, "error").mockImplementation((line: string) => void errors.push(line));
    vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...env };
    files.remove();
  });

  it("imports then exports the same files", async () => {
    const at = (name: string) => path.join(files.dir, name);
    expect(await directoryCommand.run(["import", at("structures.csv"), at("services.csv")])).toBe(0);
    expect(await directoryCommand.run(["export", at("out")])).toBe(0);
    expect(fs.readFileSync(at("out/structures.csv"), "utf8")).toBe(fs.readFileSync(at("structures.csv"), "utf8"));
    const services = fs.readFileSync(at("out/services.csv"), "utf8");
    expect(services).toContain(`;${SIRET_A};Département — Budget principal;DRIT;Direction des Routes et Infrastructures routières;false;true;`);
  });

  it("refuses a bad file with exit code 1, naming the file, the line and the reason", async () => {
    expect(await directoryCommand.run(["import", path.join(files.dir, "bad.csv")])).toBe(1);
    expect(errors.join("\n")).toContain("bad.csv:3 (Identifiant) : SIRET « 2206000190001 » invalide : 13 chiffres au lieu de 14");
    expect(await directoryCommand.run(["export", "--structures", path.join(files.dir, "s.csv"), "--services", path.join(files.dir, "v.csv")])).toBe(0);
    expect(fs.readFileSync(path.join(files.dir, "s.csv"), "utf8").trim().split("\n")).toHaveLength(1);
  });

  it("explains its usage when called wrongly", async () => {
    expect(await directoryCommand.run(["import"])).toBe(2);
    expect(await directoryCommand.run(["import", path.join(files.dir, "missing.csv")])).toBe(2);
    expect(errors.join("\n")).toContain("Fichier introuvable");
  });
});
