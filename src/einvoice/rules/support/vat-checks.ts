// Check builders shared by the VAT category families: each returns the offending context nodes of one syntax.
import { child, type XmlElement } from "../../xml/xml-tree.js";
import * as cii from "./vat-cii.js";
import { abs, add, cmp, type Dec, decimalOfDouble, divBy100, doubleOf, doubleOfText, mul, ONE, parseDecimal, roundCents, sub, withinOne } from "./vat-decimal.js";
import type { NodeCheck } from "./vat-rule.js";
import * as ubl from "./vat-ubl.js";
import { all, hasChild, kids, memo, normalizeSpace, rootOf, someChildSign, stringValue } from "./vat-xpath.js";

/** The nodes that fail a per-node assertion. */
export function each(nodes: (root: XmlElement) => readonly XmlElement[], fails: (node: XmlElement, root: XmlElement) => boolean): NodeCheck {
  return (root) => {
    // A list only when a node fails: most assertions hold on most invoices.
    let out: XmlElement[] | undefined;
    const list = nodes(root);
    for (let i = 0; i < list.length; i++) {
      const n = list[i] as XmlElement;
      if (!fails(n, root)) continue;
      if (out) out.push(n);
      else out = [n];
    }
    return out ?? NONE;
  };
}

/** The root when a document-level assertion fails. */
export function whole(holds: (root: XmlElement) => boolean): NodeCheck {
  return (root) => (holds(root) ? NONE : [root]);
}

const NONE: readonly XmlElement[] = Object.freeze([]);

export type SignTest = (sign: number) => boolean;
export const POSITIVE: SignTest = (s) => s > 0;
export const NOT_NEGATIVE: SignTest = (s) => s >= 0;
export const ZERO: SignTest = (s) => s === 0;

// ---------------------------------------------------------------- CII

/** BR-S/AF/AG-01 in CII: line or allowance/charge taxes of the category with too few breakdowns (the artefact's sums). */
export function ciiAtLeastOne(code: string): NodeCheck {
  return whole((root) => {
    const { line, header, allowanceCharge } = cii.categoryCounts(root, code);
    return (line + header >= 2 || line === 0) && (allowanceCharge + header >= 2 || allowanceCharge === 0);
  });
}

/** BR-Z/E/AE/IC/G-01 in CII: none at all, or exactly one breakdown with a line or an allowance/charge. */
export function ciiExactlyOne(code: string): NodeCheck {
  return whole((root) => {
    const { line, header, allowanceCharge } = cii.categoryCounts(root, code);
    return (header === 0 && line === 0 && allowanceCharge === 0) || (header === 1 && (line > 0 || allowanceCharge > 0));
  });
}

/** BR-O-01 in CII: no breakdown, or exactly one with a line or an allowance/charge. */
export function ciiAtMostOne(code: string): NodeCheck {
  return whole((root) => {
    const { line, header, allowanceCharge } = cii.categoryCounts(root, code);
    return header === 0 || (header === 1 && (line > 0 || allowanceCharge > 0));
  });
}

/** CII nodes whose ram:RateApplicablePercent fails the sign test (absent fails). */
export function ciiRate(nodes: (root: XmlElement) => readonly XmlElement[], accept: SignTest): NodeCheck {
  return each(nodes, (n) => !someChildSign(n, "ram:RateApplicablePercent", accept));
}

/** CII nodes that give a rate although they must not (`not(ram:RateApplicablePercent)`). */
export function ciiNoRate(nodes: (root: XmlElement) => readonly XmlElement[]): NodeCheck {
  return each(nodes, (n) => hasChild(n, "ram:RateApplicablePercent"));
}

/** BR-x-08 in CII with the ±1 tolerance (Z, E, AE, K, G): context the header category code. */
export function ciiBasisWithinOne(code: string, vatContext: boolean): NodeCheck {
  return each(
    (root) => cii.headerCategoryCodes(root, code, vatContext),
    (node, root) => {
      // `../ram:BasisAmount - 1 < (decimal sums)`: untyped minus 1 is a double, and the sums are promoted to double.
      const basis = doubleOfText(firstText(node.parent, "ram:BasisAmount"));
      const expected = cii.expectedBasis(root, code);
      if (basis === undefined || !expected) return true;
      const e = doubleOf(expected);
      return !(basis - 1 < e && basis + 1 > e);
    },
  );
}

/**
 * BR-S-08 in CII: for every rate of the breakdown, the basis equals the rounded sums of that category and rate.
 * `nodes` gives the context nodes and `breakdown` the ram:ApplicableTradeTax each one stands for.
 */
export function ciiBasisPerRate(code: string, nodes: (root: XmlElement) => readonly XmlElement[], breakdown: (node: XmlElement) => XmlElement | undefined): NodeCheck {
  return each(
    nodes,
    (node, root) => {
      const tax = breakdown(node);
      for (const r of kids(tax, "ram:RateApplicablePercent")) {
        const rate = parseDecimal(stringValue(r));
        const expected = rate ? cii.expectedBasis(root, code, rate) : undefined;
        if (!expected) return true;
        if (!basisEquals(tax, expected)) return true;
      }
      return false;
    },
  );
}

/** BR-O-08 in CII: the basis equals the rounded sums exactly; context the breakdown itself. */
export function ciiBasisExact(code: string): NodeCheck {
  return each(
    (root) => cii.headerTaxes(root, code),
    (tax, root) => {
      const expected = cii.expectedBasis(root, code);
      return !(expected && basisEquals(tax, expected));
    },
  );
}

/**
 * BR-S-09 in CII: |tax| within one of round(|basis| × rate) ÷ 100, on the breakdown each context node stands for.
 * The artefact multiplies by the untyped rate, so the product, its rounding and the comparison are in doubles.
 */
export function ciiTaxWithinOne(nodes: (root: XmlElement) => readonly XmlElement[], breakdown: (node: XmlElement) => XmlElement | undefined): NodeCheck {
  return each(nodes, (node) => {
    const tax = breakdown(node);
    const calc = cii.decimalChild(tax, "ram:CalculatedAmount");
    const basis = cii.decimalChild(tax, "ram:BasisAmount");
    const rate = doubleOfText(firstText(tax, "ram:RateApplicablePercent"));
    if (!calc || !basis || rate === undefined) return true;
    const expected = Math.round(doubleOf(abs(basis)) * rate) / 100;
    return !(doubleOf(sub(abs(calc), ONE)) < expected && doubleOf(add(abs(calc), ONE)) > expected);
  });
}

/** `ram:BasisAmount = (decimal sums)`: the untyped amount and the promoted sums compared as doubles (existential). */
function basisEquals(tax: XmlElement | undefined, expected: Dec): boolean {
  if (!tax) return false;
  const e = doubleOf(expected);
  for (const b of tax.children) if (b.key === "ram:BasisAmount" && doubleOfText(stringValue(b)) === e) return true;
  return false;
}

/** The text of the first child with that key. */
function firstText(element: XmlElement | undefined, key: string): string | undefined {
  const c = child(element, key);
  return c ? stringValue(c) : undefined;
}

/** `ram:CalculatedAmount = 0` of the breakdown (existential; absent fails). */
export function ciiZeroTax(nodes: (root: XmlElement) => readonly XmlElement[], ofParent: boolean): NodeCheck {
  return each(nodes, (n) => !someChildSign(ofParent ? (n.parent as XmlElement) : n, "ram:CalculatedAmount", ZERO));
}

/** Exemption reason required (true) or forbidden (false) on the breakdown. */
export function ciiExemption(nodes: (root: XmlElement) => readonly XmlElement[], required: boolean, ofParent: boolean): NodeCheck {
  return each(nodes, (n) => hasChild(ofParent ? (n.parent as XmlElement) : n, "ram:ExemptionReason", "ram:ExemptionReasonCode") !== required);
}

// ---------------------------------------------------------------- UBL

/** `count(...TaxCategory[VAT]/cbc:ID[normalize-space(.) = code])` over one of the document's category lists. */
function vatIdCount(root: XmlElement, memoKey: string, categories: () => readonly XmlElement[], code: string): number {
  const counts = memo(root, memoKey, () => {
    const m = new Map<string, number>();
    for (const c of categories()) {
      if (!ubl.isVat(c)) continue;
      for (const id of kids(c, "cbc:ID")) {
        const v = normalizeSpace(stringValue(id));
        m.set(v, (m.get(v) ?? 0) + 1);
      }
    }
    return m;
  });
  return counts.get(code) ?? 0;
}

/** BR-Z/E/AE/IC/G/O-01 in UBL: a category used anywhere (VAT scheme) needs exactly one VAT breakdown. */
export function ublExactlyOne(code: string): NodeCheck {
  return whole((root) => {
    const used = vatIdCount(root, "ubl:vatIdCount:any", () => all(root, "cac:TaxCategory"), code) > 0 || vatIdCount(root, "ubl:vatIdCount:classified", () => all(root, "cac:ClassifiedTaxCategory"), code) > 0;
    return !used || vatIdCount(root, "ubl:vatIdCount:subtotal", () => ubl.subtotalCategories(root), code) === 1;
  });
}

/**
 * Categories of that normalized code, optionally of the VAT scheme. The list is grouped by code once per document (the
 * lists given are the document's own cached lists), so a rule whose category is absent costs one lookup.
 */
export function ofCode(categories: readonly XmlElement[], code: string, vat = true): readonly XmlElement[] {
  const first = categories[0];
  if (!first) return NONE;
  const byList = memo(rootOf(first), "ubl:ofCode", newListGroups);
  let groups = byList.get(categories);
  if (!groups) {
    groups = new Map();
    for (const c of categories) {
      const id = ubl.categoryId(c);
      let g = groups.get(id);
      if (!g) {
        g = { any: [], vat: [] };
        groups.set(id, g);
      }
      g.any.push(c);
      if (ubl.isVat(c)) g.vat.push(c);
    }
    byList.set(categories, groups);
  }
  const g = groups.get(code);
  return g ? (vat ? g.vat : g.any) : NONE;
}

const newListGroups = () => new Map<readonly XmlElement[], Map<string, { any: XmlElement[]; vat: XmlElement[] }>>();

/** The UBL shape of BR-x-02/03/04: `(exists(N) and cond) or not(exists(N'))`. */
export function ublParties(n: (root: XmlElement) => readonly XmlElement[], nPrime: (root: XmlElement) => readonly XmlElement[], cond: (root: XmlElement) => boolean): NodeCheck {
  return whole((root) => (n(root).length > 0 && cond(root)) || nPrime(root).length === 0);
}

/** UBL categories whose cbc:Percent fails the test (`xs:decimal(cbc:Percent) = 0`, `(cbc:Percent) > 0` ...). */
export function ublRate(nodes: (root: XmlElement) => readonly XmlElement[], accept: SignTest): NodeCheck {
  return each(nodes, (n) => !someChildSign(n, "cbc:Percent", accept));
}

/** UBL categories that give a rate although they must not. */
export function ublNoRate(nodes: (root: XmlElement) => readonly XmlElement[]): NodeCheck {
  return each(nodes, (n) => hasChild(n, "cbc:Percent"));
}

/** VAT breakdown categories of that code (`/*\/cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory[code][VAT]`). */
export function ublBreakdowns(code: string): (root: XmlElement) => readonly XmlElement[] {
  return (root) => ofCode(ubl.subtotalCategories(root), code);
}

/** BR-Z/E/AE/IC/G/O-08 in UBL: TaxableAmount equals the sums exactly, for invoice lines or credit note lines. */
export function ublTaxableExact(code: string): NodeCheck {
  return each(ublBreakdowns(code), (cat, root) => {
    const taxable = ubl.decimalOf(cat.parent, "cbc:TaxableAmount");
    const branch = (lineKey: string) => {
      if (all(root, lineKey).length === 0 || !taxable) return false;
      const expected = ubl.expectedTaxable(root, lineKey, code);
      return expected !== undefined && cmp(taxable, expected) === 0;
    };
    return !(branch("cac:InvoiceLine") || branch("cac:CreditNoteLine"));
  });
}

/**
 * BR-S/AF/AG-08 in UBL: for the breakdown's rate, TaxableAmount within one of the sums of that category and rate.
 * `sStyle`: BR-S-08 asks for a line or an allowance/charge of that rate; AF and AG only for a line of any kind.
 */
export function ublTaxablePerRate(code: string, sStyle: boolean): NodeCheck {
  return each(ublBreakdowns(code), (cat, root) => {
    const p = child(cat, "cbc:Percent");
    if (!p) return false;
    const rate = parseDecimal(stringValue(p));
    // `../xs:decimal(cbc:TaxableAmount - 1)`: the untyped amount minus 1 is a double, then cast exactly to decimal.
    const taxable = doubleOfText(firstText(cat.parent, "cbc:TaxableAmount"));
    if (!rate || taxable === undefined) return true;
    const lower = decimalOfDouble(taxable - 1);
    const upper = decimalOfDouble(taxable + 1);
    if (!lower || !upper) return true;
    const branch = (lineKey: string) => {
      const exists = sStyle
        ? memo(
            root,
            `ubl:exists:${lineKey}:${code}:${rate.n}e-${rate.s}`,
            () => ubl.someLineOf(root, lineKey, code, rate) || ubl.someAllowanceChargeOf(root, code, rate),
          )
        : all(root, lineKey).length > 0;
      if (!exists) return false;
      const expected = ubl.expectedTaxable(root, lineKey, code, rate);
      return expected !== undefined && cmp(lower, expected) < 0 && cmp(upper, expected) > 0;
    };
    return !(branch("cac:InvoiceLine") || branch("cac:CreditNoteLine"));
  });
}

/** BR-S/AF/AG-09 in UBL: |TaxAmount| within one of round(|TaxableAmount| × Percent ÷ 100) to the cent. */
export function ublTaxWithinOne(code: string): NodeCheck {
  return each(ublBreakdowns(code), (cat) => {
    const taxAmount = ubl.decimalOf(cat.parent, "cbc:TaxAmount");
    const taxable = ubl.decimalOf(cat.parent, "cbc:TaxableAmount");
    const percent: Dec | undefined = ubl.decimalOf(cat, "cbc:Percent");
    if (!taxAmount || !taxable || !percent) return true;
    return !withinOne(abs(taxAmount), roundCents(mul(abs(taxable), divBy100(percent))));
  });
}

/** BR-x-09 in UBL for the zero categories: `xs:decimal(../cbc:TaxAmount) = 0`. */
export function ublZeroTax(code: string): NodeCheck {
  return each(ublBreakdowns(code), (cat) => {
    const t = ubl.decimalOf(cat.parent, "cbc:TaxAmount");
    return !(t && t.n === 0n);
  });
}

/** BR-x-10 in UBL: exemption reason required (true) or forbidden (false). */
export function ublExemption(code: string, required: boolean): NodeCheck {
  return each(ublBreakdowns(code), (cat) => hasChild(cat, "cbc:TaxExemptionReason", "cbc:TaxExemptionReasonCode") !== required);
}
