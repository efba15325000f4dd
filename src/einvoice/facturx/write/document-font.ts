import { PDFArray, type PDFContext, PDFNumber, PDFRawStream, type PDFRef, PDFString } from "pdf-lib";
import type { PreparedFont } from "./prepared-font.js";

const QUESTION_MARK = 0x3f;

/**
 * One font as one document uses it: text becomes CIDs of the prepared font (repertoire first, then the characters this
 * document adds); a character the font lacks shows as "?" (PDF/A forbids showing .notdef).
 */
export class DocumentFont {
  private readonly extras: number[] = [];
  private readonly extraCids = new Map<number, { cid: number; width: number }>();
  private readonly extraByGlyph = new Map<number, number>();

  constructor(readonly prepared: PreparedFont) {}

  private cidAndWidth(codePoint: number): { cid: number; width: number } {
    const p = this.prepared;
    const cid = p.cidOf(codePoint);
    if (cid !== undefined) return { cid, width: p.widthOfCid(cid) };
    let extra = this.extraCids.get(codePoint);
    if (!extra) {
      const glyph = p.extraGlyph(codePoint);
      if (glyph) {
        // Two characters can share a glyph: one CID per glyph.
        let shared = p.cidOfGlyph(glyph.id) ?? this.extraByGlyph.get(glyph.id);
        if (shared === undefined) {
          shared = p.repertoireSize + this.extras.length;
          this.extras.push(codePoint);
          this.extraByGlyph.set(glyph.id, shared);
        }
        extra = { cid: shared, width: glyph.width };
      } else {
        const q = p.cidOf(QUESTION_MARK) ?? 0;
        extra = { cid: q, width: p.widthOfCid(q) };
      }
      this.extraCids.set(codePoint, extra);
    }
    return extra;
  }

  /** Width of the text in points at this size. */
  widthOf(text: string, size: number): number {
    let width = 0;
    for (const ch of text) width += this.cidAndWidth(ch.codePointAt(0) ?? QUESTION_MARK).width;
    return (width * size) / 1000;
  }

  /** The text as a hex string of 2-byte CIDs (Identity-H), for a Tj operator. */
  encode(text: string): string {
    let hex = "";
    for (const ch of text) hex += this.cidAndWidth(ch.codePointAt(0) ?? QUESTION_MARK).cid.toString(16).padStart(4, "0");
    return hex;
  }

  /** Writes the Type 0 font (CIDFontType2, Identity-H, embedded subset, ToUnicode) into the document. */
  async embed(context: PDFContext): Promise<PDFRef> {
    const program = await this.prepared.program(this.extras);
    const font = this.prepared.font;
    const scale = this.prepared.scale;
    const fontFile = context.register(PDFRawStream.of(context.obj({ Filter: "FlateDecode", Length1: program.length1 }), program.fontFile));
    const bbox = font.bbox;
    const descriptor = context.register(
      context.obj({
        Type: "FontDescriptor",
        FontName: program.baseFont,
        Flags: fontFlags(font),
        FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale].map(round),
        ItalicAngle: font.italicAngle,
        Ascent: round(font.ascent * scale),
        Descent: round(font.descent * scale),
        CapHeight: round((font.capHeight || font.ascent) * scale),
        XHeight: round((font.xHeight || 0) * scale),
        StemV: 0,
        FontFile2: fontFile,
      }),
    );
    const widths = PDFArray.withContext(context);
    widths.push(PDFNumber.of(0));
    widths.push(context.obj(program.widths.map(round)));
    const cidFont = context.register(
      context.obj({
        Type: "Font",
        Subtype: "CIDFontType2",
        CIDToGIDMap: "Identity",
        BaseFont: program.baseFont,
        CIDSystemInfo: { Registry: PDFString.of("Adobe"), Ordering: PDFString.of("Identity"), Supplement: 0 },
        FontDescriptor: descriptor,
        W: widths,
      }),
    );
    const toUnicode = context.register(PDFRawStream.of(context.obj({ Filter: "FlateDecode" }), program.toUnicode));
    return context.register(
      context.obj({ Type: "Font", Subtype: "Type0", BaseFont: program.baseFont, Encoding: "Identity-H", DescendantFonts: [cidFont], ToUnicode: toUnicode }),
    );
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Font descriptor flags: fixed pitch 1, serif 2, symbolic 4 (glyphs reached by CID), script 8, italic 64. */
function fontFlags(font: PreparedFont["font"]): number {
  const familyClass = font["OS/2"]?.sFamilyClass ?? 0;
  let flags = 4;
  if (font.post?.isFixedPitch) flags |= 1;
  if (familyClass >= 1 && familyClass <= 7) flags |= 2;
  if (familyClass === 10) flags |= 8;
  if (font.head?.macStyle?.italic) flags |= 64;
  return flags;
}
