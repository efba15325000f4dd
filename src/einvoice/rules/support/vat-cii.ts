// CII facts for the VAT category rules, read exactly as the CEN artefacts 1.3.16 address them.
import { child, type XmlElement } from "../../xml/xml-tree.js";
import { add, cmp, type Dec, parseDecimal, roundCents, sub, sum } from "./vat-decimal.js";
import { allAtOnce } from "./core-index.js";
import { all, childEquals, indicatorIs, memo, path, stringValue } from "./vat-xpath.js";

// What a category absent from the document gives: one shared empty list (read only), not a new one per rule.
const NO_ELEMENTS: readonly XmlElement[] = Object.freeze([]);

const SCTT = "rsm:SupplyChainTradeTransaction";
const INDICATOR = "ram:ChargeIndicator/udt:Indicator";
// Paths from the root, written once: a template literal at each call is a new string to flatten and hash for the lookup.
const AGREEMENT = `${SCTT}/ram:ApplicableHeaderTradeAgreement`;
const SELLER = `${AGREEMENT}/ram:SellerTradeParty`;
const SELLER_TAX_REPRESENTATIVE = `${AGREEMENT}/ram:SellerTaxRepresentativeTradeParty`;
const LINE_SETTLEMENTS = `${SCTT}/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement`;
const HEADER_ALLOWANCE_CHARGES = `${SCTT}/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge`;

/** `upper-case(ram:TypeCode) = 'VAT'` */
export function typeIsVat(tax: XmlElement): boolean {
  const type = child(tax, "ram:TypeCode");
  return type !== undefined && stringValue(type).toUpperCase() === "VAT";
}

/** True when the element's parent and grandparent have those keys. */
function parentsAre2(e: XmlElement, parent: string, grandparent: string): boolean {
  const p = e.parent;
  return p?.key === parent && p.parent?.key === grandparent;
}

/** True when the element's parent, grandparent and great-grandparent have those keys. */
function parentsAre3(e: XmlElement, parent: string, grandparent: string, great: string): boolean {
  const p = e.parent;
  return p?.key === parent && p.parent?.key === grandparent && p.parent.parent?.key === great;
}

/**
 * Adds the element to the group of each distinct string value of its ram:CategoryCode children (`[ram:CategoryCode = x]`).
 * Elements arrive one at a time, so a code already seen for this element is one whose group ends with it: no Set, no
 * list of children per element (most have a single code).
 */
function addByCategory(groups: Map<string, XmlElement[]>, e: XmlElement): void {
  const children = e.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (c.key !== "ram:CategoryCode") continue;
    const code = stringValue(c);
    const g = groups.get(code);
    if (!g) groups.set(code, [e]);
    else if (g[g.length - 1] !== e) g.push(e);
  }
}

/** Line VAT (BG-30): `//rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[CategoryCode = cat][VAT]`. */
export function lineTaxes(root: XmlElement, cat: string): readonly XmlElement[] {
  return memo(root, "cii:lineTaxes", findLineTaxes).get(cat) ?? NO_ELEMENTS;
}

// The per-document facts are computed by functions made once (a closure per call would be garbage at every rule), and
// group as they go (no filtered list in between).
function findLineTaxes(root: XmlElement): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  const taxes = all(root, "ram:ApplicableTradeTax");
  for (let i = 0; i < taxes.length; i++) {
    const t = taxes[i] as XmlElement;
    if (parentsAre3(t, "ram:SpecifiedLineTradeSettlement", "ram:IncludedSupplyChainTradeLineItem", SCTT) && typeIsVat(t)) addByCategory(groups, t);
  }
  return groups;
}

/** Allowance (false) or charge (true) VAT: `//ram:SpecifiedTradeAllowanceCharge[indicator]/ram:CategoryTradeTax[CategoryCode = cat][VAT]`. */
export function allowanceChargeTaxes(root: XmlElement, cat: string, charge: boolean): readonly XmlElement[] {
  const groups = charge ? memo(root, "cii:chargeTaxes", findChargeTaxes) : memo(root, "cii:allowanceTaxes", findAllowanceTaxes);
  return groups.get(cat) ?? NO_ELEMENTS;
}

function findAllowanceChargeTaxes(root: XmlElement, charge: boolean): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  const acs = all(root, "ram:SpecifiedTradeAllowanceCharge");
  for (let i = 0; i < acs.length; i++) {
    const ac = acs[i] as XmlElement;
    if (!indicatorIs(ac, INDICATOR, charge)) continue;
    const children = ac.children;
    for (let j = 0; j < children.length; j++) {
      const t = children[j] as XmlElement;
      if (t.key === "ram:CategoryTradeTax" && typeIsVat(t)) addByCategory(groups, t);
    }
  }
  return groups;
}
const findChargeTaxes = (root: XmlElement) => findAllowanceChargeTaxes(root, true);
const findAllowanceTaxes = (root: XmlElement) => findAllowanceChargeTaxes(root, false);

/**
 * Header VAT breakdown category codes (BT-118) equal to cat. `vat`: the artefact's context also requires the
 * transaction parent and TypeCode VAT (AE, E, G, K); S and Z take any header ApplicableTradeTax.
 */
export function headerCategoryCodes(root: XmlElement, cat: string, vat: boolean): readonly XmlElement[] {
  const groups = vat ? memo(root, "cii:headerCodesVat", findHeaderCodesVat) : memo(root, "cii:headerCodes", findHeaderCodes);
  return groups.get(cat) ?? NO_ELEMENTS;
}

function findHeaderCategoryCodes(root: XmlElement, vat: boolean): Map<string, XmlElement[]> {
  const out = new Map<string, XmlElement[]>();
  const taxes = all(root, "ram:ApplicableTradeTax");
  for (let i = 0; i < taxes.length; i++) {
    const t = taxes[i] as XmlElement;
    if (t.parent?.key !== "ram:ApplicableHeaderTradeSettlement") continue;
    if (vat && !(t.parent.parent?.key === SCTT && typeIsVat(t))) continue;
    const children = t.children;
    for (let j = 0; j < children.length; j++) {
      const c = children[j] as XmlElement;
      if (c.key !== "ram:CategoryCode") continue;
      const code = stringValue(c);
      const g = out.get(code);
      if (g) g.push(c);
      else out.set(code, [c]);
    }
  }
  return out;
}
const findHeaderCodesVat = (root: XmlElement) => findHeaderCategoryCodes(root, true);
const findHeaderCodes = (root: XmlElement) => findHeaderCategoryCodes(root, false);

/** Header VAT breakdowns (BG-23) of category cat: `//rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[CategoryCode = cat][VAT]`. */
export function headerTaxes(root: XmlElement, cat: string): readonly XmlElement[] {
  return memo(root, "cii:headerTaxes", findHeaderTaxes).get(cat) ?? NO_ELEMENTS;
}

function findHeaderTaxes(root: XmlElement): Map<string, XmlElement[]> {
  const groups = new Map<string, XmlElement[]>();
  const taxes = all(root, "ram:ApplicableTradeTax");
  for (let i = 0; i < taxes.length; i++) {
    const t = taxes[i] as XmlElement;
    if (parentsAre2(t, "ram:ApplicableHeaderTradeSettlement", SCTT) && typeIsVat(t)) addByCategory(groups, t);
  }
  return groups;
}

/** The counts BR-x-01 compare: line taxes, header taxes and allowance/charge taxes of category cat (no VAT filter). */
export function categoryCounts(root: XmlElement, cat: string): { line: number; header: number; allowanceCharge: number } {
  const groups = memo(root, "cii:counts", findCounts);
  return { line: groups.line.get(cat)?.length ?? 0, header: groups.header.get(cat)?.length ?? 0, allowanceCharge: groups.allowanceCharge.get(cat)?.length ?? 0 };
}

function findCounts(root: XmlElement): { line: Map<string, XmlElement[]>; header: Map<string, XmlElement[]>; allowanceCharge: Map<string, XmlElement[]> } {
  const line = new Map<string, XmlElement[]>();
  const header = new Map<string, XmlElement[]>();
  const allowanceCharge = new Map<string, XmlElement[]>();
  const taxes = all(root, "ram:ApplicableTradeTax");
  for (let i = 0; i < taxes.length; i++) {
    const t = taxes[i] as XmlElement;
    const parent = t.parent?.key;
    if (parent === "ram:SpecifiedLineTradeSettlement") addByCategory(line, t);
    else if (parent === "ram:ApplicableHeaderTradeSettlement") addByCategory(header, t);
  }
  const acTaxes = all(root, "ram:CategoryTradeTax");
  for (let i = 0; i < acTaxes.length; i++) addByCategory(allowanceCharge, acTaxes[i] as XmlElement);
  return { line, header, allowanceCharge };
}

function hasTaxId(parties: readonly XmlElement[], schemes: readonly string[]): boolean {
  return path(parties, "ram:SpecifiedTaxRegistration/ram:ID").some((id) => schemes.includes(id.attrs.schemeID ?? "\u0000"));
}


/** Seller VAT id or tax registration (BT-31/BT-32, schemeID VA or FC) or tax representative VAT id (BT-63), at their exact place. */
export function sellerVatOrTaxIdExact(root: XmlElement): boolean {
  return memo(root, "cii:sellerVatOrTaxIdExact", findSellerVatOrTaxIdExact);
}

const findSellerVatOrTaxIdExact = (root: XmlElement) => hasTaxId(allAtOnce(root, SELLER), ["VA", "FC"]) || hasTaxId(allAtOnce(root, SELLER_TAX_REPRESENTATIVE), ["VA"]);

/** Same, with the parties found anywhere (`//`), VA or FC for the seller. */
export function sellerVatOrTaxIdAnywhere(root: XmlElement): boolean {
  return memo(root, "cii:sellerVatOrTaxIdAnywhere", findSellerVatOrTaxIdAnywhere);
}

const findSellerVatOrTaxIdAnywhere = (root: XmlElement) => hasTaxId(all(root, "ram:SellerTradeParty"), ["VA", "FC"]) || hasTaxId(all(root, "ram:SellerTaxRepresentativeTradeParty"), ["VA"]);

/** Seller or tax representative VAT id (BT-31/BT-63, schemeID VA), parties found anywhere. */
export function sellerVatAnywhere(root: XmlElement): boolean {
  return memo(root, "cii:sellerVatAnywhere", findSellerVatAnywhere);
}

const findSellerVatAnywhere = (root: XmlElement) => hasTaxId(all(root, "ram:SellerTradeParty"), ["VA"]) || hasTaxId(all(root, "ram:SellerTaxRepresentativeTradeParty"), ["VA"]);

/** Seller or tax representative VAT id (BT-31/BT-63) at their exact place. */
export function sellerVatExact(root: XmlElement): boolean {
  return memo(root, "cii:sellerVatExact", findSellerVatExact);
}

const findSellerVatExact = (root: XmlElement) => hasTaxId(allAtOnce(root, SELLER), ["VA"]) || hasTaxId(allAtOnce(root, SELLER_TAX_REPRESENTATIVE), ["VA"]);

/** Buyer VAT id (BT-48), buyer found anywhere. */
export function buyerVat(root: XmlElement): boolean {
  return memo(root, "cii:buyerVat", findBuyerVat);
}

const findBuyerVat = (root: XmlElement) => hasTaxId(all(root, "ram:BuyerTradeParty"), ["VA"]);

/** Buyer legal registration id (BT-47), buyer found anywhere. */
export function buyerLegalId(root: XmlElement): boolean {
  return memo(root, "cii:buyerLegalId", findBuyerLegalId);
}

const findBuyerLegalId = (root: XmlElement) => path(all(root, "ram:BuyerTradeParty"), "ram:SpecifiedLegalOrganization/ram:ID").length > 0;

function decimalsOf(elements: readonly XmlElement[]): Dec[] | undefined {
  const out: Dec[] = [];
  for (const e of elements) {
    const d = parseDecimal(stringValue(e));
    if (!d) return undefined;
    out.push(d);
  }
  return out;
}

/** True when the tax's first ram:RateApplicablePercent is a decimal equal to the rate. */
function rateIs(tax: XmlElement, rate: Dec): boolean {
  const r = child(tax, "ram:RateApplicablePercent");
  const d = r ? parseDecimal(stringValue(r)) : undefined;
  return d !== undefined && cmp(d, rate) === 0;
}

/**
 * `taxes[ram:CategoryCode = cat] and (no rate or taxes[rate])` over the element's children with that key: some tax
 * of the category and, with a rate, some tax (not necessarily the same one) at that rate. Read without a list.
 */
function taxesMatch(element: XmlElement, taxKey: string, cat: string, rate: Dec | undefined): boolean {
  let category = false;
  let rated = rate === undefined;
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const t = children[i] as XmlElement;
    if (t.key !== taxKey) continue;
    if (!category) category = childEquals(t, "ram:CategoryCode", cat);
    if (!rated && rate) rated = rateIs(t, rate);
    if (category && rated) return true;
  }
  return false;
}

/**
 * BR-x-08 in CII: round(Σ line net amounts BT-131) + round(Σ document charges BT-99) − round(Σ allowances BT-92), each
 * sum rounded to the cent as the artefact does, for category cat (and the rate, when given). Undefined when an amount
 * is not a decimal.
 */
export function expectedBasis(root: XmlElement, cat: string, rate?: Dec): Dec | undefined {
  return memo(root, `cii:basis:${cat}:${rate ? `${rate.n}e-${rate.s}` : ""}`, () => {
    const lines: XmlElement[] = [];
    const settlements = allAtOnce(root, LINE_SETTLEMENTS);
    for (let i = 0; i < settlements.length; i++) {
      const s = settlements[i] as XmlElement;
      if (taxesMatch(s, "ram:ApplicableTradeTax", cat, rate)) lines.push(s);
    }
    const lineAmounts = decimalsOf(path(lines, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount"));
    // Each allowance or charge of the category gives its first amount to the charges, the allowances, or both (an
    // indicator is tested as "some", as the artefact's predicate does), in document order.
    const chargeAmounts: XmlElement[] = [];
    const allowanceAmounts: XmlElement[] = [];
    const acs = allAtOnce(root, HEADER_ALLOWANCE_CHARGES);
    for (let i = 0; i < acs.length; i++) {
      const ac = acs[i] as XmlElement;
      if (!taxesMatch(ac, "ram:CategoryTradeTax", cat, rate)) continue;
      const amount = child(ac, "ram:ActualAmount");
      if (!amount) continue;
      if (indicatorIs(ac, INDICATOR, true)) chargeAmounts.push(amount);
      if (indicatorIs(ac, INDICATOR, false)) allowanceAmounts.push(amount);
    }
    const charges = decimalsOf(chargeAmounts);
    const allowances = decimalsOf(allowanceAmounts);
    if (!lineAmounts || !charges || !allowances) return undefined;
    return sub(add(roundCents(sum(lineAmounts)), roundCents(sum(charges))), roundCents(sum(allowances)));
  });
}

/** The decimal value of the element's first child with that key. */
export function decimalChild(element: XmlElement | undefined, key: string): Dec | undefined {
  const c = child(element, key);
  return c ? parseDecimal(stringValue(c)) : undefined;
}
