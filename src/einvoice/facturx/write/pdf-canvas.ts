import { deflateSync } from "node:zlib";
import { type PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import type { DocumentFont } from "./document-font.js";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;
const TEXT_COLOUR = "0.1 0.1 0.1 rg";
const RULE_COLOUR = "0.6 0.6 0.6 RG";

/** A number as a PDF content stream writes it: at most 3 decimals, never in exponent form. */
const n = (v: number) => String(Math.round(v * 1000) / 1000);

/**
 * A cursor over A4 pages: writes text top-down and opens a new page when the current one is full. The content of each
 * page is written as PDF operators directly (text as CIDs of the document's fonts) and compressed once at the end.
 */
export class PdfCanvas {
  y: number;
  readonly left = MARGIN;
  readonly width = A4[0] - 2 * MARGIN;
  private readonly pages: string[][] = [];

  constructor(
    readonly regular: DocumentFont,
    readonly bold: DocumentFont,
  ) {
    this.pages.push([]);
    this.y = A4[1] - MARGIN;
  }

  private get ops(): string[] {
    return this.pages[this.pages.length - 1] as string[];
  }

  /** Makes sure `height` points fit below the cursor, else continues on a new page. */
  need(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.pages.push([]);
    this.y = A4[1] - MARGIN;
  }

  /** Writes one line at x (relative to the left margin), without moving the cursor. */
  text(text: string, x: number, options: { size?: number; bold?: boolean; align?: "left" | "right"; width?: number } = {}): void {
    const size = options.size ?? 9;
    const font = options.bold ? this.bold : this.regular;
    const line = text.replace(/[\r\n\t]+/g, " ");
    const at = options.align === "right" ? x + (options.width ?? 0) - font.widthOf(line, size) : x;
    const resource = options.bold ? "F2" : "F1";
    this.ops.push(`BT ${TEXT_COLOUR} /${resource} ${n(size)} Tf 1 0 0 1 ${n(this.left + at)} ${n(this.y - size)} Tm <${font.encode(line)}> Tj ET`);
  }

  /** Splits text into lines that fit `width` at `size`. */
  wrap(text: string, width: number, size = 9, bold = false): string[] {
    const font = bold ? this.bold : this.regular;
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOf(candidate, size) <= width || !line) line = candidate;
        else {
          lines.push(line);
          line = word;
        }
      }
      lines.push(line);
    }
    return lines;
  }

  /** Writes a wrapped paragraph and moves the cursor below it. */
  paragraph(text: string, options: { size?: number; bold?: boolean; x?: number; width?: number } = {}): void {
    const size = options.size ?? 9;
    for (const line of this.wrap(text, options.width ?? this.width, size, options.bold)) {
      this.need(size + 3);
      this.text(line, options.x ?? 0, { size, bold: options.bold ?? false });
      this.y -= size + 3;
    }
  }

  /** A thin horizontal rule across the page. */
  rule(): void {
    this.ops.push(`q ${RULE_COLOUR} 0.5 w ${n(this.left)} ${n(this.y)} m ${n(this.left + this.width)} ${n(this.y)} l S Q`);
    this.y -= 6;
  }

  /** Adds the pages to the document: fonts embedded once, each page's operators compressed into its content stream. */
  async finish(doc: PDFDocument): Promise<void> {
    const context = doc.context;
    const [regular, bold] = await Promise.all([this.regular.embed(context), this.bold.embed(context)]);
    const resources = context.obj({ Font: { F1: regular, F2: bold } });
    for (const ops of this.pages) {
      const page = doc.addPage(A4);
      const content = deflateSync(Buffer.from(ops.join("\n"), "latin1"));
      const stream = context.register(PDFRawStream.of(context.obj({ Filter: "FlateDecode" }), content));
      page.node.set(PDFName.of("Contents"), stream);
      page.node.set(PDFName.of("Resources"), resources);
    }
  }
}
