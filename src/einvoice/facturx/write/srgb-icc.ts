// A small ICC v2 display profile for sRGB (IEC 61966-2.1), built from the standard's published values: the D50-adapted
// primaries, the D50 white point and the sRGB transfer curve. PDF/A needs an output intent with such a profile.

const PRIMARIES = {
  rXYZ: [0.436065674, 0.222488403, 0.013916016],
  gXYZ: [0.385147095, 0.716873169, 0.097076416],
  bXYZ: [0.143066406, 0.06060791, 0.714096069],
  wtpt: [0.964202881, 1, 0.824905396],
} as const;

function s15Fixed16(value: number): number {
  return Math.round(value * 65536) | 0;
}

function xyzTag(xyz: readonly number[]): Uint8Array {
  const b = new DataView(new ArrayBuffer(20));
  b.setUint32(0, 0x58595a20); // 'XYZ '
  for (const [i, v] of xyz.entries()) b.setInt32(8 + i * 4, s15Fixed16(v));
  return new Uint8Array(b.buffer);
}

function curveTag(points = 1024): Uint8Array {
  const b = new DataView(new ArrayBuffer(12 + points * 2));
  b.setUint32(0, 0x63757276); // 'curv'
  b.setUint32(8, points);
  for (let i = 0; i < points; i++) {
    const c = i / (points - 1);
    const linear = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    b.setUint16(12 + i * 2, Math.round(linear * 65535));
  }
  return new Uint8Array(b.buffer);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0) & 0x7f);
}

function descriptionTag(text: string): Uint8Array {
  const chars = [...ascii(text), 0];
  const b = new Uint8Array(12 + chars.length + 8 + 3 + 67);
  const view = new DataView(b.buffer);
  view.setUint32(0, 0x64657363); // 'desc'
  view.setUint32(8, chars.length);
  b.set(chars, 12);
  return b; // Unicode and ScriptCode parts stay empty (zeros).
}

function textTag(text: string): Uint8Array {
  const chars = [...ascii(text), 0];
  const b = new Uint8Array(8 + chars.length);
  new DataView(b.buffer).setUint32(0, 0x74657874); // 'text'
  b.set(chars, 8);
  return b;
}

const pad4 = (n: number) => (n + 3) & ~3;

/** The bytes of the sRGB ICC profile. */
export function srgbIccProfile(): Uint8Array {
  const curve = curveTag();
  const tags: Array<[string, Uint8Array]> = [
    ["desc", descriptionTag("sRGB IEC61966-2.1")],
    ["cprt", textTag("No copyright, use freely")],
    ["wtpt", xyzTag(PRIMARIES.wtpt)],
    ["rXYZ", xyzTag(PRIMARIES.rXYZ)],
    ["gXYZ", xyzTag(PRIMARIES.gXYZ)],
    ["bXYZ", xyzTag(PRIMARIES.bXYZ)],
    ["rTRC", curve],
    ["gTRC", curve],
    ["bTRC", curve],
  ];
  const tableSize = 4 + tags.length * 12;
  // Distinct tag data (the three TRC tags share one curve).
  const blobs = new Map<Uint8Array, number>();
  let offset = 128 + tableSize;
  for (const [, data] of tags) {
    if (blobs.has(data)) continue;
    blobs.set(data, offset);
    offset = pad4(offset + data.length);
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, offset);
  view.setUint32(8, 0x02100000);
  out.set(ascii("mntrRGB XYZ "), 12);
  view.setUint16(24, 2026);
  view.setUint16(26, 1);
  view.setUint16(28, 1);
  out.set(ascii("acsp"), 36);
  for (const [i, v] of PRIMARIES.wtpt.entries()) view.setInt32(68 + i * 4, s15Fixed16(v));
  view.setUint32(128, tags.length);
  tags.forEach(([sig, data], i) => {
    out.set(ascii(sig), 132 + i * 12);
    view.setUint32(136 + i * 12, blobs.get(data) as number);
    view.setUint32(140 + i * 12, data.length);
  });
  for (const [data, at] of blobs) out.set(data, at);
  return out;
}
