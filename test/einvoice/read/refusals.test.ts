import { deflateSync } from "node:zlib";
import { AFRelationship, PDFDocument, PDFName, PDFString } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { EInvoiceError } from "../../../src/einvoice/errors.js";
import { extractEmbeddedFile } from "../../../src/einvoice/facturx/index.js";
import { readInvoice } from "../../../src/einvoice/read-invoice.js";
import { readCorpusFile } from "./corpus-files.js";
import { handMade } from "./pdf-fixtures.js";

const CII_MINIMUM = readCorpusFile("akretion-facturx/tests/fixtures/xml/factur-x-minimum.xml");
const utf8 = (s: string) => new TextEncoder().encode(s);

async function refusal(input: Uint8Array | string, options: Parameters<typeof readInvoice>[1] = {}): Promise<{ code: string; message: string }> {
  try {
    await readInvoice(input, options);
  } catch (error) {
    if (error instanceof EInvoiceError) return { code: error.code, message: error.message };
    throw error;
  }
  return { code: "accepted", message: "" };
}

/** A one-page PDF with the given attachments. */
async function pdfWith(attachments: { name: string; bytes: Uint8Array; relationship?: AFRelationship }[]): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  doc.addPage();
  for (const a of attachments) {
    await doc.attach(a.bytes, a.name, { mimeType: "text/xml", afRelationship: a.relationship ?? AFRelationship.Data });
  }
  return doc;
}

describe("refusals, each with its code and a French message", () => {
  it("reads a PDF made here with factur-x.xml attached (FlateDecode stream, /AF, Data relationship)", async () => {
    const pdf = await (await pdfWith([{ name: "factur-x.xml", bytes: CII_MINIMUM }, { name: "bon-de-livraison.txt", bytes: utf8("BL 42") }])).save();
    const read = await readInvoice(pdf);
    expect(read.source).toBe("pdf");
    expect(read.syntax).toBe("CII");
    expect(read.profile).toBe("MINIMUM");
    expect(read.pdf?.invoiceFile).toMatchObject({ name: "factur-x.xml", relationship: "Data", associated: true });
    expect(read.pdf?.otherAttachments.map((a) => a.name)).toEqual(["bon-de-livraison.txt"]);
    expect(read.warnings.map((w) => w.code)).toContain("PDF_XMP_MISSING");
    expect(await extractEmbeddedFile(pdf, "FACTUR-X.XML")).toEqual(CII_MINIMUM);
    expect(await extractEmbeddedFile(pdf, "absent.xml")).toBeUndefined();
  });

  it("refuses an encrypted PDF", async () => {
    const doc = await pdfWith([{ name: "factur-x.xml", bytes: CII_MINIMUM }]);
    doc.context.trailerInfo.Encrypt = doc.context.obj({ Filter: PDFName.of("Standard"), V: 1, R: 2, P: -44 });
    const r = await refusal(await doc.save({ useObjectStreams: false }));
    expect(r.code).toBe("PDF_ENCRYPTED");
    expect(r.message).toMatch(/chiffré/);
  });

  it("refuses a malformed PDF", async () => {
    expect((await refusal(utf8("%PDF-1.7\nce n'est pas un PDF\n%%EOF"))).code).toBe("PDF_MALFORMED");
    const real = await (await pdfWith([{ name: "factur-x.xml", bytes: CII_MINIMUM }])).save();
    const truncated = real.subarray(0, 200);
    expect((await refusal(truncated)).code).toMatch(/^PDF_/);
  });

  it("survives hostile PDF structures: absurd nesting, a name tree that loops, an /EF that is no stream", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {}); // pdf-lib reports what it skips
    const deep = utf8(`%PDF-1.7\n1 0 obj\n${"[".repeat(100_000)}${"]".repeat(100_000)}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF`);
    expect((await refusal(deep)).code).toBe("PDF_MALFORMED");
    const loop = await pdfWith([]);
    const node = loop.context.obj({});
    const ref = loop.context.register(node);
    node.set(PDFName.of("Kids"), loop.context.obj([ref]));
    loop.catalog.set(PDFName.of("Names"), loop.context.obj({ EmbeddedFiles: ref }));
    expect((await refusal(await loop.save())).code).toBe("PDF_WITHOUT_INVOICE");
    const notStream = await pdfWith([]);
    notStream.catalog.set(PDFName.of("Names"), notStream.context.obj({ EmbeddedFiles: { Names: [PDFString.of("factur-x.xml"), notStream.context.obj({ EF: { F: 42 } })] } }));
    expect((await refusal(await notStream.save())).code).toBe("PDF_WITHOUT_INVOICE");
    vi.restoreAllMocks();
  });

  it("refuses a PDF without invoice XML", async () => {
    const doc = await pdfWith([{ name: "notes.xml", bytes: utf8("<notes/>") }]);
    const r = await refusal(await doc.save());
    expect(r.code).toBe("PDF_WITHOUT_INVOICE");
    expect(r.message).toMatch(/ne contient pas de facture/);
    expect((await refusal(await (await pdfWith([])).save())).code).toBe("PDF_WITHOUT_INVOICE");
  });

  it("refuses a ZUGFeRD 1.0 PDF, and reads the ZUGFeRD 2 invoice of a PDF holding both", async () => {
    const v1 = readCorpusFile("zugferd-corpus/ZUGFeRDv1/correct/Konik/acme_invoice-42_ZUGFeRD.pdf");
    expect((await refusal(v1)).code).toBe("ZUGFERD1_UNSUPPORTED");
    const both = await readInvoice(readCorpusFile("zugferd-corpus/ZUGFeRDv2/fail/MustangRE-20171118_506_ZUGFeRD1and2.pdf"));
    expect(both.pdf?.invoiceFile.name).toBe("factur-x.xml");
    expect(both.pdf?.otherAttachments.map((a) => a.name)).toEqual(["ZUGFeRD-invoice.xml"]);
  });

  it("refuses ZUGFeRD 1.0 and FatturaPA XML, and XML that is no invoice", async () => {
    const zf1 = `<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"/>`;
    expect((await refusal(zf1)).code).toBe("ZUGFERD1_UNSUPPORTED");
    const fattura = `<p:FatturaElettronica xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2" versione="FPR12"/>`;
    const f = await refusal(fattura);
    expect(f.code).toBe("FATTURAPA_UNSUPPORTED");
    expect(f.message).toMatch(/FatturaPA/);
    expect((await refusal(`<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>`)).code).toBe("NOT_AN_INVOICE");
    // XML that mentions %PDF- in its first bytes is still XML.
    expect((await refusal(utf8(`<!-- %PDF-1.7 --><Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>`))).code).toBe("NOT_AN_INVOICE");
  });

  it("refuses hostile XML, directly or embedded in a PDF", async () => {
    expect((await refusal(`<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>`)).code).toBe("XML_DOCTYPE_FORBIDDEN");
    expect((await refusal(`${"<a>".repeat(500)}${"</a>".repeat(500)}`)).code).toBe("XML_TOO_DEEP");
    expect((await refusal(CII_MINIMUM, { limits: { maxBytes: 1000 } })).code).toBe("XML_TOO_LARGE");
    expect((await refusal(utf8("<a><b></a>"))).code).toBe("XML_MALFORMED");
    const bomb = `<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">&b;</rsm:CrossIndustryInvoice>`;
    const pdf = await (await pdfWith([{ name: "factur-x.xml", bytes: utf8(bomb) }])).save();
    expect((await refusal(pdf)).code).toBe("XML_DOCTYPE_FORBIDDEN");
    expect((await refusal(pdf, { maxPdfBytes: 100 })).code).toBe("PDF_TOO_LARGE");
  });

  it("refuses a decompression bomb before it fills memory", async () => {
    const bomb = new Uint8Array(deflateSync(new Uint8Array(64 * 1024 * 1024), { level: 9 })); // 64 MB of zeros in ~64 kB
    expect(bomb.length).toBeLessThan(200_000);
    const r = await refusal(await handMade(bomb, ["FlateDecode"]));
    expect(r.code).toBe("XML_TOO_LARGE");
    expect(r.message).toMatch(/décompressée/);
    await expect(extractEmbeddedFile(await handMade(bomb, ["FlateDecode"]), "factur-x.xml", 1024 * 1024)).rejects.toMatchObject({ code: "XML_TOO_LARGE" });
  });
});
