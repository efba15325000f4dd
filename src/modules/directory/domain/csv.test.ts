import { describe, expect, it } from "vitest";
import { CsvSyntaxError, formatCsvLine, parseCsv } from "./csv.js";

describe("parseCsv", () => {
  it("splits on semicolons, strips a UTF-8 BOM and reads CRLF or LF", () => {
    expect(parseCsv("\uFEFFa;b\r\n1;2\n3;\n")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      { line: 3, fields: ["3", ""] },
    ]);
  });

  it("reads quoted fields holding separators, quotes and line breaks, and keeps line numbers right", () => {
    const text = 'x;y\n"a;b";"il dit ""oui"""\n"ligne 1\r\nligne 2";z\nfin;ok\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ["x", "y"] },
      { line: 2, fields: ["a;b", 'il dit "oui"'] },
      { line: 3, fields: ["ligne 1\r\nligne 2", "z"] },
      { line: 5, fields: ["fin", "ok"] },
    ]);
  });

  it("skips blank lines but counts them", () => {
    expect(parseCsv("a\n\r\n\nb")).toEqual([
      { line: 1, fields: ["a"] },
      { line: 4, fields: ["b"] },
    ]);
  });

  it("refuses an unclosed quote, naming the line where the field starts", () => {
    const error = (() => {
      try {
        parseCsv('a;b\n1;"pas fermé\n2;3\n');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(2);
  });
});

describe("formatCsvLine", () => {
  it("quotes only the fields that need it, and parseCsv reads them back", () => {
    const fields = ["simple", "a;b", 'guillemet "x"', "deux\nlignes", "", "Département"];
    const line = formatCsvLine(fields);
    expect(line).toBe('simple;"a;b";"guillemet ""x""";"deux\nlignes";;Département');
    expect(parseCsv(`${line}\n`)[0]?.fields).toEqual(fields);
  });
});
