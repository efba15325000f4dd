// Dates and amounts written the way the reader's language writes them: French (fr-FR) first, English (en-GB) second.
// Lang is i18n's `"fr" | "en"`, restated so this file has no imports: the root project's tests typecheck it too.
type Lang = "fr" | "en";

const LOCALES: Record<Lang, string> = { fr: "fr-FR", en: "en-GB" };

/** The BCP 47 locale a language formats with. */
export function localeOf(lang: Lang): string {
  return LOCALES[lang];
}

/**
 * A decimal string as money: "1234.5" → "1 234,50 €" in French, "€1,234.50" in English. The digits come from the
 * string itself (never through a float); Intl only says where the symbol, the separators and the sign go.
 */
export function formatMoney(amount: string | null | undefined, currency = "EUR", lang: Lang = "fr"): string {
  if (amount === null || amount === undefined || amount === "") return "—";
  const negative = amount.startsWith("-");
  const [whole = "0", fraction = ""] = amount.replace(/^[-+]/, "").split(".");
  const digits = Math.max(2, fraction.length);
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(LOCALES[lang], { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  } catch {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits }); // unknown currency code
  }
  const group = format.formatToParts(1000).find((p) => p.type === "group")?.value ?? " ";
  const grouped = (whole.replace(/^0+(?=\d)/, "") || "0").replace(/\B(?=(\d{3})+(?!\d))/g, group);
  let integerDone = false;
  const text = format
    .formatToParts(negative ? -1 : 1)
    .map((p) => {
      if (p.type === "integer") {
        if (integerDone) return "";
        integerDone = true;
        return grouped;
      }
      if (p.type === "fraction") return fraction.padEnd(digits, "0");
      if (p.type === "minusSign") return "−";
      return p.value;
    })
    .join("");
  return format.resolvedOptions().style === "currency" ? text : `${text}\u00a0${currency}`;
}

/** A calendar date ("2026-03-02"): "02/03/2026" in French, "2 Mar 2026" in English. */
export function formatDay(iso: string | null | undefined, lang: Lang = "fr"): string {
  if (!iso) return "—";
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  if (!y || !m || !d) return iso;
  const options: Intl.DateTimeFormatOptions = lang === "fr" ? { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" } : { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(LOCALES[lang], options).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An ISO instant in Paris time (or the zone given): "02/03/2026 10:00" in French, "2 Mar 2026, 10:00" in English. */
export function formatInstant(iso: string | null | undefined, lang: Lang = "fr", timeZone = "Europe/Paris"): string {
  if (!iso) return "—";
  const options: Intl.DateTimeFormatOptions = { timeZone, dateStyle: lang === "fr" ? "short" : "medium", timeStyle: "short" };
  return new Date(iso).toLocaleString(LOCALES[lang], options);
}
