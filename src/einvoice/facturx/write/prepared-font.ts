import { deflateSync } from "node:zlib";
import fontkit from "@pdf-lib/fontkit";

// A TrueType font made ready once per process for every invoice: the glyphs of a fixed repertoire (ASCII, Latin-1,
// French typography) are subset, encoded and compressed once, with their widths and ToUnicode map. Each
// document then only writes glyph ids; a character outside the repertoire gets a glyph after the repertoire's, and only
// such a document pays for a subset of its own (kept in a small cache).

type Font = ReturnType<typeof fontkit.create>;

/** The characters every invoice may use without a subset of its own: ASCII, Latin-1, Œ œ Ÿ, French typography. */
const REPERTOIRE: readonly number[] = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0xff),
  ...[0x152, 0x153, 0x178, 0x2009, 0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2022, 0x2026, 0x202f, 0x2030, 0x2039, 0x203a, 0x20ac, 0x2122, 0x2212],
];

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A subset font program as a PDF embeds it: compressed bytes, widths per CID, ToUnicode CMap (compressed). */
export interface FontProgram {
  /** Six capital letters + "+" + PostScript name, as PDF names a subset. */
  baseFont: string;
  /** The TrueType subset, deflated (FontFile2). */
  fontFile: Uint8Array;
  /** Length of the subset before compression (Length1). */
  length1: number;
  /** Advance widths in 1/1000 em, indexed by CID (CID = glyph id in the subset). */
  widths: readonly number[];
  /** The ToUnicode CMap, deflated. */
  toUnicode: Uint8Array;
}

/** A parsed font with its repertoire subset, shared by every document of the process. */
export class PreparedFont {
  readonly scale: number;
  readonly postscriptName: string;
  /** CID of each repertoire character (glyph ids in subset order; 0 is .notdef). */
  private readonly cids = new Map<number, number>();
  /** Font glyph id of each CID, and the character it shows. */
  private readonly glyphIds: number[] = [0];
  private readonly codePoints: number[] = [0];
  private readonly widthByCid: number[] = [0];
  private readonly cidByGlyph = new Map<number, number>([[0, 0]]);
  private base: Promise<FontProgram> | undefined;
  private readonly extended = new Map<string, Promise<FontProgram>>();

  private constructor(readonly font: Font) {
    this.scale = 1000 / font.unitsPerEm;
    this.postscriptName = String(font.postscriptName ?? "Font").replace(/[^A-Za-z0-9-]/g, "");
    this.widthByCid[0] = font.getGlyph(0).advanceWidth * this.scale;
    for (const cp of REPERTOIRE) {
      const glyph = font.glyphForCodePoint(cp);
      if (glyph.id === 0) continue;
      const shared = this.cidByGlyph.get(glyph.id);
      if (shared !== undefined) {
        this.cids.set(cp, shared);
        continue;
      }
      this.cids.set(cp, this.glyphIds.length);
      this.cidByGlyph.set(glyph.id, this.glyphIds.length);
      this.glyphIds.push(glyph.id);
      this.codePoints.push(cp);
      this.widthByCid.push(glyph.advanceWidth * this.scale);
    }
  }

  private static readonly parsed = new WeakMap<Uint8Array, PreparedFont>();

  /** The prepared font for these TrueType bytes (parsed once per process). */
  static of(bytes: Uint8Array): PreparedFont {
    let prepared = PreparedFont.parsed.get(bytes);
    if (!prepared) {
      prepared = new PreparedFont(fontkit.create(bytes));
      PreparedFont.parsed.set(bytes, prepared);
    }
    return prepared;
  }

  /** Number of CIDs of the repertoire subset (extra characters of a document come after). */
  get repertoireSize(): number {
    return this.glyphIds.length;
  }

  /** CID of a repertoire character, undefined when it is not in the repertoire. */
  cidOf(codePoint: number): number | undefined {
    return this.cids.get(codePoint);
  }

  /** Width (1/1000 em) of a CID of the repertoire. */
  widthOfCid(cid: number): number {
    return this.widthByCid[cid] ?? 0;
  }

  /** CID of a glyph of the repertoire subset (by font glyph id). */
  cidOfGlyph(glyphId: number): number | undefined {
    return this.cidByGlyph.get(glyphId);
  }

  /** The font's glyph for a character outside the repertoire, undefined when the font has none. */
  extraGlyph(codePoint: number): { id: number; width: number } | undefined {
    const glyph = this.font.glyphForCodePoint(codePoint);
    return glyph.id === 0 ? undefined : { id: glyph.id, width: glyph.advanceWidth * this.scale };
  }

  /**
   * The font program for the repertoire plus these extra characters (each with a glyph of its own, not in the
   * repertoire; in CID order after the repertoire).
   */
  program(extras: readonly number[]): Promise<FontProgram> {
    if (extras.length === 0) {
      this.base ??= this.build([]);
      return this.base;
    }
    const key = String.fromCodePoint(...extras);
    let program = this.extended.get(key);
    if (!program) {
      if (this.extended.size >= 32) this.extended.clear();
      program = this.build(extras);
      this.extended.set(key, program);
    }
    return program;
  }

  private async build(extras: readonly number[]): Promise<FontProgram> {
    const subset = this.font.createSubset();
    const glyphIds = [...this.glyphIds];
    const codePoints = [...this.codePoints];
    const widths = [...this.widthByCid];
    for (const cp of extras) {
      const glyph = this.extraGlyph(cp);
      if (!glyph) continue;
      glyphIds.push(glyph.id);
      codePoints.push(cp);
      widths.push(glyph.width);
    }
    // The subset numbers glyphs in the order they are included, .notdef first: CID = position in glyphIds.
    for (const [cid, id] of glyphIds.entries()) {
      if (subset.includeGlyph(id) !== cid) throw new Error("subset glyph order");
    }
    const bytes = await encodeSubset(subset);
    return {
      baseFont: `${subsetTag(this.postscriptName, codePoints)}+${this.postscriptName}`,
      fontFile: deflateSync(bytes),
      length1: bytes.length,
      widths,
      toUnicode: deflateSync(Buffer.from(toUnicodeCmap(codePoints), "latin1")),
    };
  }
}

function encodeSubset(subset: ReturnType<Font["createSubset"]>): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const parts: Uint8Array[] = [];
    subset
      .encodeStream()
      .on("data", (bytes: Uint8Array) => parts.push(bytes))
      .on("end", () => resolve(Buffer.concat(parts)));
  });
}

/** A subset tag derived from the name and characters, so that the same subset always gets the same name. */
function subsetTag(name: string, codePoints: readonly number[]): string {
  let h = 0x811c9dc5;
  for (const c of `${name}${String.fromCodePoint(...codePoints.slice(1))}`) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619) >>> 0;
  let tag = "";
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26);
  }
  return tag;
}

const hex4 = (n: number) => n.toString(16).padStart(4, "0");

function utf16Hex(codePoint: number): string {
  if (codePoint < 0x10000) return hex4(codePoint);
  const v = codePoint - 0x10000;
  return hex4(0xd800 + (v >> 10)) + hex4(0xdc00 + (v & 0x3ff));
}

/** A ToUnicode CMap from CIDs (positions, .notdef at 0 left out) to the characters they show. */
function toUnicodeCmap(codePoints: readonly number[]): string {
  const entries = codePoints.map((cp, cid) => `<${hex4(cid)}> <${utf16Hex(cp)}>`).slice(1);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <ffff>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}
