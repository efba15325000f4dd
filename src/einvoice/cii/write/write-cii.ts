import type { Invoice } from "../../model/invoice.js";
import { NAMESPACES } from "../../xml/namespaces.js";
import { type XNode, always, serializeXml, x } from "../../xml/xml-writer.js";
import { dateTime, v } from "./cii-common.js";
import { lineItem } from "./cii-lines.js";
import { buyerParty, headerDelivery, sellerParty, taxRepresentativeParty } from "./cii-parties.js";
import { headerSettlement } from "./cii-settlement.js";

/** BG-24, BT-17 and BT-18 as ram:AdditionalReferencedDocument (types 916, 50 and 130). */
function additionalReferences(invoice: Invoice): XNode[] {
  const docs = invoice.supportingDocuments.map((d) =>
    x("ram:AdditionalReferencedDocument", [
      x("ram:IssuerAssignedID", v(d.reference)),
      x("ram:URIID", v(d.externalLocation)),
      always("ram:TypeCode", "916"),
      x("ram:Name", v(d.description)),
      d.attachment ? x("ram:AttachmentBinaryObject", d.attachment.value, { mimeCode: d.attachment.mimeCode?.value, filename: d.attachment.filename?.value }) : undefined,
    ]),
  );
  const tender = invoice.tenderReference ? x("ram:AdditionalReferencedDocument", [x("ram:IssuerAssignedID", invoice.tenderReference.value), always("ram:TypeCode", "50")]) : undefined;
  const object = invoice.invoicedObjectId
    ? x("ram:AdditionalReferencedDocument", [x("ram:IssuerAssignedID", invoice.invoicedObjectId.value), always("ram:TypeCode", "130"), x("ram:ReferenceTypeCode", v(invoice.invoicedObjectId.scheme))])
    : undefined;
  return [...docs, tender, object].filter((n): n is XNode => !!n);
}

/** Builds the CII tree of an invoice (UN/CEFACT CII D16B as EN 16931 and Factur-X bind it). */
export function ciiTree(invoice: Invoice): XNode {
  const root = x("rsm:CrossIndustryInvoice", [
    x("rsm:ExchangedDocumentContext", [
      x("ram:BusinessProcessSpecifiedDocumentContextParameter", x("ram:ID", v(invoice.process.businessProcess))),
      x("ram:GuidelineSpecifiedDocumentContextParameter", x("ram:ID", v(invoice.process.specificationId))),
    ]),
    x("rsm:ExchangedDocument", [
      x("ram:ID", v(invoice.number)),
      x("ram:TypeCode", v(invoice.typeCode)),
      dateTime("ram:IssueDateTime", invoice.issueDate),
      ...invoice.notes.map((n) => x("ram:IncludedNote", [x("ram:Content", v(n.text)), x("ram:SubjectCode", v(n.subjectCode))])),
    ]),
    x("rsm:SupplyChainTradeTransaction", [
      ...invoice.lines.map(lineItem),
      x("ram:ApplicableHeaderTradeAgreement", [
        x("ram:BuyerReference", v(invoice.buyerReference)),
        sellerParty(invoice.seller),
        buyerParty(invoice.buyer),
        taxRepresentativeParty(invoice.taxRepresentative),
        x("ram:SellerOrderReferencedDocument", x("ram:IssuerAssignedID", v(invoice.salesOrderReference))),
        x("ram:BuyerOrderReferencedDocument", x("ram:IssuerAssignedID", v(invoice.purchaseOrderReference))),
        x("ram:ContractReferencedDocument", x("ram:IssuerAssignedID", v(invoice.contractReference))),
        ...additionalReferences(invoice),
        invoice.projectReference ? x("ram:SpecifiedProcuringProject", [x("ram:ID", invoice.projectReference.value), always("ram:Name", "Project reference")]) : undefined,
      ]),
      headerDelivery(invoice.delivery, v(invoice.despatchAdviceReference), v(invoice.receivingAdviceReference)),
      headerSettlement(invoice),
    ]),
  ]);
  if (!root) throw new Error("empty invoice");
  return root;
}

/** Writes an invoice as CII XML. */
export function writeCii(invoice: Invoice): string {
  return serializeXml(ciiTree(invoice), { rsm: NAMESPACES.rsm, qdt: NAMESPACES.qdt, ram: NAMESPACES.ram, udt: NAMESPACES.udt });
}
