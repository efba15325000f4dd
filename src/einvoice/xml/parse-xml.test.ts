import { describe, expect, it } from "vitest";
import { EInvoiceError } from "../errors.js";
import { parseXml } from "./parse-xml.js";
import { pathOf, select, textAt } from "./xml-tree.js";

const cii = `<?xml version="1.0" encoding="UTF-8"?>
<x:CrossIndustryInvoice xmlns:x="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:r="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100">
  <x:ExchangedDocument><r:ID>F-1</r:ID><r:IncludedNote><r:Content>a</r:Content></r:IncludedNote><r:IncludedNote><r:Content>b &amp; c</r:Content></r:IncludedNote></x:ExchangedDocument>
</x:CrossIndustryInvoice>`;

function refusal(input: string): string {
  try {
    parseXml(input);
  } catch (e) {
    if (e instanceof EInvoiceError) return e.code;
    throw e;
  }
  return "accepted";
}

describe("parseXml", () => {
  it("keys elements by canonical prefix whatever the file's prefixes", () => {
    const { root } = parseXml(cii);
    expect(root.key).toBe("rsm:CrossIndustryInvoice");
    expect(textAt(root, "rsm:ExchangedDocument/ram:ID")).toBe("F-1");
    const notes = select(root, "rsm:ExchangedDocument/ram:IncludedNote/ram:Content");
    expect(notes.map((n) => n.text)).toEqual(["a", "b & c"]);
    expect(pathOf(notes[1]!)).toBe("/x:CrossIndustryInvoice/x:ExchangedDocument[1]/r:IncludedNote[2]/r:Content[1]");
  });

  it("refuses a DOCTYPE (XXE, billion laughs)", () => {
    expect(refusal(`<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`)).toBe("XML_DOCTYPE_FORBIDDEN");
    expect(refusal(`<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><a>&lol2;</a>`)).toBe("XML_DOCTYPE_FORBIDDEN");
  });

  it("refuses absurd nesting, oversize input and malformed XML", () => {
    expect(refusal(`${"<a>".repeat(200)}${"</a>".repeat(200)}`)).toBe("XML_TOO_DEEP");
    expect(() => parseXml("<a/>", { maxBytes: 2 })).toThrow(/taille maximale/);
    expect(refusal("<a><b></a>")).toBe("XML_MALFORMED");
    expect(refusal("")).toBe("XML_MALFORMED");
  });
});

describe("parseXml ranks", () => {
  it("ranks same-key siblings in order, each key on its own, even with many siblings", () => {
    const items = Array.from({ length: 5000 }, (_, i) => `<b>${i}</b><c/>`).join("");
    const { root } = parseXml(`<a>${items}</a>`);
    const bs = root.children.filter((c) => c.key === "b");
    expect(bs).toHaveLength(5000);
    expect(bs.map((b) => b.rank)).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1));
    expect(root.children.filter((c) => c.key === "c").at(-1)?.rank).toBe(5000);
    expect(pathOf(bs[4999]!)).toBe("/a/b[5000]");
  });
});
