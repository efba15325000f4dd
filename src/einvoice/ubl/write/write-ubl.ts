import type { Invoice } from "../../model/invoice.js";
import { toUblDueDateCode } from "../../model/tax-point-codes.js";
import { NAMESPACES } from "../../xml/namespaces.js";
import { type XNode, always, serializeXml, x } from "../../xml/xml-writer.js";
import { period, ublLine } from "./ubl-lines.js";
import { customerParty, delivery, identifier, payeeParty, supplierParty, taxRepresentativeParty, v } from "./ubl-parties.js";
import { documentAllowanceCharge, legalMonetaryTotal, paymentMeans, taxTotals } from "./ubl-settlement.js";

const CREDIT_NOTE_TYPES = new Set(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);

/** BG-24 and BT-18 as cac:AdditionalDocumentReference (BT-18 with type 130). */
function additionalDocuments(invoice: Invoice): XNode[] {
  const docs = invoice.supportingDocuments.map((d) =>
    x("cac:AdditionalDocumentReference", [
      x("cbc:ID", v(d.reference)),
      x("cbc:DocumentDescription", v(d.description)),
      x("cac:Attachment", [
        d.attachment ? x("cbc:EmbeddedDocumentBinaryObject", d.attachment.value, { mimeCode: d.attachment.mimeCode?.value, filename: d.attachment.filename?.value }) : undefined,
        x("cac:ExternalReference", x("cbc:URI", v(d.externalLocation))),
      ]),
    ]),
  );
  const object = invoice.invoicedObjectId ? x("cac:AdditionalDocumentReference", [identifier("cbc:ID", invoice.invoicedObjectId), always("cbc:DocumentTypeCode", "130")]) : undefined;
  return [...docs, object].filter((n): n is XNode => !!n);
}

/** Builds the UBL 2.1 tree (Invoice, or CreditNote for a credit-note type code) of an invoice. */
export function ublTree(invoice: Invoice): XNode {
  const creditNote = CREDIT_NOTE_TYPES.has(invoice.typeCode?.value ?? "");
  const currency = v(invoice.currency);
  const sepa = v(invoice.payment?.directDebit?.creditorId);
  const root = x(creditNote ? "CreditNote" : "Invoice", [
    x("cbc:CustomizationID", v(invoice.process.specificationId)),
    x("cbc:ProfileID", v(invoice.process.businessProcess)),
    x("cbc:ID", v(invoice.number)),
    x("cbc:IssueDate", v(invoice.issueDate)),
    creditNote ? undefined : x("cbc:DueDate", v(invoice.dueDate)),
    creditNote ? x("cbc:TaxPointDate", v(invoice.taxPointDate)) : undefined,
    x(creditNote ? "cbc:CreditNoteTypeCode" : "cbc:InvoiceTypeCode", v(invoice.typeCode)),
    ...invoice.notes.map((n) => x("cbc:Note", n.subjectCode?.value ? `#${n.subjectCode.value}#${n.text?.value ?? ""}` : v(n.text))),
    creditNote ? undefined : x("cbc:TaxPointDate", v(invoice.taxPointDate)),
    x("cbc:DocumentCurrencyCode", currency),
    x("cbc:TaxCurrencyCode", v(invoice.vatCurrency)),
    x("cbc:AccountingCost", v(invoice.buyerAccountingReference)),
    x("cbc:BuyerReference", v(invoice.buyerReference)),
    period(invoice.invoicingPeriod, toUblDueDateCode(v(invoice.taxPointDateCode))),
    x("cac:OrderReference", [x("cbc:ID", v(invoice.purchaseOrderReference) ?? (invoice.salesOrderReference ? "NA" : undefined)), x("cbc:SalesOrderID", v(invoice.salesOrderReference))]),
    ...invoice.precedingInvoices.map((p) => x("cac:BillingReference", x("cac:InvoiceDocumentReference", [x("cbc:ID", v(p.number)), x("cbc:IssueDate", v(p.issueDate))]))),
    x("cac:DespatchDocumentReference", x("cbc:ID", v(invoice.despatchAdviceReference))),
    x("cac:ReceiptDocumentReference", x("cbc:ID", v(invoice.receivingAdviceReference))),
    x("cac:OriginatorDocumentReference", x("cbc:ID", v(invoice.tenderReference))),
    x("cac:ContractDocumentReference", x("cbc:ID", v(invoice.contractReference))),
    ...additionalDocuments(invoice),
    // UBL 2.1 credit notes have no cac:ProjectReference: EN 16931 binds BT-11 there to a document reference of type 50.
    creditNote
      ? x("cac:AdditionalDocumentReference", [x("cbc:ID", v(invoice.projectReference)), invoice.projectReference ? always("cbc:DocumentTypeCode", "50") : undefined])
      : x("cac:ProjectReference", x("cbc:ID", v(invoice.projectReference))),
    supplierParty(invoice.seller, invoice.payee ? undefined : sepa),
    customerParty(invoice.buyer),
    payeeParty(invoice.payee, sepa),
    taxRepresentativeParty(invoice.taxRepresentative),
    delivery(invoice.delivery),
    ...paymentMeans(invoice, creditNote),
    x("cac:PaymentTerms", x("cbc:Note", v(invoice.paymentTerms))),
    ...invoice.allowances.map((a) => documentAllowanceCharge(a, false, currency)),
    ...invoice.charges.map((c) => documentAllowanceCharge(c, true, currency)),
    ...taxTotals(invoice, currency),
    legalMonetaryTotal(invoice, currency),
    ...invoice.lines.map((l) => ublLine(l, creditNote, currency)),
  ]);
  if (!root) throw new Error("empty invoice");
  return root;
}

/** Writes an invoice as UBL 2.1 XML (Invoice or CreditNote). */
export function writeUbl(invoice: Invoice): string {
  const tree = ublTree(invoice);
  const rootNs = tree.name === "CreditNote" ? NAMESPACES.cn : NAMESPACES.inv;
  tree.attrs = { xmlns: rootNs, ...tree.attrs };
  return serializeXml(tree, { cac: NAMESPACES.cac, cbc: NAMESPACES.cbc });
}
