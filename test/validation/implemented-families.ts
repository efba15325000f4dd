/**
 * The EN 16931 rule families whose agreement with the official artefacts the suite enforces, on every corpus file
 * and every CEN single-rule test. A family is listed here once all of its rules are written.
 */
export const IMPLEMENTED_FAMILIES: ReadonlySet<string> = new Set<string>([
  "BR",
  "BR-CO",
  "BR-DEC",
  "BR-S",
  "BR-Z",
  "BR-E",
  "BR-AE",
  "BR-IC",
  "BR-G",
  "BR-O",
  "BR-AF",
  "BR-AG",
  "BR-CL",
  "CII-SR",
  "CII-DT",
  "UBL-SR",
  "UBL-CR",
  "UBL-DT",
]);
