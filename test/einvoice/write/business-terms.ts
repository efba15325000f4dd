import { type Invoice, sum, toCiiDueDateCode } from "../../../src/einvoice/index.js";

/**
 * The business terms of an invoice, without where they were read, so that two readings of the same invoice in
 * different syntaxes compare equal. Removed or normalised, each because it is syntax, not business information:
 * - every `path`, the EXTENDED-only part, and each amount's `currency` attribute (UBL requires it, CII allows it);
 * - empty values (an empty element says nothing, and writers leave it out), and the groups left empty;
 * - BT-8 codes, which CII writes in UNTDID 2475 and UBL in UNTDID 2005 for the same meanings;
 * - BT-6 when equal to BT-5 (it says nothing; CII would then demand a second VAT total);
 * - a missing BT-110 next to a VAT breakdown: UBL cannot carry BG-23 without it, so it is derived as Σ BT-117.
 * BT-29 repeats without order (CII writes identifiers without a scheme first): identifiers are sorted.
 */
export function businessTerms(invoice: Invoice): unknown {
  const normalised: Invoice = structuredClone(invoice);
  if (normalised.taxPointDateCode) normalised.taxPointDateCode = { value: toCiiDueDateCode(normalised.taxPointDateCode.value) ?? "" };
  if (normalised.vatCurrency?.value === normalised.currency?.value) delete normalised.vatCurrency;
  if (!normalised.totals.vatTotal && normalised.vatBreakdown.length) {
    normalised.totals.vatTotal = { value: sum(normalised.vatBreakdown.map((b) => b.taxAmount?.value ?? "0")) };
  }
  return strip(normalised);
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (!value || typeof value !== "object") return value;
  if ((value as { value?: unknown }).value === "") return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === "path" || k === "extended" || k === "currency") continue;
    let s = strip(v);
    if (k === "identifiers" && Array.isArray(s)) s = [...s].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    if (s === undefined) continue;
    if (s && typeof s === "object" && !Array.isArray(s) && Object.keys(s).length === 0) continue;
    out[k] = s;
  }
  return out;
}
