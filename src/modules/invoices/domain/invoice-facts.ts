import type { Syntax } from "../../../einvoice/detect.js";
import { first, select, textAt, type XmlElement } from "../../../einvoice/xml/xml-tree.js";

// The few facts of a structured invoice the portal routes and lists by (number, dates, parties, references,
// totals), read from a CII or UBL tree. Interim: the engine's `readInvoice` (full EN 16931 model) is not published
// yet; once it is, build these facts from its model instead.

export interface InvoiceFacts {
  number: string | undefined;
  typeCode: string | undefined;
  issueDate: string | undefined;
  dueDate: string | undefined;
  currency: string | undefined;
  /** BT-10 Buyer reference: the code service in B2G. */
  buyerReference: string | undefined;
  /** BT-12 Contract reference. */
  contractReference: string | undefined;
  /** BT-13 Purchase order reference: the engagement (EJ) or bon de commande. */
  orderReference: string | undefined;
  sellerName: string | undefined;
  /** Every identifier given for the seller (BT-29, BT-30, BT-34), with its scheme. */
  sellerIds: Array<{ id: string; scheme: string | undefined }>;
  buyerName: string | undefined;
  buyerIds: Array<{ id: string; scheme: string | undefined }>;
  totalWithoutVat: string | undefined;
  totalVat: string | undefined;
  totalWithVat: string | undefined;
  amountDue: string | undefined;
  iban: string | undefined;
}

/** CII format 102 (YYYYMMDD) to ISO; other values are kept as written. */
function isoDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : text;
}

function ids(elements: XmlElement[]): Array<{ id: string; scheme: string | undefined }> {
  return elements.map((e) => ({ id: e.text.trim(), scheme: e.attrs.schemeID?.trim() })).filter((x) => x.id.length > 0);
}

function ciiFacts(root: XmlElement): InvoiceFacts {
  const tx = first(root, "rsm:SupplyChainTradeTransaction");
  const agreement = first(tx, "ram:ApplicableHeaderTradeAgreement");
  const settlement = first(tx, "ram:ApplicableHeaderTradeSettlement");
  const sums = first(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");
  const currency = textAt(settlement, "ram:InvoiceCurrencyCode");
  const vatTotals = select(sums, "ram:TaxTotalAmount");
  const vat = vatTotals.find((e) => !e.attrs.currencyID || e.attrs.currencyID === currency) ?? vatTotals[0];
  const party = (key: string) => first(agreement, key);
  const partyIds = (p: XmlElement | undefined) => ids([...select(p, "ram:ID"), ...select(p, "ram:GlobalID"), ...select(p, "ram:SpecifiedLegalOrganization/ram:ID"), ...select(p, "ram:URIUniversalCommunication/ram:URIID")]);
  return {
    number: textAt(root, "rsm:ExchangedDocument/ram:ID"),
    typeCode: textAt(root, "rsm:ExchangedDocument/ram:TypeCode"),
    issueDate: isoDate(textAt(root, "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString")),
    dueDate: isoDate(textAt(settlement, "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString")),
    currency,
    buyerReference: textAt(agreement, "ram:BuyerReference"),
    contractReference: textAt(agreement, "ram:ContractReferencedDocument/ram:IssuerAssignedID"),
    orderReference: textAt(agreement, "ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
    sellerName: textAt(party("ram:SellerTradeParty"), "ram:Name"),
    sellerIds: partyIds(party("ram:SellerTradeParty")),
    buyerName: textAt(party("ram:BuyerTradeParty"), "ram:Name"),
    buyerIds: partyIds(party("ram:BuyerTradeParty")),
    totalWithoutVat: textAt(sums, "ram:TaxBasisTotalAmount"),
    totalVat: vat?.text.trim(),
    totalWithVat: textAt(sums, "ram:GrandTotalAmount"),
    amountDue: textAt(sums, "ram:DuePayableAmount"),
    iban: textAt(settlement, "ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID"),
  };
}

function ublFacts(root: XmlElement): InvoiceFacts {
  const partyIds = (p: XmlElement | undefined) => ids([...select(p, "cbc:EndpointID"), ...select(p, "cac:PartyIdentification/cbc:ID"), ...select(p, "cac:PartyLegalEntity/cbc:CompanyID")]);
  const seller = first(root, "cac:AccountingSupplierParty/cac:Party");
  const buyer = first(root, "cac:AccountingCustomerParty/cac:Party");
  const totals = first(root, "cac:LegalMonetaryTotal");
  const currency = textAt(root, "cbc:DocumentCurrencyCode");
  const vat = select(root, "cac:TaxTotal/cbc:TaxAmount").find((e) => e.attrs.currencyID === currency);
  const name = (p: XmlElement | undefined) => textAt(p, "cac:PartyLegalEntity/cbc:RegistrationName") ?? textAt(p, "cac:PartyName/cbc:Name");
  return {
    number: textAt(root, "cbc:ID"),
    typeCode: textAt(root, "cbc:InvoiceTypeCode") ?? textAt(root, "cbc:CreditNoteTypeCode"),
    issueDate: textAt(root, "cbc:IssueDate"),
    dueDate: textAt(root, "cbc:DueDate") ?? textAt(root, "cac:PaymentMeans/cbc:PaymentDueDate"),
    currency,
    buyerReference: textAt(root, "cbc:BuyerReference"),
    contractReference: textAt(root, "cac:ContractDocumentReference/cbc:ID"),
    orderReference: textAt(root, "cac:OrderReference/cbc:ID"),
    sellerName: name(seller),
    sellerIds: partyIds(seller),
    buyerName: name(buyer),
    buyerIds: partyIds(buyer),
    totalWithoutVat: textAt(totals, "cbc:TaxExclusiveAmount"),
    totalVat: vat?.text.trim(),
    totalWithVat: textAt(totals, "cbc:TaxInclusiveAmount"),
    amountDue: textAt(totals, "cbc:PayableAmount"),
    iban: textAt(root, "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"),
  };
}

/** The routing and listing facts of a CII or UBL invoice tree. */
export function invoiceFacts(root: XmlElement, syntax: Syntax): InvoiceFacts {
  return syntax === "CII" ? ciiFacts(root) : ublFacts(root);
}

/** The first 14-digit identifier of a party that looks like a SIRET (scheme 0009, or no scheme). */
export function siretOf(partyIds: InvoiceFacts["sellerIds"]): string | undefined {
  const candidates = partyIds.filter((x) => /^\d{14}$/.test(x.id.replace(/\s/g, "")));
  const preferred = candidates.find((x) => x.scheme === "0009") ?? candidates.find((x) => !x.scheme || x.scheme === "0002") ?? candidates[0];
  return preferred?.id.replace(/\s/g, "");
}

/** The SIREN (9 digits, scheme 0002 or none) of a party, when given instead of a SIRET. */
export function sirenOf(partyIds: InvoiceFacts["sellerIds"]): string | undefined {
  return partyIds.find((x) => /^\d{9}$/.test(x.id.replace(/\s/g, "")) && (!x.scheme || x.scheme === "0002"))?.id.replace(/\s/g, "");
}
