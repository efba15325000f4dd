import type { Invoice } from "../../model/invoice.js";
import type { Value } from "../../model/value.js";
import { extendedOf } from "../../read/extended-part.js";
import { newInvoice } from "../../read/new-invoice.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import { ublLine, ublPeriod } from "./ubl-lines.js";
import { ublAddress, ublBuyer, ublExtendedParty, ublPayee, ublSeller, ublTaxRepresentative } from "./ubl-parties.js";
import { ublAllowanceCharge, ublPaymentMeans, ublTaxTotals, ublTotals } from "./ubl-settlement.js";
import { ublIsCharge } from "./ubl-lines.js";

/** A cbc:Note, with the `#CODE#text` convention some CIUS use to carry BT-21 in UBL. */
function note(ctx: ReadContext, e: XmlElement): Invoice["notes"][number] {
  const text = ctx.text(e);
  const m = /^#([A-Za-z]{3})#/.exec(text.value);
  if (!m?.[1]) return { path: text.path ?? "", text };
  return { path: text.path ?? "", subjectCode: { value: m[1], path: ctx.path(e) }, text: { value: text.value.slice(m[0].length), path: ctx.path(e) } };
}

function idOf(ctx: ReadContext, e: XmlElement, key = "cbc:ID"): Value | undefined {
  const id = kid(e, key);
  return id ? ctx.text(id) : undefined;
}

/** cac:AdditionalDocumentReference: type 130 → BT-18, otherwise BG-24. */
function additionalDocument(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  const id = kid(e, "cbc:ID");
  if (kid(e, "cbc:DocumentTypeCode")?.text.trim() === "130" && id) {
    invoice.invoicedObjectId ??= ctx.id(id);
    return;
  }
  const doc: Invoice["supportingDocuments"][number] = { path: ctx.path(e) };
  for (const c of e.children) {
    if (c.key === "cbc:ID") doc.reference = ctx.text(c);
    else if (c.key === "cbc:DocumentDescription") doc.description = ctx.text(c);
    else if (c.key === "cac:Attachment") {
      for (const a of c.children) {
        if (a.key === "cbc:EmbeddedDocumentBinaryObject") doc.attachment = ctx.binary(a);
        else if (a.key === "cac:ExternalReference") {
          const uri = kid(a, "cbc:URI");
          if (uri) doc.externalLocation = ctx.text(uri);
        }
      }
    }
  }
  invoice.supportingDocuments.push(doc);
}

function delivery(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  const d: NonNullable<Invoice["delivery"]> = invoice.delivery ?? { path: ctx.path(e) };
  for (const c of e.children) {
    if (c.key === "cbc:ActualDeliveryDate") d.actualDate = ctx.isoDate(c);
    else if (c.key === "cac:DeliveryLocation") {
      const id = kid(c, "cbc:ID");
      if (id) d.locationId = ctx.id(id);
      const address = kid(c, "cac:Address");
      if (address) d.address = ublAddress(ctx, address);
    } else if (c.key === "cac:DeliveryParty") {
      const name = kid(kid(c, "cac:PartyName"), "cbc:Name");
      if (name) d.partyName = ctx.text(name);
    }
  }
  invoice.delivery = d;
}

function header(ctx: ReadContext, c: XmlElement, invoice: Invoice, taxTotals: XmlElement[]): void {
  switch (c.key) {
    case "cbc:CustomizationID":
      invoice.process.specificationId = ctx.text(c);
      break;
    case "cbc:ProfileID":
      invoice.process.businessProcess = ctx.text(c);
      break;
    case "cbc:ID":
      invoice.number = ctx.text(c);
      break;
    case "cbc:IssueDate":
      invoice.issueDate = ctx.isoDate(c);
      break;
    case "cbc:DueDate":
      invoice.dueDate = ctx.isoDate(c);
      break;
    case "cbc:InvoiceTypeCode":
    case "cbc:CreditNoteTypeCode":
      invoice.typeCode = ctx.text(c);
      break;
    case "cbc:Note":
      invoice.notes.push(note(ctx, c));
      break;
    case "cbc:TaxPointDate":
      invoice.taxPointDate = ctx.isoDate(c);
      break;
    case "cbc:DocumentCurrencyCode":
      invoice.currency = ctx.text(c);
      break;
    case "cbc:TaxCurrencyCode":
      invoice.vatCurrency = ctx.text(c);
      break;
    case "cbc:AccountingCost":
      invoice.buyerAccountingReference = ctx.text(c);
      break;
    case "cbc:BuyerReference":
      invoice.buyerReference = ctx.text(c);
      break;
    case "cac:InvoicePeriod": {
      invoice.invoicingPeriod = ublPeriod(ctx, c);
      const code = kid(c, "cbc:DescriptionCode");
      if (code) invoice.taxPointDateCode = ctx.text(code);
      break;
    }
    case "cac:OrderReference": {
      const id = idOf(ctx, c);
      const sales = idOf(ctx, c, "cbc:SalesOrderID");
      if (id) invoice.purchaseOrderReference = id;
      if (sales) invoice.salesOrderReference = sales;
      break;
    }
    case "cac:BillingReference": {
      const ref = kid(c, "cac:InvoiceDocumentReference");
      if (!ref) break;
      const id = kid(ref, "cbc:ID");
      const date = kid(ref, "cbc:IssueDate");
      invoice.precedingInvoices.push({ path: ctx.path(ref), ...(id && { number: ctx.text(id) }), ...(date && { issueDate: ctx.isoDate(date) }) });
      break;
    }
    default:
      parties(ctx, c, invoice, taxTotals);
  }
}

function parties(ctx: ReadContext, c: XmlElement, invoice: Invoice, taxTotals: XmlElement[]): void {
  const optional = (target: "despatchAdviceReference" | "receivingAdviceReference" | "tenderReference" | "contractReference" | "projectReference") => {
    const id = idOf(ctx, c);
    if (id) invoice[target] = id;
  };
  switch (c.key) {
    case "cac:DespatchDocumentReference":
      optional("despatchAdviceReference");
      return;
    case "cac:ReceiptDocumentReference":
      optional("receivingAdviceReference");
      return;
    case "cac:OriginatorDocumentReference":
      optional("tenderReference");
      return;
    case "cac:ContractDocumentReference":
      optional("contractReference");
      return;
    case "cac:ProjectReference":
      optional("projectReference");
      return;
    case "cac:AdditionalDocumentReference":
      additionalDocument(ctx, c, invoice);
      return;
    case "cac:AccountingSupplierParty": {
      const { seller, sepaCreditorId } = ublSeller(ctx, kid(c, "cac:Party"));
      invoice.seller = seller;
      if (sepaCreditorId) setCreditorId(invoice, sepaCreditorId);
      return;
    }
    case "cac:AccountingCustomerParty":
      invoice.buyer = ublBuyer(ctx, kid(c, "cac:Party"));
      return;
    case "cac:PayeeParty": {
      const { payee, sepaCreditorId } = ublPayee(ctx, c);
      invoice.payee = payee;
      if (sepaCreditorId) setCreditorId(invoice, sepaCreditorId);
      return;
    }
    case "cac:TaxRepresentativeParty":
      invoice.taxRepresentative = ublTaxRepresentative(ctx, c);
      return;
    case "cac:SellerSupplierParty":
    case "cac:BuyerCustomerParty":
    case "cac:OriginatorCustomerParty":
      extendedOf(invoice).parties.push(ublExtendedParty(ctx, c));
      return;
    case "cac:Delivery":
      delivery(ctx, c, invoice);
      return;
    case "cac:PaymentMeans":
      ublPaymentMeans(ctx, c, invoice);
      return;
    case "cac:PaymentTerms": {
      const n = kid(c, "cbc:Note");
      if (n) invoice.paymentTerms ??= ctx.text(n);
      return;
    }
    case "cac:AllowanceCharge":
      (ublIsCharge(c) ? invoice.charges : invoice.allowances).push(ublAllowanceCharge(ctx, c));
      return;
    case "cac:TaxTotal":
      taxTotals.push(c);
      return;
    case "cac:LegalMonetaryTotal":
      ublTotals(ctx, c, invoice);
      return;
    case "cac:InvoiceLine":
    case "cac:CreditNoteLine":
      invoice.lines.push(ublLine(ctx, c));
      return;
  }
}

function setCreditorId(invoice: Invoice, id: Value): void {
  invoice.payment ??= { creditTransfers: [] };
  invoice.payment.directDebit ??= {};
  invoice.payment.directDebit.creditorId = id;
}

/** Maps a UBL 2.1 Invoice or CreditNote tree (EN 16931, Peppol BIS 3, XRechnung UBL) onto the model, in one pass. */
export function readUbl(ctx: ReadContext, root: XmlElement): Invoice {
  const invoice = newInvoice(ctx.path(root));
  invoice.process.path = ctx.path(root);
  const taxTotals: XmlElement[] = [];
  for (const c of root.children) header(ctx, c, invoice, taxTotals);
  ublTaxTotals(ctx, taxTotals, invoice);
  return invoice;
}
