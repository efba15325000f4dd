import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messageIn, validateXml } from "../../../src/einvoice/index.js";

const CORPUS = path.resolve("../shared/corpus");

function xmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? xmlFiles(full) : /\.xml$/i.test(e.name) ? [full] : [];
  });
}

describe("a finding's message in the other language", () => {
  it("is what a report in that language says, for every finding on the corpus and CEN's single-rule tests", () => {
    let compared = 0;
    for (const file of [...xmlFiles(path.join(CORPUS, "_unit")), ...xmlFiles(path.join(CORPUS, "en16931")), ...xmlFiles(path.join(CORPUS, "zugferd-corpus"))]) {
      const bytes = new Uint8Array(fs.readFileSync(file));
      let fr: ReturnType<typeof validateXml>;
      try {
        fr = validateXml(bytes, { frenchPublicBuyer: true });
      } catch {
        continue; // not an invoice: nothing to translate
      }
      const en = validateXml(bytes, { frenchPublicBuyer: true, locale: "en" });
      expect(en.findings.length, file).toBe(fr.findings.length);
      fr.findings.forEach((f, i) => {
        expect(messageIn(f, "fr", "en"), `${file} ${f.rule}`).toBe(en.findings[i]?.message);
        expect(messageIn(en.findings[i] ?? f, "en", "fr"), `${file} ${f.rule}`).toBe(f.message);
        compared++;
      });
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it("is not made up for a message its rule does not produce", () => {
    expect(messageIn({ rule: "BR-01", set: "en16931", message: "autre chose" }, "fr", "en")).toBeUndefined();
    expect(messageIn({ rule: "NO-SUCH-RULE", set: "en16931", message: "x" }, "fr", "en")).toBeUndefined();
  });
});
