import type { ExtendedDocument, ExtendedLine } from "../model/extended.js";
import type { Invoice } from "../model/invoice.js";
import type { InvoiceLine } from "../model/lines.js";

/** The invoice's `extended` part, created on first use. */
export function extendedOf(invoice: Invoice): ExtendedDocument {
  invoice.extended ??= { references: [], parties: [], paymentTerms: [], logisticsCharges: [] };
  return invoice.extended;
}

/** The line's `extended` part, created on first use. */
export function extendedLineOf(line: InvoiceLine): ExtendedLine {
  line.extended ??= { notes: [], references: [], includedProducts: [] };
  return line.extended;
}
