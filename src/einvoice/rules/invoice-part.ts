import type { Finding } from "./rule.js";

/** The parts of an invoice a supplier recognises, for grouping findings on screen. */
export type InvoicePart = "document" | "seller" | "buyer" | "parties" | "delivery" | "payment" | "allowances" | "totals" | "vat" | "attachments" | "lines";

export const INVOICE_PART_LABELS: Record<InvoicePart, { fr: string; en: string }> = {
  document: { fr: "En-tête de la facture", en: "Invoice header" },
  seller: { fr: "Vendeur (vous)", en: "Seller" },
  buyer: { fr: "Acheteur (destinataire)", en: "Buyer" },
  parties: { fr: "Autres intervenants", en: "Other parties" },
  delivery: { fr: "Livraison", en: "Delivery" },
  payment: { fr: "Paiement", en: "Payment" },
  allowances: { fr: "Remises et frais", en: "Allowances and charges" },
  totals: { fr: "Totaux", en: "Totals" },
  vat: { fr: "TVA", en: "VAT" },
  attachments: { fr: "Pièces jointes", en: "Attachments" },
  lines: { fr: "Lignes de la facture", en: "Invoice lines" },
};

// EN 16931 numbers its terms by part: these ranges follow the standard's groups (BG-4 seller = BT-27..BT-43, ...).
const BT_RANGES: Array<[number, number, InvoicePart]> = [
  [1, 26, "document"],
  [27, 43, "seller"],
  [44, 58, "buyer"],
  [59, 69, "parties"],
  [70, 80, "delivery"],
  [81, 91, "payment"],
  [92, 105, "allowances"],
  [106, 115, "totals"],
  [116, 121, "vat"],
  [122, 125, "attachments"],
  [126, 165, "lines"],
];
const BG_PARTS: Record<number, InvoicePart> = { 4: "seller", 5: "seller", 6: "seller", 7: "buyer", 8: "buyer", 9: "buyer", 10: "parties", 11: "parties", 12: "parties", 13: "delivery", 14: "delivery", 15: "delivery", 16: "payment", 17: "payment", 18: "payment", 19: "payment", 20: "allowances", 21: "allowances", 22: "totals", 23: "vat", 24: "attachments", 25: "lines", 26: "lines", 27: "lines", 28: "lines", 29: "lines", 30: "lines", 31: "lines", 32: "lines" };

/** The part of the invoice a finding concerns: from its first business term, else from the element's path. */
export function invoicePartOf(finding: Pick<Finding, "terms" | "path">): InvoicePart {
  if (/IncludedSupplyChainTradeLineItem|InvoiceLine|CreditNoteLine/.test(finding.path)) return "lines";
  for (const term of finding.terms) {
    const bt = term.match(/^BT-(\d+)/);
    if (bt) {
      const n = Number(bt[1]);
      const range = BT_RANGES.find(([lo, hi]) => n >= lo && n <= hi);
      if (range) return range[2];
    }
    const bg = term.match(/^BG-(\d+)/);
    if (bg && BG_PARTS[Number(bg[1])]) return BG_PARTS[Number(bg[1])] as InvoicePart;
  }
  if (/SellerTradeParty|AccountingSupplierParty/.test(finding.path)) return "seller";
  if (/BuyerTradeParty|AccountingCustomerParty/.test(finding.path)) return "buyer";
  if (/ApplicableTradeTax|TaxTotal/.test(finding.path)) return "vat";
  if (/MonetarySummation|LegalMonetaryTotal/.test(finding.path)) return "totals";
  if (/PaymentMeans|PaymentTerms/.test(finding.path)) return "payment";
  return "document";
}
