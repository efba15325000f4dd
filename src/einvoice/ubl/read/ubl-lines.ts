import type { InvoiceLine, Item, LineAllowanceCharge, Period, PriceDetails } from "../../model/lines.js";
import { extendedLineOf } from "../../read/extended-part.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import type { XmlElement } from "../../xml/xml-tree.js";

/** cac:InvoicePeriod → BG-14 / BG-26 (BT-8 is read by the header). */
export function ublPeriod(ctx: ReadContext, e: XmlElement): Period {
  const p: Period = { path: ctx.path(e) };
  for (const c of e.children) {
    if (c.key === "cbc:StartDate") p.start = ctx.isoDate(c);
    else if (c.key === "cbc:EndDate") p.end = ctx.isoDate(c);
  }
  return p;
}

/** True when cbc:ChargeIndicator says "true". */
export function ublIsCharge(e: XmlElement): boolean {
  return kid(e, "cbc:ChargeIndicator")?.text.trim() === "true";
}

/** cac:AllowanceCharge → BG-27 / BG-28 (the document level adds its VAT category, BG-20 / BG-21). */
export function ublLineAllowanceCharge(ctx: ReadContext, e: XmlElement): LineAllowanceCharge {
  const a: LineAllowanceCharge = { path: ctx.path(e) };
  for (const c of e.children) {
    switch (c.key) {
      case "cbc:Amount":
        a.amount = ctx.amount(c);
        break;
      case "cbc:BaseAmount":
        a.baseAmount = ctx.amount(c);
        break;
      case "cbc:MultiplierFactorNumeric":
        a.percentage = ctx.text(c);
        break;
      case "cbc:AllowanceChargeReason":
        a.reason = ctx.text(c);
        break;
      case "cbc:AllowanceChargeReasonCode":
        a.reasonCode = ctx.text(c);
        break;
    }
  }
  return a;
}

function item(ctx: ReadContext, e: XmlElement, line: InvoiceLine): Item {
  const it: Item = { path: ctx.path(e), classifications: [], attributes: [] };
  for (const c of e.children) {
    switch (c.key) {
      case "cbc:Description":
        it.description = ctx.text(c);
        break;
      case "cbc:Name":
        it.name = ctx.text(c);
        break;
      case "cac:BuyersItemIdentification": {
        const id = kid(c, "cbc:ID");
        if (id) it.buyerId = ctx.text(id);
        break;
      }
      case "cac:SellersItemIdentification": {
        const id = kid(c, "cbc:ID");
        if (id) it.sellerId = ctx.text(id);
        break;
      }
      case "cac:StandardItemIdentification": {
        const id = kid(c, "cbc:ID");
        if (id) it.standardId = ctx.id(id);
        break;
      }
      case "cac:OriginCountry": {
        const code = kid(c, "cbc:IdentificationCode");
        if (code) it.countryOfOrigin = ctx.text(code);
        break;
      }
      case "cac:CommodityClassification": {
        const code = kid(c, "cbc:ItemClassificationCode");
        if (code) it.classifications.push(ctx.id(code, "listID", "listVersionID"));
        break;
      }
      case "cac:ClassifiedTaxCategory":
        for (const t of c.children) {
          if (t.key === "cbc:ID") line.vatCategory = ctx.text(t);
          else if (t.key === "cbc:Percent") line.vatRate = ctx.text(t);
        }
        break;
      case "cac:AdditionalItemProperty": {
        const name = kid(c, "cbc:Name");
        const value = kid(c, "cbc:Value");
        it.attributes.push({ path: ctx.path(c), ...(name && { name: ctx.text(name) }), ...(value && { value: ctx.text(value) }) });
        break;
      }
    }
  }
  return it;
}

function price(ctx: ReadContext, e: XmlElement): PriceDetails {
  const p: PriceDetails = { path: ctx.path(e) };
  for (const c of e.children) {
    if (c.key === "cbc:PriceAmount") p.netPrice = ctx.amount(c);
    else if (c.key === "cbc:BaseQuantity") {
      p.baseQuantity = ctx.text(c);
      const unit = ctx.attr(c, "unitCode");
      if (unit) p.baseQuantityUnit = unit;
    } else if (c.key === "cac:AllowanceCharge") {
      const amount = kid(c, "cbc:Amount");
      const base = kid(c, "cbc:BaseAmount");
      if (amount) p.discount = ctx.amount(amount);
      if (base) p.grossPrice = ctx.amount(base);
    }
  }
  return p;
}

function documentReference(ctx: ReadContext, e: XmlElement, line: InvoiceLine): void {
  const id = kid(e, "cbc:ID");
  const type = kid(e, "cbc:DocumentTypeCode");
  if (id && type?.text.trim() === "130" && !line.objectId) {
    line.objectId = ctx.id(id);
    return;
  }
  extendedLineOf(line).references.push({ path: ctx.path(e), ...(id && { id: ctx.text(id) }), ...(type && { typeCode: ctx.text(type) }) });
}

/** cac:InvoiceLine / cac:CreditNoteLine → BG-25. */
export function ublLine(ctx: ReadContext, e: XmlElement): InvoiceLine {
  const line: InvoiceLine = { path: ctx.path(e), allowances: [], charges: [], price: {}, item: { classifications: [], attributes: [] } };
  for (const c of e.children) {
    switch (c.key) {
      case "cbc:ID":
        line.id = ctx.text(c);
        break;
      case "cbc:Note":
        if (!line.note) line.note = ctx.text(c);
        else extendedLineOf(line).notes.push({ path: ctx.path(c), text: ctx.text(c) });
        break;
      case "cbc:InvoicedQuantity":
      case "cbc:CreditedQuantity": {
        line.quantity = ctx.text(c);
        const unit = ctx.attr(c, "unitCode");
        if (unit) line.quantityUnit = unit;
        break;
      }
      case "cbc:LineExtensionAmount":
        line.netAmount = ctx.amount(c);
        break;
      case "cbc:AccountingCost":
        line.buyerAccountingRef = ctx.text(c);
        break;
      case "cac:InvoicePeriod":
        line.period = ublPeriod(ctx, c);
        break;
      case "cac:OrderLineReference": {
        const id = kid(c, "cbc:LineID");
        if (id) line.orderLineRef = ctx.text(id);
        break;
      }
      case "cac:DocumentReference":
        documentReference(ctx, c, line);
        break;
      case "cac:AllowanceCharge":
        (ublIsCharge(c) ? line.charges : line.allowances).push(ublLineAllowanceCharge(ctx, c));
        break;
      case "cac:Item":
        line.item = item(ctx, c, line);
        break;
      case "cac:Price":
        line.price = price(ctx, c);
        break;
      case "cac:Delivery": {
        const date = kid(c, "cbc:ActualDeliveryDate");
        if (date) extendedLineOf(line).deliveryDate = ctx.isoDate(date);
        break;
      }
    }
  }
  return line;
}
