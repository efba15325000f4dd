// WCAG 2 contrast arithmetic, used to keep text readable on the deploying body's colour (RGAA criterion 3.2).

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** The WCAG relative luminance of a `#rrggbb` colour, from 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** The WCAG contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** White or black, whichever reads better on `background` (one of them always reaches 4.5:1). */
export function readableTextOn(background: string): "#ffffff" | "#000000" {
  return contrastRatio("#ffffff", background) >= contrastRatio("#000000", background) ? "#ffffff" : "#000000";
}

/** The first colour of `candidates` that reaches `ratio` against `background`, else the last one. */
export function firstReadable(candidates: readonly string[], background: string, ratio = 4.5): string {
  return candidates.find((c) => contrastRatio(c, background) >= ratio) ?? candidates[candidates.length - 1] ?? "#000000";
}
