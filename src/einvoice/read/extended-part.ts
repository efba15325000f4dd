import type { ExtendedDocument } from "../model/extended.js";
import type { Invoice } from "../model/invoice.js";

/** The invoice's `extended` part, created on first use. */
export function extendedOf(invoice: Invoice): ExtendedDocument {
  invoice.extended ??= { references: [], parties: [], paymentTerms: [], logisticsCharges: [] };
  return invoice.extended;
}
