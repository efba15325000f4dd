import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXml } from "../../../src/einvoice/validate.js";
import { validateFile } from "../../../src/einvoice/validate-file.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../../shared/corpus");
// A CEN example (CII, profile EN 16931) whose header line total no longer matches its lines: BR-CO-10 fails, and so
// does BR-S-08 (the VAT breakdown's basis). The EN 16931 profile of Factur-X carries both under its own ids.
const original = fs.readFileSync(path.join(CORPUS, "en16931/cii/examples/CII_example1.xml"), "utf8");
const broken = original.replace(/<ram:LineTotalAmount>[^<]*<\/ram:LineTotalAmount>/, "<ram:LineTotalAmount>1.00</ram:LineTotalAmount>");
const ids = (findings: { rule: string; severity: string }[]) =>
  findings
    .filter((f) => f.severity === "fatal")
    .map((f) => f.rule)
    .sort();

describe("an EN 16931 rule carried by the Factur-X profile", () => {
  it("is reported once, under its EN 16931 id, when both sets judge the invoice", () => {
    const report = validateXml(broken);
    expect(report.sets).toEqual(["en16931", "facturx"]);
    expect(ids(report.findings)).toEqual(["BR-CO-10", "BR-S-08"]);
    expect(report.valid).toBe(false);
  });

  it("still fires under the profile's ids when the profile's rules run alone, as the official Schematron counts them", () => {
    expect(ids(validateXml(broken, { sets: ["facturx"] }).findings)).toEqual(["FX-SCH-A-000198", "FX-SCH-A-000226"]);
    expect(ids(validateXml(broken, { sets: ["en16931"] }).findings)).toEqual(["BR-CO-10", "BR-S-08"]);
  });

  it("leaves the original example valid", () => {
    expect(validateXml(original).findings).toEqual([]);
  });

  it("is shown as the profile's error when the profile makes blocking what CEN only warns about", async () => {
    // A corpus Factur-X (EN 16931) whose seller contact has both a person and a department name: CII-SR-465 is a CEN warning, carried by
    // the profile as the fatal FX-SCH-A-000350 (verdicts.tsv).
    const pdf = fs.readFileSync(path.join(CORPUS, "zugferd-corpus/ZUGFeRDv2/correct/symtrax/Beispiele/EN16931/zugferd_2p1_EN16931_Elektron_embedded.pdf"));
    const shown = (await validateFile(new Uint8Array(pdf))).findings.filter((f) => f.rule === "CII-SR-465" || f.rule === "FX-SCH-A-000350");
    expect(shown.map((f) => `${f.rule} ${f.severity}`)).toEqual(["FX-SCH-A-000350 fatal"]);
    const enAlone = (await validateFile(new Uint8Array(pdf), { sets: ["en16931"] })).findings.filter((f) => f.rule === "CII-SR-465");
    expect(enAlone.map((f) => f.severity)).toEqual(["warning"]);
  });
});
