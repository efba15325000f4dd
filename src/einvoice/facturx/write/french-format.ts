/** A decimal string in French: "1234.5" → "1 234,50" (2 decimals at least), never through a float. */
export function frenchAmount(value: string | undefined, minDecimals = 2): string {
  if (value === undefined || !/^[+-]?\d*(\.\d*)?$/.test(value.trim())) return value ?? "";
  const v = value.trim();
  const negative = v.startsWith("-");
  const [intPart = "0", frac = ""] = v.replace(/^[+-]/, "").split(".");
  const grouped = (intPart.replace(/^0+(?=\d)/, "") || "0").replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  const decimals = frac.padEnd(minDecimals, "0");
  return `${negative ? "-" : ""}${grouped}${decimals ? `,${decimals}` : ""}`;
}

/** An ISO date in French: "2026-03-02" → "02/03/2026". */
export function frenchDate(iso: string | undefined): string {
  const m = iso?.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (iso ?? "");
}
