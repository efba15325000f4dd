import type { Lang } from "../../i18n/i18n";
import { formatDay, formatInstant, formatMoney } from "../../lib/locale-format";

/** "1234.5" → "1 234,50 €" (French, the default) or "€1,234.50" (English); the value stays a decimal string, never a float. */
export function formatAmount(amount: string | null | undefined, currency = "EUR", lang: Lang = "fr"): string {
  return formatMoney(amount, currency, lang);
}

/** "2026-03-02" → "02/03/2026" (French, the default) or "2 Mar 2026" (English). */
export function formatDate(iso: string | null | undefined, lang: Lang = "fr"): string {
  return formatDay(iso, lang);
}

/** An ISO instant in Paris time: "02/03/2026 10:00" (French, the default) or "2 Mar 2026, 10:00" (English). */
export function formatDateTime(iso: string | null | undefined, lang: Lang = "fr"): string {
  return formatInstant(iso, lang);
}

/** "12 345 678 20007 7"-style grouping of a SIRET for reading. */
export function formatSiret(siret: string): string {
  return /^\d{14}$/.test(siret) ? `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}` : siret;
}
