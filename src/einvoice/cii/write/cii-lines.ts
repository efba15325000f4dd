import type { InvoiceLine, LineAllowanceCharge, Period } from "../../model/lines.js";
import { type XNode, always, x } from "../../xml/xml-writer.js";
import { amount, dateTime, identifier, v } from "./cii-common.js";

/** BG-14 / BG-26 as ram:BillingSpecifiedPeriod. */
export function billingPeriod(p: Period | undefined): XNode | undefined {
  if (!p) return undefined;
  return x("ram:BillingSpecifiedPeriod", [dateTime("ram:StartDateTime", p.start), dateTime("ram:EndDateTime", p.end)]);
}

/** BG-27 / BG-28 as ram:SpecifiedTradeAllowanceCharge on a line. */
function lineAllowanceCharge(a: LineAllowanceCharge, charge: boolean): XNode | undefined {
  return x("ram:SpecifiedTradeAllowanceCharge", [
    x("ram:ChargeIndicator", always("udt:Indicator", charge ? "true" : "false")),
    x("ram:CalculationPercent", v(a.percentage)),
    amount("ram:BasisAmount", a.baseAmount),
    amount("ram:ActualAmount", a.amount),
    x("ram:ReasonCode", v(a.reasonCode)),
    x("ram:Reason", v(a.reason)),
  ]);
}

/** BG-25 as ram:IncludedSupplyChainTradeLineItem. */
export function lineItem(line: InvoiceLine): XNode | undefined {
  const item = line.item;
  const price = line.price;
  const basis = price.baseQuantity ? x("ram:BasisQuantity", price.baseQuantity.value, { unitCode: price.baseQuantityUnit?.value }) : undefined;
  return x("ram:IncludedSupplyChainTradeLineItem", [
    x("ram:AssociatedDocumentLineDocument", [x("ram:LineID", v(line.id)), x("ram:IncludedNote", x("ram:Content", v(line.note)))]),
    x("ram:SpecifiedTradeProduct", [
      identifier("ram:GlobalID", item.standardId),
      x("ram:SellerAssignedID", v(item.sellerId)),
      x("ram:BuyerAssignedID", v(item.buyerId)),
      x("ram:Name", v(item.name)),
      x("ram:Description", v(item.description)),
      ...item.attributes.map((a) => x("ram:ApplicableProductCharacteristic", [x("ram:Description", v(a.name)), x("ram:Value", v(a.value))])),
      ...item.classifications.map((c) =>
        x("ram:DesignatedProductClassification", x("ram:ClassCode", c.value, { listID: c.scheme?.value, listVersionID: c.schemeVersion?.value })),
      ),
      x("ram:OriginTradeCountry", x("ram:ID", v(item.countryOfOrigin))),
    ]),
    x("ram:SpecifiedLineTradeAgreement", [
      x("ram:BuyerOrderReferencedDocument", x("ram:LineID", v(line.orderLineRef))),
      price.grossPrice || price.discount
        ? x("ram:GrossPriceProductTradePrice", [
            amount("ram:ChargeAmount", price.grossPrice),
            price.discount
              ? x("ram:AppliedTradeAllowanceCharge", [x("ram:ChargeIndicator", always("udt:Indicator", "false")), amount("ram:ActualAmount", price.discount)])
              : undefined,
          ])
        : undefined,
      x("ram:NetPriceProductTradePrice", [amount("ram:ChargeAmount", price.netPrice), basis]),
    ]),
    x("ram:SpecifiedLineTradeDelivery", line.quantity ? x("ram:BilledQuantity", line.quantity.value, { unitCode: line.quantityUnit?.value }) : undefined),
    x("ram:SpecifiedLineTradeSettlement", [
      line.vatCategory || line.vatRate
        ? x("ram:ApplicableTradeTax", [always("ram:TypeCode", "VAT"), x("ram:CategoryCode", v(line.vatCategory)), x("ram:RateApplicablePercent", v(line.vatRate))])
        : undefined,
      billingPeriod(line.period),
      ...line.allowances.map((a) => lineAllowanceCharge(a, false)),
      ...line.charges.map((c) => lineAllowanceCharge(c, true)),
      x("ram:SpecifiedTradeSettlementLineMonetarySummation", amount("ram:LineTotalAmount", line.netAmount)),
      line.objectId
        ? x("ram:AdditionalReferencedDocument", [x("ram:IssuerAssignedID", line.objectId.value), always("ram:TypeCode", "130"), x("ram:ReferenceTypeCode", v(line.objectId.scheme))])
        : undefined,
      x("ram:ReceivableSpecifiedTradeAccountingAccount", x("ram:ID", v(line.buyerAccountingRef))),
    ]),
  ]);
}
