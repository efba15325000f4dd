// BR-FXEXT-S-01 … AG-01 (EXTENDED): a VAT category used on a DETAIL line (or a line without subtype), a document
// allowance or a charge needs a VAT breakdown of that category, and a breakdown of a category needs such a use. The
// official assertion, on /rsm:CrossIndustryInvoice, for the category code C:
//   (count(H) = 0 and count(L) = 0 and count(A) = 0) or (count(H) >= 1 and (exists(L) or exists(A)))
//   H = //ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode = C]
//   L = //ram:SpecifiedLineTradeSettlement[not(ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode)
//         or ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'DETAIL']/ram:ApplicableTradeTax[ram:CategoryCode = C]
//   A = //ram:CategoryTradeTax[ram:CategoryCode = C]
// Written as XPath, the nine rules walked every line settlement nine times; here one pass per document notes which of
// the nine codes each of H, L and A selects (a bit per category), and each rule reads its bits.
import type { XmlElement } from "../../xml/xml-tree.js";
import { elementsOf, memo } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";
import { FX_VAT_CATEGORIES } from "./facturx-vat-categories.js";

const CODES: readonly string[] = FX_VAT_CATEGORIES.map(([, code]) => code);

/** The categories (bits, by index in FX_VAT_CATEGORIES) that H, L and A select on a document. */
interface CategoryUses {
  header: number;
  lines: number;
  charges: number;
}

/** The bits of the codes among the `ram:CategoryCode` children of a tax (the predicate `[ram:CategoryCode = C]`). */
function codeBits(tax: XmlElement): number {
  let bits = 0;
  for (const c of tax.children) {
    if (c.key !== "ram:CategoryCode") continue;
    const i = CODES.indexOf(stringValue(c));
    if (i >= 0) bits |= 1 << i;
  }
  return bits;
}

/** The bits of the `ram:ApplicableTradeTax` children of each element. */
function taxBits(elements: readonly XmlElement[], keep: (e: XmlElement) => boolean): number {
  let bits = 0;
  for (const e of elements) {
    if (!keep(e)) continue;
    for (const c of e.children) if (c.key === "ram:ApplicableTradeTax") bits |= codeBits(c);
  }
  return bits;
}

const ALL = (): boolean => true;

/** The settlement predicate of L: no line status reason code, or one of them equal to 'DETAIL'. */
function detailSettlement(settlement: XmlElement): boolean {
  let hasCode = false;
  for (const d of settlement.children) {
    if (d.key !== "ram:AssociatedDocumentLineDocument") continue;
    for (const s of d.children) {
      if (s.key !== "ram:LineStatusReasonCode") continue;
      if (stringValue(s) === "DETAIL") return true;
      hasCode = true;
    }
  }
  return !hasCode;
}

function usesOf(root: XmlElement): CategoryUses {
  return memo(root, "fx-vat-category-uses", () => {
    let charges = 0;
    for (const t of elementsOf(root, "ram:CategoryTradeTax")) charges |= codeBits(t);
    return {
      header: taxBits(elementsOf(root, "ram:ApplicableHeaderTradeSettlement"), ALL),
      lines: taxBits(elementsOf(root, "ram:SpecifiedLineTradeSettlement"), detailSettlement),
      charges,
    };
  });
}

const NONE: XmlElement[] = [];

/** The failing nodes of the category rule of `code`: the root, when it is a CII invoice and the assertion is false. */
export function categoryWithoutBreakdown(code: string): (root: XmlElement) => XmlElement[] {
  const bit = 1 << CODES.indexOf(code);
  return (root) => {
    if (root.key !== "rsm:CrossIndustryInvoice") return NONE;
    const { header, lines, charges } = usesOf(root);
    const used = ((lines | charges) & bit) !== 0;
    const holds = (header & bit) === 0 ? !used : used;
    return holds ? NONE : [root];
  };
}
