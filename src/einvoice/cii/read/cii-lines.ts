import type { ExtendedReference } from "../../model/extended.js";
import type { InvoiceLine, LineAllowanceCharge, Period, PriceDetails } from "../../model/lines.js";
import { extendedLineOf } from "../../read/extended-part.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import { ciiProduct } from "./cii-product.js";
import type { XmlElement } from "../../xml/xml-tree.js";

/** ram:BillingSpecifiedPeriod → BG-14 / BG-26. */
export function ciiPeriod(ctx: ReadContext, e: XmlElement): Period {
  const p: Period = { path: ctx.path(e) };
  for (const c of e.children) {
    const d = kid(c, "udt:DateTimeString");
    if (!d) continue;
    if (c.key === "ram:StartDateTime") p.start = ctx.ciiDate(d);
    else if (c.key === "ram:EndDateTime") p.end = ctx.ciiDate(d);
  }
  return p;
}

/** True when a ram:ChargeIndicator says "true" (a charge) rather than "false" (an allowance). */
export function isCharge(e: XmlElement): boolean {
  const i = kid(kid(e, "ram:ChargeIndicator"), "udt:Indicator");
  return i !== undefined && i.text.trim() === "true";
}

/** ram:SpecifiedTradeAllowanceCharge → BG-27 / BG-28 (the document level adds its VAT category, BG-20 / BG-21). */
export function ciiAllowanceCharge(ctx: ReadContext, e: XmlElement): LineAllowanceCharge {
  const a: LineAllowanceCharge = { path: ctx.path(e) };
  for (const c of e.children) {
    switch (c.key) {
      case "ram:ActualAmount":
        a.amount = ctx.amount(c);
        break;
      case "ram:BasisAmount":
        a.baseAmount = ctx.amount(c);
        break;
      case "ram:CalculationPercent":
        a.percentage = ctx.text(c);
        break;
      case "ram:Reason":
        a.reason = ctx.text(c);
        break;
      case "ram:ReasonCode":
        a.reasonCode = ctx.text(c);
        break;
    }
  }
  return a;
}

function reference(ctx: ReadContext, e: XmlElement): ExtendedReference {
  const r: ExtendedReference = { path: ctx.path(e), typeCode: { value: e.local, path: ctx.path(e) } };
  for (const c of e.children) {
    switch (c.key) {
      case "ram:IssuerAssignedID":
        r.id = ctx.text(c);
        break;
      case "ram:LineID":
        r.lineId = ctx.text(c);
        break;
      case "ram:TypeCode":
        r.typeCode = ctx.text(c);
        break;
      case "ram:ReferenceTypeCode":
        r.referenceTypeCode = ctx.text(c);
        break;
      case "ram:Name":
        r.name = ctx.text(c);
        break;
      case "ram:FormattedIssueDateTime": {
        const d = kid(c, "qdt:DateTimeString");
        if (d) r.issueDate = ctx.ciiDate(d);
        break;
      }
    }
  }
  return r;
}

function tradePrice(ctx: ReadContext, e: XmlElement, price: PriceDetails, gross: boolean): void {
  if (!gross) price.path = ctx.path(e);
  for (const c of e.children) {
    if (c.key === "ram:ChargeAmount") {
      if (gross) price.grossPrice = ctx.amount(c);
      else price.netPrice = ctx.amount(c);
    } else if (c.key === "ram:BasisQuantity") {
      // The net price's basis quantity is BT-149; the gross price's stands in only when the net price has none.
      if (!gross || !price.baseQuantity) {
        price.baseQuantity = ctx.text(c);
        const unit = ctx.attr(c, "unitCode");
        if (unit) price.baseQuantityUnit = unit;
      }
    } else if (c.key === "ram:AppliedTradeAllowanceCharge" && gross && !isCharge(c)) {
      const amount = kid(c, "ram:ActualAmount");
      if (amount) price.discount = ctx.amount(amount);
    }
  }
}

function agreement(ctx: ReadContext, e: XmlElement, line: InvoiceLine): void {
  for (const c of e.children) {
    switch (c.key) {
      case "ram:GrossPriceProductTradePrice":
        tradePrice(ctx, c, line.price, true);
        break;
      case "ram:NetPriceProductTradePrice":
        tradePrice(ctx, c, line.price, false);
        break;
      case "ram:BuyerOrderReferencedDocument": {
        const id = kid(c, "ram:LineID");
        if (id) line.orderLineRef = ctx.text(id);
        else extendedLineOf(line).references.push(reference(ctx, c));
        break;
      }
      case "ram:SellerOrderReferencedDocument":
      case "ram:ContractReferencedDocument":
      case "ram:AdditionalReferencedDocument":
      case "ram:QuotationReferencedDocument":
      case "ram:UltimateCustomerOrderReferencedDocument":
        extendedLineOf(line).references.push(reference(ctx, c));
        break;
    }
  }
}

function delivery(ctx: ReadContext, e: XmlElement, line: InvoiceLine): void {
  for (const c of e.children) {
    switch (c.key) {
      case "ram:BilledQuantity": {
        line.quantity = ctx.text(c);
        const unit = ctx.attr(c, "unitCode");
        if (unit) line.quantityUnit = unit;
        break;
      }
      case "ram:ChargeFreeQuantity":
        extendedLineOf(line).chargeFreeQuantity = ctx.text(c);
        break;
      case "ram:PackageQuantity":
        extendedLineOf(line).packageQuantity = ctx.text(c);
        break;
      case "ram:ActualDeliverySupplyChainEvent": {
        const d = kid(kid(c, "ram:OccurrenceDateTime"), "udt:DateTimeString");
        if (d) extendedLineOf(line).deliveryDate = ctx.ciiDate(d);
        break;
      }
      case "ram:DespatchAdviceReferencedDocument":
      case "ram:ReceivingAdviceReferencedDocument":
      case "ram:DeliveryNoteReferencedDocument":
        extendedLineOf(line).references.push(reference(ctx, c));
        break;
    }
  }
}

function settlement(ctx: ReadContext, e: XmlElement, line: InvoiceLine): void {
  for (const c of e.children) {
    switch (c.key) {
      case "ram:ApplicableTradeTax":
        for (const t of c.children) {
          if (t.key === "ram:CategoryCode") line.vatCategory = ctx.text(t);
          else if (t.key === "ram:RateApplicablePercent") line.vatRate = ctx.text(t);
        }
        break;
      case "ram:BillingSpecifiedPeriod":
        line.period = ciiPeriod(ctx, c);
        break;
      case "ram:SpecifiedTradeAllowanceCharge":
        (isCharge(c) ? line.charges : line.allowances).push(ciiAllowanceCharge(ctx, c));
        break;
      case "ram:SpecifiedTradeSettlementLineMonetarySummation":
        for (const m of c.children) {
          if (m.key === "ram:LineTotalAmount") line.netAmount = ctx.amount(m);
          else if (m.key === "ram:GrandTotalAmount") extendedLineOf(line).grossTotal = ctx.amount(m);
        }
        break;
      case "ram:AdditionalReferencedDocument": {
        const id = kid(c, "ram:IssuerAssignedID");
        const type = kid(c, "ram:TypeCode");
        if (id && (!type || type.text.trim() === "130") && !line.objectId) {
          line.objectId = ctx.id(id);
          const scheme = kid(c, "ram:ReferenceTypeCode");
          if (scheme) line.objectId.scheme = ctx.text(scheme);
        } else extendedLineOf(line).references.push(reference(ctx, c));
        break;
      }
      case "ram:ReceivableSpecifiedTradeAccountingAccount": {
        const id = kid(c, "ram:ID");
        if (id) line.buyerAccountingRef = ctx.text(id);
        break;
      }
    }
  }
}

function lineDocument(ctx: ReadContext, e: XmlElement, line: InvoiceLine): void {
  for (const c of e.children) {
    switch (c.key) {
      case "ram:LineID":
        line.id = ctx.text(c);
        break;
      case "ram:ParentLineID":
        extendedLineOf(line).parentLineId = ctx.text(c);
        break;
      case "ram:LineStatusCode":
        extendedLineOf(line).statusCode = ctx.text(c);
        break;
      case "ram:LineStatusReasonCode":
        extendedLineOf(line).statusReasonCode = ctx.text(c);
        break;
      case "ram:IncludedNote": {
        const content = kid(c, "ram:Content");
        const subject = kid(c, "ram:SubjectCode");
        if (!line.note && content) {
          line.note = ctx.text(content);
          if (subject) extendedLineOf(line).noteSubjectCode = ctx.text(subject);
        } else extendedLineOf(line).notes.push({ path: ctx.path(c), ...(content && { text: ctx.text(content) }), ...(subject && { subjectCode: ctx.text(subject) }) });
        break;
      }
    }
  }
}

/** ram:IncludedSupplyChainTradeLineItem → BG-25. */
export function ciiLine(ctx: ReadContext, e: XmlElement): InvoiceLine {
  const line: InvoiceLine = { path: ctx.path(e), allowances: [], charges: [], price: {}, item: { classifications: [], attributes: [] } };
  for (const c of e.children) {
    switch (c.key) {
      case "ram:AssociatedDocumentLineDocument":
        lineDocument(ctx, c, line);
        break;
      case "ram:SpecifiedTradeProduct":
        line.item = ciiProduct(ctx, c, line);
        break;
      case "ram:SpecifiedLineTradeAgreement":
        agreement(ctx, c, line);
        break;
      case "ram:SpecifiedLineTradeDelivery":
        delivery(ctx, c, line);
        break;
      case "ram:SpecifiedLineTradeSettlement":
        settlement(ctx, c, line);
        break;
    }
  }
  return line;
}
