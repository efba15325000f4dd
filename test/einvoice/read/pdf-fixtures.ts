import { type PDFArray, PDFDocument, PDFName, PDFString } from "pdf-lib";

/** A PDF whose factur-x.xml stream is written by hand with the given filters (first applied first when decoding). */
export async function handMade(content: Uint8Array, filters: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage();
  const filter = filters.length === 1 ? PDFName.of(filters[0] as string) : doc.context.obj(filters.map((f) => PDFName.of(f)));
  const stream = doc.context.stream(content, { Type: "EmbeddedFile", Subtype: "text/xml", Filter: filter });
  const spec = doc.context.obj({ Type: "Filespec", F: PDFString.of("factur-x.xml"), UF: PDFString.of("factur-x.xml"), AFRelationship: PDFName.of("Data"), EF: { F: doc.context.register(stream) } });
  const specRef = doc.context.register(spec);
  doc.catalog.set(PDFName.of("Names"), doc.context.obj({ EmbeddedFiles: { Names: [PDFString.of("factur-x.xml"), specRef] } }));
  doc.catalog.set(PDFName.of("AF"), doc.context.obj([specRef]) as PDFArray);
  return doc.save();
}
