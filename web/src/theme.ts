import { type MantineColorsTuple, createTheme } from "@mantine/core";

/** Ten shades from light to dark around the deploying body's colour (index 6 is the colour itself). */
function shades(hex: string): MantineColorsTuple {
  const n = Number.parseInt(hex.slice(1), 16);
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const mix = (t: number, to: number) => `#${rgb.map((c) => Math.round(c + (to - c) * t).toString(16).padStart(2, "0")).join("")}`;
  return [mix(0.92, 255), mix(0.8, 255), mix(0.65, 255), mix(0.5, 255), mix(0.3, 255), mix(0.15, 255), hex, mix(0.15, 0), mix(0.3, 0), mix(0.45, 0)] as unknown as MantineColorsTuple;
}

/** The Mantine theme: sober, accessible, in the deploying body's colour. */
export function buildTheme(primaryColor: string) {
  return createTheme({
    primaryColor: "brand",
    primaryShade: 6,
    colors: { brand: shades(primaryColor) },
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
    defaultRadius: "sm",
    focusRing: "always",
  });
}
