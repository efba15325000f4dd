import type { InvoiceLine, LineAllowanceCharge, Period } from "../../model/lines.js";
import type { Amount } from "../../model/value.js";
import { type XNode, always, x } from "../../xml/xml-writer.js";
import { identifier, v } from "./ubl-parties.js";

/** An amount with its currency (mandatory in UBL: the invoice currency when the model has none). */
export function money(name: string, a: Amount | undefined, currency: string | undefined): XNode | undefined {
  return a ? x(name, a.value, { currencyID: a.currency?.value ?? currency }) : undefined;
}

/** BG-14 / BG-26 as cac:InvoicePeriod. */
export function period(p: Period | undefined, descriptionCode?: string): XNode | undefined {
  return x("cac:InvoicePeriod", [x("cbc:StartDate", v(p?.start)), x("cbc:EndDate", v(p?.end)), x("cbc:DescriptionCode", descriptionCode)]);
}

function lineAllowanceCharge(a: LineAllowanceCharge, charge: boolean, currency: string | undefined): XNode | undefined {
  return x("cac:AllowanceCharge", [
    always("cbc:ChargeIndicator", charge ? "true" : "false"),
    x("cbc:AllowanceChargeReasonCode", v(a.reasonCode)),
    x("cbc:AllowanceChargeReason", v(a.reason)),
    x("cbc:MultiplierFactorNumeric", v(a.percentage)),
    money("cbc:Amount", a.amount, currency),
    money("cbc:BaseAmount", a.baseAmount, currency),
  ]);
}

/** BG-25 as cac:InvoiceLine (or cac:CreditNoteLine). */
export function ublLine(line: InvoiceLine, creditNote: boolean, currency: string | undefined): XNode | undefined {
  const item = line.item;
  const price = line.price;
  return x(creditNote ? "cac:CreditNoteLine" : "cac:InvoiceLine", [
    x("cbc:ID", v(line.id)),
    x("cbc:Note", v(line.note)),
    line.quantity ? x(creditNote ? "cbc:CreditedQuantity" : "cbc:InvoicedQuantity", line.quantity.value, { unitCode: line.quantityUnit?.value }) : undefined,
    money("cbc:LineExtensionAmount", line.netAmount, currency),
    x("cbc:AccountingCost", v(line.buyerAccountingRef)),
    period(line.period),
    x("cac:OrderLineReference", x("cbc:LineID", v(line.orderLineRef))),
    line.objectId ? x("cac:DocumentReference", [identifier("cbc:ID", line.objectId), always("cbc:DocumentTypeCode", "130")]) : undefined,
    ...line.allowances.map((a) => lineAllowanceCharge(a, false, currency)),
    ...line.charges.map((c) => lineAllowanceCharge(c, true, currency)),
    x("cac:Item", [
      x("cbc:Description", v(item.description)),
      x("cbc:Name", v(item.name)),
      x("cac:BuyersItemIdentification", x("cbc:ID", v(item.buyerId))),
      x("cac:SellersItemIdentification", x("cbc:ID", v(item.sellerId))),
      x("cac:StandardItemIdentification", identifier("cbc:ID", item.standardId)),
      x("cac:OriginCountry", x("cbc:IdentificationCode", v(item.countryOfOrigin))),
      ...item.classifications.map((c) =>
        x("cac:CommodityClassification", x("cbc:ItemClassificationCode", c.value, { listID: c.scheme?.value, listVersionID: c.schemeVersion?.value })),
      ),
      line.vatCategory || line.vatRate
        ? x("cac:ClassifiedTaxCategory", [x("cbc:ID", v(line.vatCategory)), x("cbc:Percent", v(line.vatRate)), x("cac:TaxScheme", always("cbc:ID", "VAT"))])
        : undefined,
      ...item.attributes.map((a) => x("cac:AdditionalItemProperty", [x("cbc:Name", v(a.name)), x("cbc:Value", v(a.value))])),
    ]),
    x("cac:Price", [
      money("cbc:PriceAmount", price.netPrice, currency),
      price.baseQuantity ? x("cbc:BaseQuantity", price.baseQuantity.value, { unitCode: price.baseQuantityUnit?.value }) : undefined,
      price.discount || price.grossPrice
        ? x("cac:AllowanceCharge", [always("cbc:ChargeIndicator", "false"), money("cbc:Amount", price.discount, currency), money("cbc:BaseAmount", price.grossPrice, currency)])
        : undefined,
    ]),
  ]);
}
