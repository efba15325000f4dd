import { deflateSync } from "node:zlib";
import { AFRelationship, PDFDocument, PDFName } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readInvoice } from "../../../src/einvoice/read-invoice.js";
import { readCorpusFile } from "./corpus-files.js";
import { handMade } from "./pdf-fixtures.js";

const MINIMUM = new TextDecoder().decode(readCorpusFile("akretion-facturx/tests/fixtures/xml/factur-x-minimum.xml"));
const utf8 = (s: string) => new TextEncoder().encode(s);

function xmp(level: string, form: "elements" | "attributes"): string {
  const fx = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#";
  const body =
    form === "elements"
      ? `<rdf:Description rdf:about="" xmlns:fx="${fx}"><fx:DocumentType>INVOICE</fx:DocumentType><fx:DocumentFileName>factur-x.xml</fx:DocumentFileName><fx:Version>1.0</fx:Version><fx:ConformanceLevel>${level}</fx:ConformanceLevel></rdf:Description>
         <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>3</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>`
      : `<rdf:Description rdf:about="" xmlns:fx="${fx}" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" fx:DocumentType="INVOICE" fx:ConformanceLevel="${level}" fx:Version="1.0" pdfaid:part="3" pdfaid:conformance="A"/>`;
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${body}</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
}

async function facturx(xml: string, options: { xmp?: string; relationship?: AFRelationship; withoutNameTree?: boolean } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  await doc.attach(utf8(xml), "factur-x.xml", { mimeType: "text/xml", afRelationship: options.relationship ?? AFRelationship.Data });
  if (options.xmp) {
    const stream = doc.context.stream(utf8(options.xmp), { Type: "Metadata", Subtype: "XML" });
    doc.catalog.set(PDFName.of("Metadata"), doc.context.register(stream));
  }
  const bytes = await doc.save();
  if (!options.withoutNameTree) return bytes;
  // Reload and drop the /Names entry: the file stays reachable through the catalog's /AF array only.
  const again = await PDFDocument.load(bytes);
  again.catalog.delete(PDFName.of("Names"));
  return again.save();
}

const hex = (b: Uint8Array) => utf8(`${Buffer.from(b).toString("hex")}>`);

describe("Factur-X PDF identification", () => {
  it("reads the XMP identification, element form", async () => {
    const read = await readInvoice(await facturx(MINIMUM, { xmp: xmp("MINIMUM", "elements") }));
    expect(read.pdf?.xmp).toMatchObject({ documentType: "INVOICE", documentFileName: "factur-x.xml", version: "1.0", conformanceLevel: "MINIMUM", pdfaPart: "3", pdfaConformance: "B" });
    expect(read.profile).toBe("MINIMUM");
    expect(read.warnings).toEqual([]);
  });

  it("reads the XMP identification, attribute form, and warns when it contradicts BT-24", async () => {
    const read = await readInvoice(await facturx(MINIMUM, { xmp: xmp("EN 16931", "attributes") }));
    expect(read.pdf?.xmp).toMatchObject({ documentType: "INVOICE", conformanceLevel: "EN 16931", pdfaPart: "3", pdfaConformance: "A" });
    expect(read.profile).toBe("MINIMUM");
    expect(read.warnings.map((w) => w.code)).toEqual(["PDF_PROFILE_MISMATCH"]);
  });

  it("takes the profile from the XMP conformance level when BT-24 is not recognised", async () => {
    const unknown = MINIMUM.replace("urn:factur-x.eu:1p0:minimum", "urn:example:guideline");
    expect(unknown).not.toBe(MINIMUM);
    const read = await readInvoice(await facturx(unknown, { xmp: xmp("BASIC WL", "elements") }));
    expect([read.guideline, read.profile]).toEqual(["urn:example:guideline", "BASIC WL"]);
    expect(read.warnings).toEqual([]);
    const xml = await readInvoice(unknown);
    expect([xml.profile, xml.warnings.map((w) => w.code)]).toEqual(["OTHER", ["PROFILE_UNKNOWN"]]);
  });

  it("finds the invoice through /AF alone, and warns about an unexpected /AFRelationship", async () => {
    const read = await readInvoice(await facturx(MINIMUM, { xmp: xmp("MINIMUM", "elements"), relationship: AFRelationship.Supplement, withoutNameTree: true }));
    expect(read.pdf?.invoiceFile).toMatchObject({ name: "factur-x.xml", relationship: "Supplement", associated: true });
    expect(read.warnings.map((w) => w.code)).toEqual(["PDF_AF_RELATIONSHIP"]);
  });

  it("reads a real Factur-X of the corpus with its attachments", async () => {
    const read = await readInvoice(readCorpusFile("zugferd-corpus/ZUGFeRDv2/correct/symtrax/Beispiele/EN16931/zugferd_2p1_EN16931_Elektron.pdf"));
    expect(read.pdf?.invoiceFile).toMatchObject({ name: "factur-x.xml", relationship: "Data", associated: true });
    expect(read.pdf?.otherAttachments).toHaveLength(2);
    expect(read.pdf?.xmp?.conformanceLevel).toBe("EN 16931");
    expect(read.profile).toBe("EN 16931");
  });

  it("decodes filter chains written by hand: FlateDecode, ASCIIHexDecode then FlateDecode", async () => {
    const deflated = new Uint8Array(deflateSync(utf8(MINIMUM)));
    for (const pdf of [await handMade(deflated, ["FlateDecode"]), await handMade(hex(deflated), ["ASCIIHexDecode", "FlateDecode"]), await handMade(utf8(MINIMUM), [])]) {
      const read = await readInvoice(pdf);
      expect([read.profile, new TextDecoder().decode(read.xml)]).toEqual(["MINIMUM", MINIMUM]);
    }
  });
});
