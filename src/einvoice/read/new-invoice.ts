import type { Invoice } from "../model/invoice.js";

/** An empty invoice: every array empty, every 1..1 group an object without a path (not found yet). */
export function newInvoice(path?: string): Invoice {
  const invoice: Invoice = {
    notes: [],
    process: {},
    precedingInvoices: [],
    seller: { identifiers: [], address: {} },
    buyer: { address: {} },
    allowances: [],
    charges: [],
    totals: {},
    vatBreakdown: [],
    supportingDocuments: [],
    lines: [],
  };
  if (path !== undefined) invoice.path = path;
  return invoice;
}
