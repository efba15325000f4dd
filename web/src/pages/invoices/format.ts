/** "1234.5" → "1 234,50 €" (French grouping); the value stays a decimal string, never a float. */
export function formatAmount(amount: string | null | undefined, currency = "EUR"): string {
  if (amount === null || amount === undefined || amount === "") return "—";
  const negative = amount.startsWith("-");
  const [whole = "0", fraction = ""] = amount.replace("-", "").split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  const symbol = currency === "EUR" ? "€" : currency;
  return `${negative ? "−" : ""}${grouped},${fraction.padEnd(2, "0").slice(0, Math.max(2, fraction.length))}\u00a0${symbol}`;
}

/** "2026-03-02" → "02/03/2026". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-");
  return `${d}/${m}/${y}`;
}

/** An ISO instant in Paris time: "02/03/2026 10:00". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });
}

/** "12 345 678 20007 7"-style grouping of a SIRET for reading. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}
