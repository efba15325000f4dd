// Context nodes and values shared by the core rules, read the way the CEN Schematron's contexts select them.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child, children } from "../../../xml/xml-tree.js";
import { allAt, elementsOf, firstAt, isTopLevel, memo, parentsAre, someChild } from "../../support/core-index.js";
import { hasText, normalizeSpace, parseBoolean, stringValue } from "../../support/core-xpath.js";

/** normalize-space(path) != '' on the first node of a relative path. */
export function textAt(element: XmlElement | undefined, path: string): boolean {
  return hasText(firstAt(element, path));
}

/** True when the relative path selects at least one node. */
export function exists(element: XmlElement | undefined, path: string): boolean {
  return firstAt(element, path) !== undefined;
}

// ---- CII ----

/** /rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement */
export function ciiHeaderSettlements(root: XmlElement): XmlElement[] {
  return allAt(root, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement");
}

/** The string values of the header settlement's child elements with that key (InvoiceCurrencyCode, TaxCurrencyCode). */
export function ciiHeaderValues(root: XmlElement, key: string): readonly string[] {
  // Memoised under the element key itself (no other memo is named like an element).
  return memo(root, key, () => {
    const values: string[] = [];
    for (const settlement of ciiHeaderSettlements(root)) for (const c of settlement.children) if (c.key === key) values.push(stringValue(c));
    return values;
  });
}

/** `ram:ChargeIndicator[udt:Indicator = 'true' | 'false']` of document-level (header) or line allowances/charges. */
export function ciiChargeIndicators(root: XmlElement, level: "header" | "line", charge: boolean): readonly XmlElement[] {
  const name = level === "header" ? (charge ? "cii-header-charges" : "cii-header-allowances") : charge ? "cii-line-charges" : "cii-line-allowances";
  return memo(root, name, () => ciiFindChargeIndicators(root, level, charge));
}

/** `ram:ChargeIndicator[udt:Indicator = value]`: some indicator child with exactly that string value. */
function says(indicator: XmlElement, value: string): boolean {
  for (const c of indicator.children) if (c.key === "udt:Indicator" && stringValue(c) === value) return true;
  return false;
}

function ciiFindChargeIndicators(root: XmlElement, level: "header" | "line", charge: boolean): XmlElement[] {
  const parent = level === "header" ? "ram:ApplicableHeaderTradeSettlement" : "ram:SpecifiedLineTradeSettlement";
  // An indicator holding both 'false' and 'true' meets the allowance rule first, and a node fires one rule per pattern.
  return elementsOf(root, "ram:ChargeIndicator").filter(
    (e) => parentsAre(e, parent, "ram:SpecifiedTradeAllowanceCharge") && (charge ? says(e, "true") && !says(e, "false") : says(e, "false")),
  );
}

/** `upper-case(ram:TypeCode) = 'VAT'` (no trimming, as the CII bindings write it). */
export function ciiIsVat(tax: XmlElement): boolean {
  return someChild(tax, "ram:TypeCode", (t) => stringValue(t).toUpperCase() === "VAT");
}

/**
 * The header VAT breakdowns the generic `//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax` rule sees. The
 * VAT-category rules for L, M and O have a context on the same ApplicableTradeTax node and come first in the pattern;
 * a Schematron node fires only the first rule of a pattern it matches, so those breakdowns never reach this rule.
 */
export function ciiGenericHeaderTaxes(root: XmlElement): readonly XmlElement[] {
  return memo(root, "cii-generic-header-taxes", () => ciiFindGenericHeaderTaxes(root));
}

function ciiFindGenericHeaderTaxes(root: XmlElement): XmlElement[] {
  return elementsOf(root, "ram:ApplicableTradeTax").filter((t) => {
    if (!parentsAre(t, "ram:ApplicableHeaderTradeSettlement")) return false;
    const shadowed =
      parentsAre(t, "rsm:SupplyChainTradeTransaction", "ram:ApplicableHeaderTradeSettlement") &&
      ciiIsVat(t) &&
      someChild(t, "ram:CategoryCode", (c) => ["L", "M", "O"].includes(stringValue(c)));
    return !shadowed;
  });
}

// ---- UBL ----

/** `cbc:ChargeIndicator = true()/false()` (cast to xs:boolean; an invalid value does not match). */
export function ublIsCharge(allowanceCharge: XmlElement, charge: boolean): boolean {
  return someChild(allowanceCharge, "cbc:ChargeIndicator", (i) => parseBoolean(stringValue(i)) === charge);
}

/** The allowance (charge false) or charge context an AllowanceCharge meets first: the allowance rule comes first. */
function ublMeets(allowanceCharge: XmlElement, charge: boolean): boolean {
  return charge ? ublIsCharge(allowanceCharge, true) && !ublIsCharge(allowanceCharge, false) : ublIsCharge(allowanceCharge, false);
}

/** `/ubl:Invoice/cac:AllowanceCharge[...]`: document-level allowances (charge false) or charges (charge true). */
export function ublDocumentAllowanceCharges(root: XmlElement, charge: boolean): readonly XmlElement[] {
  return memo(root, charge ? "ubl-document-charges" : "ubl-document-allowances", () => children(root, "cac:AllowanceCharge").filter((a) => ublMeets(a, charge)));
}

/** `//cac:InvoiceLine/cac:AllowanceCharge[...] | //cac:CreditNoteLine/cac:AllowanceCharge[...]` */
export function ublLineAllowanceCharges(root: XmlElement, charge: boolean): readonly XmlElement[] {
  return memo(root, charge ? "ubl-line-charges" : "ubl-line-allowances", () =>
    elementsOf(root, "cac:AllowanceCharge").filter((a) => (parentsAre(a, "cac:InvoiceLine") || parentsAre(a, "cac:CreditNoteLine")) && ublMeets(a, charge)),
  );
}

/** `cac:InvoiceLine | cac:CreditNoteLine`, anywhere (their order does not matter: UBL sums are exact decimals). */
export function ublLines(root: XmlElement): readonly XmlElement[] {
  return memo(root, "ubl-lines", () => [...elementsOf(root, "cac:InvoiceLine"), ...elementsOf(root, "cac:CreditNoteLine")]);
}

/** `[cac:TaxScheme/normalize-space(upper-case(cbc:ID)) = 'VAT']` on a TaxCategory or PartyTaxScheme. */
export function ublIsVatScheme(element: XmlElement): boolean {
  return someChild(element, "cac:TaxScheme", (s) => {
    const id = stringValue(child(s, "cbc:ID"));
    return id === "VAT" || normalizeSpace(id.toUpperCase()) === "VAT";
  });
}

/** The element's VAT TaxCategory children (`cac:TaxCategory[cac:TaxScheme/... = 'VAT']`). */
export function ublVatCategories(element: XmlElement, key = "cac:TaxCategory"): XmlElement[] {
  return children(element, key).filter(ublIsVatScheme);
}

/** Elements with that key that are children of the document root (`/ubl:Invoice/cac:TaxTotal`). */
export function topLevel(root: XmlElement, key: string): XmlElement[] {
  return elementsOf(root, key).filter(isTopLevel);
}
