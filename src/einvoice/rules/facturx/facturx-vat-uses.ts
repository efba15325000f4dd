// What the Factur-X VAT sum rules (facturx-vat-sums.ts) read of a document, once per document: the uses of VAT (lines,
// document allowances and charges, logistics fees, with their categories, rates, exemption reasons and amounts) and
// the header VAT breakdowns (BG-23).
import { child, type XmlElement } from "../../xml/xml-tree.js";
import { elementsOf, memo } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";
import { type Dec, parseDecimal } from "../support/vat-decimal.js";
import { normalizeXmlSpace } from "../../xml/xml-space.js";

/** A line, document allowance or charge, or logistics fee, with the VAT it is put under. */
export interface Use {
  kind: "line" | "allowance" | "charge" | "logistics";
  detail: boolean;
  codes: string[];
  rates: Dec[];
  reasonCode: string;
  reasonText: string;
  amounts: Dec[];
  /** A rate, or an amount, that is not an xs:decimal (the assertion would stop on it). */
  badRate: boolean;
  badAmount: boolean;
}

const norm = normalizeXmlSpace;

/** The normalized text of the first child with that key, "" when there is none. */
export const firstText = (e: XmlElement | undefined, key: string): string => {
  const first = child(e, key);
  return first ? norm(stringValue(first)) : "";
};

// Uses are read child by child, without the intermediate lists of taxes and amounts (each document makes one per line).
/** A use whose VAT is given by the holder's children of `taxKey` (in order), its amounts still to add. */
function vatUse(kind: Use["kind"], detail: boolean, holder: XmlElement, taxKey: string): Use {
  const use: Use = { kind, detail, codes: [], rates: [], reasonCode: "", reasonText: "", amounts: [], badRate: false, badAmount: false };
  let reasonCode: XmlElement | undefined;
  let reasonText: XmlElement | undefined;
  for (const tax of holder.children) {
    if (tax.key !== taxKey) continue;
    for (const c of tax.children) {
      if (c.key === "ram:CategoryCode") use.codes.push(stringValue(c));
      else if (c.key === "ram:RateApplicablePercent") {
        const rate = parseDecimal(stringValue(c));
        if (rate) use.rates.push(rate);
        else use.badRate = true;
      } else if (c.key === "ram:ExemptionReasonCode") reasonCode ??= c;
      else if (c.key === "ram:ExemptionReason") reasonText ??= c;
    }
  }
  if (reasonCode) use.reasonCode = norm(stringValue(reasonCode));
  if (reasonText) use.reasonText = norm(stringValue(reasonText));
  return use;
}

/** Adds the amounts among the holder's children of that key. */
function addAmounts(use: Use, holder: XmlElement, key: string): void {
  for (const c of holder.children) {
    if (c.key !== key) continue;
    const amount = parseDecimal(stringValue(c));
    if (amount) use.amounts.push(amount);
    else use.badAmount = true;
  }
}

const indicator = (ac: XmlElement): boolean | undefined => {
  const text = firstText(child(ac, "ram:ChargeIndicator"), "udt:Indicator");
  return text === "true" || text === "1" ? true : text === "false" || text === "0" ? false : undefined;
};

/** A line is summed in EXTENDED when it has no subtype or one of its subtypes is DETAIL. */
function isDetail(line: XmlElement): boolean {
  let status = false;
  for (const s of child(line, "ram:AssociatedDocumentLineDocument")?.children ?? []) {
    if (s.key !== "ram:LineStatusReasonCode") continue;
    if (stringValue(s) === "DETAIL") return true;
    status = true;
  }
  return !status;
}

/** The uses of VAT of the document (first transaction, header settlement), computed once per document. */
export function usesOf(root: XmlElement): Use[] {
  return memo(root, "fx-vat-uses", () => {
    const uses: Use[] = [];
    for (const line of elementsOf(root, "ram:IncludedSupplyChainTradeLineItem")) {
      if (line.parent?.key !== "rsm:SupplyChainTradeTransaction" || line.parent.parent !== root) continue;
      const detail = isDetail(line);
      for (const settlement of line.children) {
        if (settlement.key !== "ram:SpecifiedLineTradeSettlement") continue;
        const use = vatUse("line", detail, settlement, "ram:ApplicableTradeTax");
        for (const m of settlement.children) if (m.key === "ram:SpecifiedTradeSettlementLineMonetarySummation") addAmounts(use, m, "ram:LineTotalAmount");
        uses.push(use);
      }
    }
    for (const header of elementsOf(root, "ram:ApplicableHeaderTradeSettlement")) {
      if (header.parent?.key !== "rsm:SupplyChainTradeTransaction" || header.parent.parent !== root) continue;
      for (const ac of header.children) {
        if (ac.key !== "ram:SpecifiedTradeAllowanceCharge") continue;
        const charge = indicator(ac);
        const use = vatUse(charge === true ? "charge" : "allowance", true, ac, "ram:CategoryTradeTax");
        // Counted whatever its indicator; summed only as an allowance or a charge.
        if (charge !== undefined) addAmounts(use, ac, "ram:ActualAmount");
        uses.push(use);
      }
      for (const fee of header.children) {
        if (fee.key !== "ram:SpecifiedLogisticsServiceCharge") continue;
        const use = vatUse("logistics", true, fee, "ram:AppliedTradeTax");
        addAmounts(use, fee, "ram:AppliedAmount");
        uses.push(use);
      }
    }
    return uses;
  });
}

/** A VAT breakdown (BG-23) of a header settlement, as the sum rules read it. */
export interface Breakdown {
  tax: XmlElement;
  codes: string[];
  /** Its tax type code (first, normalized) is VAT, in any case. */
  vat: boolean;
  rate: Dec | undefined;
  basis: Dec | undefined;
  reasonCode: string;
  reasonText: string;
  calculated: string;
}

/** The VAT breakdowns of the document's header settlements, read once per document. */
export function breakdownsOf(root: XmlElement): Breakdown[] {
  return memo(root, "fx-vat-breakdowns", () => {
    const breakdowns: Breakdown[] = [];
    for (const tax of elementsOf(root, "ram:ApplicableTradeTax")) {
      if (tax.parent?.key !== "ram:ApplicableHeaderTradeSettlement") continue;
      const codes: string[] = [];
      for (const c of tax.children) if (c.key === "ram:CategoryCode") codes.push(stringValue(c));
      breakdowns.push({
        tax,
        codes,
        vat: firstText(tax, "ram:TypeCode").toUpperCase() === "VAT",
        rate: parseDecimal(firstText(tax, "ram:RateApplicablePercent")),
        basis: parseDecimal(firstText(tax, "ram:BasisAmount")),
        reasonCode: firstText(tax, "ram:ExemptionReasonCode"),
        reasonText: firstText(tax, "ram:ExemptionReason"),
        calculated: firstText(tax, "ram:CalculatedAmount"),
      });
    }
    return breakdowns;
  });
}
