// UBL facts for the VAT category rules, read exactly as the CEN artefacts 1.3.16 address them.
import { child, type XmlElement } from "../../xml/xml-tree.js";
import { add, cmp, type Dec, parseDecimal, sub, sum, ZERO } from "./vat-decimal.js";
import { all, indicatorIs, kids, memo, normalizeSpace, nspChild, path, rootOf, stringValue } from "./vat-xpath.js";

// Per-element caches live in the facts of the document being validated.
// The compute functions are made once (no closure per call: these run for every category of every rule).
const newVatCache = () => new Map<XmlElement, boolean>();
const newIdCache = () => new Map<XmlElement, string>();
const vatCacheOf = (e: XmlElement) => memo(rootOf(e), "ubl:isVat", newVatCache);
const idCacheOf = (e: XmlElement) => memo(rootOf(e), "ubl:categoryId", newIdCache);

/** `[cac:TaxScheme/normalize-space(upper-case(cbc:ID)) = 'VAT']` */
export function isVat(element: XmlElement): boolean {
  const vatCache = vatCacheOf(element);
  let v = vatCache.get(element);
  if (v === undefined) {
    v = false;
    for (const s of element.children) {
      if (s.key !== "cac:TaxScheme") continue;
      const id = child(s, "cbc:ID");
      if (id !== undefined && normalizeSpace(stringValue(id).toUpperCase()) === "VAT") {
        v = true;
        break;
      }
    }
    vatCache.set(element, v);
  }
  return v;
}

/** `normalize-space(cbc:ID)` of a tax category. */
export function categoryId(category: XmlElement): string {
  const idCache = idCacheOf(category);
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
  return memo(root, "ubl:subtotals", findSubtotalCategories);
}

// The per-document facts are computed by functions made once (a closure per call would be garbage at every rule).
const findSubtotalCategories = (root: XmlElement) => path([root], "cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory");

/** Line categories: `cac:InvoiceLine/cac:Item/cac:ClassifiedTaxCategory | cac:CreditNoteLine/...`. */
export function lineCategories(root: XmlElement): XmlElement[] {
  return memo(root, "ubl:lineCategories", findLineCategories);
}

const findLineCategories = (root: XmlElement) => path([...all(root, "cac:InvoiceLine"), ...all(root, "cac:CreditNoteLine")], "cac:Item/cac:ClassifiedTaxCategory");

/** Categories of allowances (false) or charges (true), anywhere: `cac:AllowanceCharge[cbc:ChargeIndicator = x]/cac:TaxCategory`. */
export function allowanceChargeCategories(root: XmlElement, charge: boolean): XmlElement[] {
  return charge ? memo(root, "ubl:chargeCategories", findChargeCategories) : memo(root, "ubl:allowanceCategories", findAllowanceCategories);
}

const findAllowanceChargeCategories = (acs: readonly XmlElement[], charge: boolean) =>
  path(
    acs.filter((ac) => indicatorIs(ac, "cbc:ChargeIndicator", charge)),
    "cac:TaxCategory",
  );
const findChargeCategories = (root: XmlElement) => findAllowanceChargeCategories(all(root, "cac:AllowanceCharge"), true);
const findAllowanceCategories = (root: XmlElement) => findAllowanceChargeCategories(all(root, "cac:AllowanceCharge"), false);

/** Document-level allowance (false) or charge (true) categories only: `(/ubl:Invoice|/cn:CreditNote)/cac:AllowanceCharge[...]`. */
export function documentAllowanceChargeCategories(root: XmlElement, charge: boolean): XmlElement[] {
  return charge ? memo(root, "ubl:docChargeCategories", findDocChargeCategories) : memo(root, "ubl:docAllowanceCategories", findDocAllowanceCategories);
}

const findDocChargeCategories = (root: XmlElement) => findAllowanceChargeCategories(kids(root, "cac:AllowanceCharge"), true);
const findDocAllowanceCategories = (root: XmlElement) => findAllowanceChargeCategories(kids(root, "cac:AllowanceCharge"), false);

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

/** What the per-category sums read of a line or an allowance/charge, read once per document. */
interface Entry {
  /** normalize-space(cbc:ID) of each tax category. */
  ids: string[];
  /** xs:decimal(cbc:Percent) of each tax category that has a valid one. */
  rates: Dec[];
  /** The amounts summed (LineExtensionAmount, or Amount); undefined when one is not a decimal. */
  amounts: Dec[] | undefined;
  charge: boolean | undefined;
}

// The memo names of the entries, written once per line key (no string built per call).
const ANY_LINES = new Map<string, string>();
const DOC_LINES = new Map<string, string>();

function entriesName(names: Map<string, string>, prefix: string, lineKey: string): string {
  let name = names.get(lineKey);
  if (name === undefined) {
    name = `ubl:entries:${prefix}:${lineKey}`;
    names.set(lineKey, name);
  }
  return name;
}

function entries(root: XmlElement, name: string, elements: () => readonly XmlElement[], categoryPath: string, amountKey: string): Entry[] {
  return memo(root, name, () =>
    elements().map((e) => {
      const cats = path([e], categoryPath);
      const rates: Dec[] = [];
      for (const c of cats) {
        const p = child(c, "cbc:Percent");
        const d = p ? parseDecimal(stringValue(p)) : undefined;
        if (d) rates.push(d);
      }
      const charge = indicatorIs(e, "cbc:ChargeIndicator", true) ? true : indicatorIs(e, "cbc:ChargeIndicator", false) ? false : undefined;
      return { ids: cats.map(categoryId), rates, amounts: decimals(kids(e, amountKey)), charge };
    }),
  );
}

function matches(entry: Entry, code: string, rate: Dec | undefined): boolean {
  return entry.ids.includes(code) && (!rate || entry.rates.some((r) => cmp(r, rate) === 0));
}

/** True when some line of that key (anywhere) has the category code and rate (`exists(//cac:InvoiceLine[...][...])`). */
export function someLineOf(root: XmlElement, lineKey: string, code: string, rate?: Dec): boolean {
  return entries(root, entriesName(ANY_LINES, "any", lineKey), () => all(root, lineKey), "cac:Item/cac:ClassifiedTaxCategory", "cbc:LineExtensionAmount").some((e) => matches(e, code, rate));
}

/** True when some allowance or charge (anywhere) has the category code and rate (`exists(//cac:AllowanceCharge[...][...])`). */
export function someAllowanceChargeOf(root: XmlElement, code: string, rate?: Dec): boolean {
  return entries(root, "ubl:entries:any:ac", () => all(root, "cac:AllowanceCharge"), "cac:TaxCategory", "cbc:Amount").some((e) => matches(e, code, rate));
}

/**
 * BR-x-08 in UBL: Σ document-level line net amounts (BT-131) + Σ charges (BT-99) − Σ allowances (BT-92) of that
 * category (and rate), with lines of the given key (`cac:InvoiceLine` or `cac:CreditNoteLine`), no rounding.
 */
export function expectedTaxable(root: XmlElement, lineKey: string, code: string, rate?: Dec): Dec | undefined {
  return memo(root, `ubl:taxable:${lineKey}:${code}:${rate ? `${rate.n}e-${rate.s}` : ""}`, () => computeTaxable(root, lineKey, code, rate));
}

function computeTaxable(root: XmlElement, lineKey: string, code: string, rate?: Dec): Dec | undefined {
  let total = ZERO;
  for (const line of entries(root, entriesName(DOC_LINES, "doc", lineKey), () => kids(root, lineKey), "cac:Item/cac:ClassifiedTaxCategory", "cbc:LineExtensionAmount")) {
    if (!matches(line, code, rate)) continue;
    if (!line.amounts) return undefined;
    total = add(total, sum(line.amounts));
  }
  for (const ac of entries(root, "ubl:entries:doc:ac", () => kids(root, "cac:AllowanceCharge"), "cac:TaxCategory", "cbc:Amount")) {
    if (ac.charge === undefined || !matches(ac, code, rate)) continue;
    if (!ac.amounts) return undefined;
    total = ac.charge ? add(total, sum(ac.amounts)) : sub(total, sum(ac.amounts));
  }
  return total;
}

/** The decimal value of the element's first child with that key. */
export function decimalOf(element: XmlElement | undefined, key: string): Dec | undefined {
  const c = child(element, key);
  return c ? parseDecimal(stringValue(c)) : undefined;
}
