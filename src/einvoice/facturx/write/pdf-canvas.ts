import { type PDFDocument, type PDFFont, type PDFPage, rgb } from "pdf-lib";

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 42;

/** A cursor over A4 pages: writes text top-down and opens a new page when the current one is full. */
export class PdfCanvas {
  page: PDFPage;
  y: number;
  readonly left = MARGIN;
  readonly width = A4[0] - 2 * MARGIN;

  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Makes sure `height` points fit below the cursor, else continues on a new page. */
  need(height: number): void {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  /** Writes one line at x (relative to the left margin), without moving the cursor. */
  text(text: string, x: number, options: { size?: number; bold?: boolean; align?: "left" | "right"; width?: number } = {}): void {
    const size = options.size ?? 9;
    const font = options.bold ? this.bold : this.regular;
    const w = font.widthOfTextAtSize(text, size);
    const at = options.align === "right" ? x + (options.width ?? 0) - w : x;
    this.page.drawText(text, { x: this.left + at, y: this.y - size, size, font, color: rgb(0.1, 0.1, 0.1) });
  }

  /** Splits text into lines that fit `width` at `size`. */
  wrap(text: string, width: number, size = 9, bold = false): string[] {
    const font = bold ? this.bold : this.regular;
    const lines: string[] = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(candidate, size) <= width || !line) line = candidate;
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
    this.page.drawLine({ start: { x: this.left, y: this.y }, end: { x: this.left + this.width, y: this.y }, thickness: 0.5, color: rgb(0.6, 0.6, 0.6) });
    this.y -= 6;
  }
}
