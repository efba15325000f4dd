// UBL facts for the VAT category rules, read exactly as the CEN artefacts 1.3.16 address them.
import type { XmlElement } from "../../xml/xml-tree.js";
import { add, cmp, type Dec, parseDecimal, sub, sum } from "./vat-decimal.js";
import { all, indicatorIs, kids, memo, normalizeSpace, nspChild, path, stringValue } from "./vat-xpath.js";

const vatCache = new WeakMap<XmlElement, boolean>();
const idCache = new WeakMap<XmlElement, string>();

/** `[cac:TaxScheme/normalize-space(upper-case(cbc:ID)) = 'VAT']` */
export function isVat(element: XmlElement): boolean {
  let v = vatCache.get(element);
  if (v === undefined) {
    v = kids(element, "cac:TaxScheme").some((s) => {
      const id = kids(s, "cbc:ID")[0];
      return id !== undefined && normalizeSpace(stringValue(id).toUpperCase()) === "VAT";
    });
    vatCache.set(element, v);
  }
  return v;
}

/** `normalize-space(cbc:ID)` of a tax category. */
export function categoryId(category: XmlElement): string {
  let id = idCache.get(category);
  if (id === undefined) {
    id = nspChild(category, "cbc:ID");
    idCache.set(category, id);
  }
  return id;
}

/** True when some cbc:ID child, normalized, equals the code (`cbc:ID[normalize-space(.) = 'K']`). */
export function hasIdChild(category: XmlElement, code: string): boolean {
  return kids(category, "cbc:ID").some((id) => normalizeSpace(stringValue(id)) === code);
}

/** VAT breakdown categories: `/*\/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory`. */
export function subtotalCategories(root: XmlElement): XmlElement[] {
  return memo(root, "ubl:subtotals", () => path([root], "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory"));
}

/** Line categories: `cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory | cac:CreditNoteLine/...`. */
export function lineCategories(root: XmlElement): XmlElement[] {
  return memo(root, "ubl:lineCategories", () => path([...all(root, "cac:InvoiceLine"), ...all(root, "cac:CreditNoteLine")], "cac:Item/cac:ClassifiedTaxCategory"));
}

/** Categories of allowances (false) or charges (true), anywhere: `cac:AllowanceCharge[cbc:ChargeIndicator = x]/cac:TaxCategory`. */
export function allowanceChargeCategories(root: XmlElement, charge: boolean): XmlElement[] {
  return memo(root, `ubl:acCategories:${charge}`, () =>
    path(
      all(root, "cac:AllowanceCharge").filter((ac) => indicatorIs(ac, "cbc:ChargeIndicator", charge)),
      "cac:TaxCategory",
    ),
  );
}

/** Document-level allowance (false) or charge (true) categories only: `(/ubl:Invoice|/cn:CreditNote)/cac:AllowanceCharge[...]`. */
export function documentAllowanceChargeCategories(root: XmlElement, charge: boolean): XmlElement[] {
  return path(
    kids(root, "cac:AllowanceCharge").filter((ac) => indicatorIs(ac, "cbc:ChargeIndicator", charge)),
    "cac:TaxCategory",
  );
}

function companyIds(parties: readonly XmlElement[], vatOnly: boolean): boolean {
  return path(parties, "cac:PartyTaxScheme")
    .filter((s) => !vatOnly || isVat(s))
    .some((s) => kids(s, "cbc:CompanyID").length > 0);
}

/** Seller tax id: `//cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[VAT?]/cbc:CompanyID`. */
export function supplierTaxId(root: XmlElement, vatOnly: boolean): boolean {
  return companyIds(path(all(root, "cac:AccountingSupplierParty"), "cac:Party"), vatOnly);
}

/** Tax representative VAT id (BT-63): `//cac:TaxRepresentativeParty/cac:PartyTaxScheme[VAT]/cbc:CompanyID`. */
export function taxRepresentativeVat(root: XmlElement): boolean {
  return companyIds(all(root, "cac:TaxRepresentativeParty"), true);
}

/** Buyer VAT id (BT-48): `//cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme[VAT]/cbc:CompanyID`. */
export function customerVat(root: XmlElement): boolean {
  return companyIds(path(all(root, "cac:AccountingCustomerParty"), "cac:Party"), true);
}

/** Buyer legal registration id (BT-47): `//cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID`. */
export function customerLegalId(root: XmlElement): boolean {
  return path(all(root, "cac:AccountingCustomerParty"), "cac:Party/cac:PartyLegalEntity/cbc:CompanyID").length > 0;
}

function decimals(elements: readonly XmlElement[]): Dec[] | undefined {
  const out: Dec[] = [];
  for (const e of elements) {
    const d = parseDecimal(stringValue(e));
    if (!d) return undefined;
    out.push(d);
  }
  return out;
}

function rateMatches(categories: readonly XmlElement[], rate: Dec | undefined): boolean {
  if (!rate) return true;
  return categories.some((c) => {
    const p = kids(c, "cbc:Percent")[0];
    const d = p ? parseDecimal(stringValue(p)) : undefined;
    return d !== undefined && cmp(d, rate) === 0;
  });
}

/** Lines (`cac:InvoiceLine` or `cac:CreditNoteLine` under `from`) of category code (and rate when given). */
export function linesOf(lines: readonly XmlElement[], code: string, rate?: Dec): XmlElement[] {
  return lines.filter((l) => {
    const cats = path([l], "cac:Item/cac:ClassifiedTaxCategory");
    return cats.some((c) => categoryId(c) === code) && rateMatches(cats, rate);
  });
}

/** Allowances and charges of category code (and rate when given), by `cac:TaxCategory` (no VAT filter). */
export function allowanceChargesOf(acs: readonly XmlElement[], code: string, rate?: Dec): XmlElement[] {
  return acs.filter((ac) => {
    const cats = kids(ac, "cac:TaxCategory");
    return cats.some((c) => categoryId(c) === code) && rateMatches(cats, rate);
  });
}

/**
 * BR-x-08 in UBL: Σ document-level line net amounts (BT-131) + Σ charges (BT-99) − Σ allowances (BT-92) of that
 * category (and rate), with lines of the given key (`cac:InvoiceLine` or `cac:CreditNoteLine`), no rounding.
 */
export function expectedTaxable(root: XmlElement, lineKey: string, code: string, rate?: Dec): Dec | undefined {
  return memo(root, `ubl:taxable:${lineKey}:${code}:${rate ? `${rate.n}e-${rate.s}` : ""}`, () => computeTaxable(root, lineKey, code, rate));
}

function computeTaxable(root: XmlElement, lineKey: string, code: string, rate?: Dec): Dec | undefined {
  const lines = decimals(path(linesOf(kids(root, lineKey), code, rate), "cbc:LineExtensionAmount"));
  const acs = allowanceChargesOf(kids(root, "cac:AllowanceCharge"), code, rate);
  const charges = decimals(path(acs.filter((ac) => indicatorIs(ac, "cbc:ChargeIndicator", true)), "cbc:Amount"));
  const allowances = decimals(path(acs.filter((ac) => indicatorIs(ac, "cbc:ChargeIndicator", false)), "cbc:Amount"));
  if (!lines || !charges || !allowances) return undefined;
  return sub(add(sum(lines), sum(charges)), sum(allowances));
}

/** The decimal value of the element's first child with that key. */
export function decimalOf(element: XmlElement | undefined, key: string): Dec | undefined {
  const c = kids(element, key)[0];
  return c ? parseDecimal(stringValue(c)) : undefined;
}
