// The text of a PDF's first pages (pdfjs-dist, legacy build for Node), to pre-fill the form from a plain PDF.

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/** The text of the first `maxPages` pages, one line per text run break; "" when the PDF has no text layer. */
export async function readPdfText(bytes: Uint8Array, maxPages = 3): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const parts: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items as TextItem[]) parts.push(`${item.str ?? ""}${item.hasEOL ? "\n" : " "}`);
      parts.push("\n");
    }
    return parts.join("");
  } finally {
    await task.destroy();
  }
}
