import type { ExtendedReference } from "../../model/extended.js";
import type { Delivery } from "../../model/parties.js";
import type { Invoice } from "../../model/invoice.js";
import { extendedOf } from "../../read/extended-part.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import { newInvoice } from "../../read/new-invoice.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import { ciiLine } from "./cii-lines.js";
import { ciiBuyer, ciiExtendedParty, ciiSeller, ciiShipTo, ciiTaxRepresentative } from "./cii-parties.js";
import { ciiSettlement } from "./cii-settlement.js";

function documentReference(ctx: ReadContext, e: XmlElement): ExtendedReference {
  const r: ExtendedReference = { path: ctx.path(e), typeCode: { value: e.local, path: ctx.path(e) } };
  for (const c of e.children) {
    if (c.key === "ram:IssuerAssignedID") r.id = ctx.text(c);
    else if (c.key === "ram:TypeCode") r.typeCode = ctx.text(c);
    else if (c.key === "ram:ReferenceTypeCode") r.referenceTypeCode = ctx.text(c);
    else if (c.key === "ram:Name") r.name = ctx.text(c);
    else if (c.key === "ram:FormattedIssueDateTime") {
      const d = kid(c, "qdt:DateTimeString");
      if (d) r.issueDate = ctx.ciiDate(d);
    }
  }
  return r;
}

/** ram:AdditionalReferencedDocument: 916 → BG-24, 50 → BT-17, 130 → BT-18; other types are kept for display. */
function additionalDocument(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  const type = kid(e, "ram:TypeCode")?.text.trim();
  const id = kid(e, "ram:IssuerAssignedID");
  if (type === "50" && id) {
    invoice.tenderReference ??= ctx.text(id);
    return;
  }
  if (type === "130" && id) {
    invoice.invoicedObjectId ??= ctx.id(id);
    const scheme = kid(e, "ram:ReferenceTypeCode");
    if (scheme) invoice.invoicedObjectId.scheme = ctx.text(scheme);
    return;
  }
  if (type !== "916") {
    extendedOf(invoice).references.push(documentReference(ctx, e));
    return;
  }
  const doc: Invoice["supportingDocuments"][number] = { path: ctx.path(e) };
  for (const c of e.children) {
    if (c.key === "ram:IssuerAssignedID") doc.reference = ctx.text(c);
    else if (c.key === "ram:URIID") doc.externalLocation = ctx.text(c);
    else if (c.key === "ram:Name") doc.description = ctx.text(c);
    else if (c.key === "ram:AttachmentBinaryObject") doc.attachment = ctx.binary(c);
  }
  invoice.supportingDocuments.push(doc);
}

function issuerId(ctx: ReadContext, e: XmlElement) {
  const id = kid(e, "ram:IssuerAssignedID");
  return id ? ctx.text(id) : undefined;
}

function agreement(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  for (const c of e.children) {
    switch (c.key) {
      case "ram:BuyerReference":
        invoice.buyerReference = ctx.text(c);
        break;
      case "ram:SellerTradeParty":
        invoice.seller = ciiSeller(ctx, c);
        break;
      case "ram:BuyerTradeParty":
        invoice.buyer = ciiBuyer(ctx, c);
        break;
      case "ram:SellerTaxRepresentativeTradeParty":
        invoice.taxRepresentative = ciiTaxRepresentative(ctx, c);
        break;
      case "ram:SalesAgentTradeParty":
      case "ram:BuyerTaxRepresentativeTradeParty":
      case "ram:ProductEndUserTradeParty":
      case "ram:BuyerAgentTradeParty":
        extendedOf(invoice).parties.push(ciiExtendedParty(ctx, c));
        break;
      case "ram:SellerOrderReferencedDocument": {
        const id = issuerId(ctx, c);
        if (id) invoice.salesOrderReference = id;
        break;
      }
      case "ram:BuyerOrderReferencedDocument": {
        const id = issuerId(ctx, c);
        if (id) invoice.purchaseOrderReference = id;
        break;
      }
      case "ram:ContractReferencedDocument": {
        const id = issuerId(ctx, c);
        if (id) invoice.contractReference = id;
        break;
      }
      case "ram:AdditionalReferencedDocument":
        additionalDocument(ctx, c, invoice);
        break;
      case "ram:SpecifiedProcuringProject": {
        const id = kid(c, "ram:ID");
        if (id) invoice.projectReference = ctx.text(id);
        break;
      }
      case "ram:QuotationReferencedDocument":
      case "ram:UltimateCustomerOrderReferencedDocument":
        extendedOf(invoice).references.push(documentReference(ctx, c));
        break;
    }
  }
}

function delivery(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  const d: Delivery = { path: ctx.path(e) };
  let any = false;
  for (const c of e.children) {
    switch (c.key) {
      case "ram:ShipToTradeParty":
        ciiShipTo(ctx, c, d);
        any = true;
        break;
      case "ram:UltimateShipToTradeParty":
      case "ram:ShipFromTradeParty":
        extendedOf(invoice).parties.push(ciiExtendedParty(ctx, c));
        break;
      case "ram:ActualDeliverySupplyChainEvent": {
        const date = kid(kid(c, "ram:OccurrenceDateTime"), "udt:DateTimeString");
        if (date) {
          d.actualDate = ctx.ciiDate(date);
          any = true;
        }
        break;
      }
      case "ram:DespatchAdviceReferencedDocument": {
        const id = issuerId(ctx, c);
        if (id) invoice.despatchAdviceReference = id;
        break;
      }
      case "ram:ReceivingAdviceReferencedDocument": {
        const id = issuerId(ctx, c);
        if (id) invoice.receivingAdviceReference = id;
        break;
      }
      case "ram:DeliveryNoteReferencedDocument":
        extendedOf(invoice).references.push(documentReference(ctx, c));
        break;
    }
  }
  if (any) invoice.delivery = d;
}

function exchangedDocument(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  for (const c of e.children) {
    switch (c.key) {
      case "ram:ID":
        invoice.number = ctx.text(c);
        break;
      case "ram:TypeCode":
        invoice.typeCode = ctx.text(c);
        break;
      case "ram:IssueDateTime": {
        const d = kid(c, "udt:DateTimeString");
        if (d) invoice.issueDate = ctx.ciiDate(d);
        break;
      }
      case "ram:IncludedNote": {
        const content = kid(c, "ram:Content");
        const subject = kid(c, "ram:SubjectCode");
        invoice.notes.push({ path: ctx.path(c), ...(content && { text: ctx.text(content) }), ...(subject && { subjectCode: ctx.text(subject) }) });
        break;
      }
      case "ram:Name":
        extendedOf(invoice).documentName = ctx.text(c);
        break;
      case "ram:LanguageID":
        extendedOf(invoice).languageId = ctx.text(c);
        break;
      case "ram:CopyIndicator": {
        const i = kid(c, "udt:Indicator");
        if (i) extendedOf(invoice).copy = { value: i.text.trim() === "true", path: ctx.path(i) };
        break;
      }
    }
  }
}

/** Maps an rsm:CrossIndustryInvoice tree (every Factur-X / ZUGFeRD 2 profile, XRechnung CII) onto the model, in one pass. */
export function readCii(ctx: ReadContext, root: XmlElement): Invoice {
  const invoice = newInvoice(ctx.path(root));
  for (const top of root.children) {
    switch (top.key) {
      case "rsm:ExchangedDocumentContext":
        invoice.process.path = ctx.path(top);
        for (const c of top.children) {
          const id = kid(c, "ram:ID");
          if (!id) continue;
          if (c.key === "ram:GuidelineSpecifiedDocumentContextParameter") invoice.process.specificationId = ctx.text(id);
          else if (c.key === "ram:BusinessProcessSpecifiedDocumentContextParameter") invoice.process.businessProcess = ctx.text(id);
        }
        break;
      case "rsm:ExchangedDocument":
        exchangedDocument(ctx, top, invoice);
        break;
      case "rsm:SupplyChainTradeTransaction":
        for (const c of top.children) {
          if (c.key === "ram:IncludedSupplyChainTradeLineItem") invoice.lines.push(ciiLine(ctx, c));
          else if (c.key === "ram:ApplicableHeaderTradeAgreement") agreement(ctx, c, invoice);
          else if (c.key === "ram:ApplicableHeaderTradeDelivery") delivery(ctx, c, invoice);
          else if (c.key === "ram:ApplicableHeaderTradeSettlement") ciiSettlement(ctx, c, invoice);
        }
        break;
    }
  }
  return invoice;
}
