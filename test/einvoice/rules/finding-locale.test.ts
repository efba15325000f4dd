import { describe, expect, it } from "vitest";
import { messageIn, validateXml } from "../../../src/einvoice/index.js";
import { corpusFiles, readCorpusFile } from "../read/corpus-files.js";

describe("a finding's message in the other language", () => {
  it("is what a report in that language says, for every finding on the corpus and CEN's single-rule tests", () => {
    let compared = 0;
    for (const file of corpusFiles("_unit", "en16931", "zugferd-corpus").filter((f) => /\.xml$/i.test(f))) {
      const bytes = readCorpusFile(file);
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
