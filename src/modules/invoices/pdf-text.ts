// The text of a PDF's first pages (pdfjs-dist, legacy build for Node), to pre-fill the form from a plain PDF: on the
// engine pool when the server has one (pdfjs, about 30 MB, then stays off the main thread), here otherwise.
import { runEngineJob } from "../../shared/engine-pool.js";

/** The job's name in the engine worker's table (src/engine-worker.ts). */
export const PDF_TEXT_JOB = "invoices.pdfText";

interface TextItem {
  str?: string;
  hasEOL?: boolean;
}

/** The job, as the worker runs it: the text of the first `maxPages` pages, one line per text run break; "" when the PDF has no text layer. */
export async function pdfTextJob(bytes: Uint8Array, maxPages: number): Promise<string> {
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

/** The text of the first `maxPages` pages ("" when the PDF has no text layer). */
export function readPdfText(bytes: Uint8Array, maxPages = 3): Promise<string> {
  return runEngineJob(PDF_TEXT_JOB, [bytes, maxPages], () => pdfTextJob(bytes, maxPages));
}
