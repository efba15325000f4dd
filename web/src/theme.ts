import { type CSSVariablesResolver, createTheme, DEFAULT_THEME, type MantineColorsTuple, type MantineThemeOverride } from "@mantine/core";
import { firstReadable, readableTextOn } from "./lib/contrast";

/** Ten shades from light to dark around the deploying body's colour (index 6 is the colour itself). */
export function shades(hex: string): MantineColorsTuple {
  const n = Number.parseInt(hex.slice(1), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const mix = (t: number, to: number) => `#${rgb.map((c) => Math.round(c + (to - c) * t).toString(16).padStart(2, "0")).join("")}`;
  return [mix(0.92, 255), mix(0.8, 255), mix(0.65, 255), mix(0.5, 255), mix(0.3, 255), mix(0.15, 255), hex, mix(0.15, 0), mix(0.3, 0), mix(0.45, 0)] as unknown as MantineColorsTuple;
}

/** The header's colours: the brand colour and white or black text, whichever reaches 4.5:1 on it. */
export function headerColors(primaryColor: string): { background: string; text: string } {
  return { background: primaryColor, text: readableTextOn(primaryColor) };
}

/** The Mantine theme: sober, accessible, in the deploying body's colour. */
export function buildTheme(primaryColor: string): MantineThemeOverride {
  return createTheme({
    primaryColor: "brand",
    primaryShade: 6,
    colors: { brand: shades(primaryColor) },
    autoContrast: true,
    // WCAG's crossover: above this luminance black text reaches 4.58:1, below it white text does.
    luminanceThreshold: 0.179,
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
    defaultRadius: "sm",
    focusRing: "auto",
  });
}

function mix(hex: string, to: string, t: number): string {
  const a = Number.parseInt(hex.slice(1), 16);
  const b = Number.parseInt(to.slice(1), 16);
  const channel = (shift: number) => Math.round(((a >> shift) & 255) * (1 - t) + ((b >> shift) & 255) * t);
  return `#${[16, 8, 0].map((shift) => channel(shift).toString(16).padStart(2, "0")).join("")}`;
}

/**
 * Text colours of one palette that read at 4.5:1: Mantine draws "light" variants (badges, alerts) and "outline"
 * variants in shade 6, which most palettes fail on white or on their 10 % tint. Take the first darker shade that reads.
 */
function readablePalette(name: string, tuple: readonly string[]): Record<string, string> {
  const base = tuple[6] ?? "#000000";
  const darker = [tuple[7], tuple[8], tuple[9]].filter((c): c is string => Boolean(c));
  const last = darker[darker.length - 1] ?? base;
  const candidates = [...darker, mix(last, "#000000", 0.25), mix(last, "#000000", 0.5), "#000000"];
  const onWhite = firstReadable([base, ...candidates], "#ffffff");
  return {
    [`--mantine-color-${name}-light-color`]: firstReadable(candidates, mix(base, "#ffffff", 0.9)),
    [`--mantine-color-${name}-outline`]: onWhite,
    [`--mantine-color-${name}-text`]: onWhite,
  };
}

/**
 * Mantine's default link, dimmed, error, "light" and "outline" colours fall under 4.5:1 on white (gray.6, red.6,
 * green.6...) and so may the brand colour: replace each with the first shade that reads (RGAA criterion 3.2).
 */
export function buildCssVariables(primaryColor: string): CSSVariablesResolver {
  const brand = shades(primaryColor);
  const link = firstReadable([brand[6], brand[7], brand[8], brand[9]], "#ffffff");
  const palettes = Object.entries(DEFAULT_THEME.colors).map(([name, tuple]) => readablePalette(name, tuple));
  return () => ({
    variables: {},
    light: {
      ...Object.assign({}, ...palettes),
      ...readablePalette("brand", brand),
      "--mantine-color-anchor": link,
      "--mantine-color-dimmed": "#495057",
      // Mantine's placeholder grey reads at about 2:1; this one at 4.7:1 on white.
      "--mantine-color-placeholder": "#6c757d",
      "--mantine-color-error": "#c92a2a",
      "--guichet-header-bg": primaryColor,
      "--guichet-header-fg": readableTextOn(primaryColor),
      "--guichet-focus": link,
    },
    dark: {},
  });
}
