import type { ReadResult } from "../../../src/einvoice/read-invoice.js";
import { pathOf, select, textAt, type XmlElement } from "../../../src/einvoice/xml/xml-tree.js";

/** Key terms found in the file by plain path queries, independently of the readers' mapping. */
export interface KeyTerms {
  number: string | undefined;
  numberPath: string | undefined;
  issueDate: string | undefined;
  sellerName: string | undefined;
  currency: string | undefined;
  taxInclusiveTotal: string | undefined;
  amountDue: string | undefined;
  lineCount: number;
}

const CII = {
  number: "rsm:ExchangedDocument/ram:ID",
  issueDate: "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString",
  sellerName: "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name",
  currency: "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode",
  totals: "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation",
  lines: "rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem",
};

function ciiDate(text: string | undefined): string | undefined {
  return text && /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6)}` : text;
}

/** Reads the key terms of a CII or UBL tree with `select`/`textAt` only. */
export function keyTermsOf(root: XmlElement): KeyTerms {
  if (root.key === "rsm:CrossIndustryInvoice") {
    const number = select(root, CII.number)[0];
    return {
      number: number?.text.trim(),
      numberPath: number && pathOf(number),
      issueDate: ciiDate(textAt(root, CII.issueDate)),
      sellerName: textAt(root, CII.sellerName),
      currency: textAt(root, CII.currency),
      taxInclusiveTotal: textAt(root, `${CII.totals}/ram:GrandTotalAmount`),
      amountDue: textAt(root, `${CII.totals}/ram:DuePayableAmount`),
      lineCount: select(root, CII.lines).length,
    };
  }
  const number = select(root, "cbc:ID")[0];
  return {
    number: number?.text.trim(),
    numberPath: number && pathOf(number),
    issueDate: textAt(root, "cbc:IssueDate"),
    sellerName: textAt(root, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName"),
    currency: textAt(root, "cbc:DocumentCurrencyCode"),
    taxInclusiveTotal: textAt(root, "cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount"),
    amountDue: textAt(root, "cac:LegalMonetaryTotal/cbc:PayableAmount"),
    lineCount: select(root, "cac:InvoiceLine").length + select(root, "cac:CreditNoteLine").length,
  };
}

/** The same key terms as the reader's model has them. */
export function keyTermsOfModel(read: ReadResult): KeyTerms {
  const m = read.model;
  return {
    number: m.number?.value,
    numberPath: m.number?.path,
    issueDate: m.issueDate?.value,
    sellerName: m.seller.name?.value,
    currency: m.currency?.value,
    taxInclusiveTotal: m.totals.taxInclusiveTotal?.value,
    amountDue: m.totals.amountDue?.value,
    lineCount: m.lines.length,
  };
}
