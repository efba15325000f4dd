import { type CSSVariablesResolver, createTheme, type MantineColorsTuple, type MantineThemeOverride } from "@mantine/core";
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
    luminanceThreshold: 0.4,
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif",
    defaultRadius: "sm",
    focusRing: "auto",
  });
}

/**
 * Mantine's default link, dimmed and error colours fall under 4.5:1 on white for light brand colours
 * (and gray.6 / red.6 always do): replace them with the first shade that reads.
 */
export function buildCssVariables(primaryColor: string): CSSVariablesResolver {
  const brand = shades(primaryColor);
  const link = firstReadable([brand[6], brand[7], brand[8], brand[9]], "#ffffff");
  return () => ({
    variables: {},
    light: {
      "--mantine-color-anchor": link,
      "--mantine-color-dimmed": "#495057",
      "--mantine-color-error": "#c92a2a",
      "--mantine-color-red-light-color": "#a61e1e",
      "--mantine-color-blue-light-color": "#1c4f8a",
      "--mantine-color-brand-light-color": link,
      "--mantine-color-brand-outline": link,
      "--guichet-header-bg": primaryColor,
      "--guichet-header-fg": readableTextOn(primaryColor),
      "--guichet-focus": link,
    },
    dark: {},
  });
}
