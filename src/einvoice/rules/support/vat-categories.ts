// Which VAT category codes a document uses at all, so that the rules of a category it never mentions answer at once.
// Every VAT category rule (BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF, BR-AG) reads its context nodes, or the
// counts its document-level assertion compares, from category codes equal to its own: CII ram:CategoryCode compared
// as it is, UBL cbc:ID of a cac:TaxCategory or cac:ClassifiedTaxCategory compared as it is or after normalize-space.
// Where no such code equals the category, the contexts are empty and the counts zero, and each rule holds (its
// assertions accept "none of that category"): the rule's check is then not needed to know that it finds nothing.
import type { Syntax } from "../../detect.js";
import { trimXmlSpace } from "../../xml/xml-space.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Violation } from "../rule.js";
import { elementsOf } from "./core-index.js";
import { stringValue } from "./core-xpath.js";

/** The category codes (UNTDID 5305, as EN 16931 uses them) that have rules of their own, one bit each. */
const BITS: ReadonlyMap<string, number> = new Map(["S", "Z", "E", "AE", "K", "G", "O", "L", "M"].map((code, i) => [code, 1 << i]));

// One slot, the document being validated (trees are not changed after parsing: a root seen again gives the same codes).
let lastRoot: XmlElement | undefined;
let lastSyntax: Syntax | undefined;
let lastUsed = 0;

/**
 * The bit of the element's category, if its string value is a category's code once trimmed of XML white space (which
 * equals the code whenever the value as it is, or normalize-space of it, does; a no-break space is not trimmed).
 */
function bitOf(element: XmlElement): number {
  return BITS.get(trimXmlSpace(stringValue(element))) ?? 0;
}

function idBits(categories: readonly XmlElement[]): number {
  let used = 0;
  for (let i = 0; i < categories.length; i++) {
    const children = (categories[i] as XmlElement).children;
    for (let j = 0; j < children.length; j++) if ((children[j] as XmlElement).key === "cbc:ID") used |= bitOf(children[j] as XmlElement);
  }
  return used;
}

function findUsed(root: XmlElement, syntax: Syntax): number {
  if (syntax === "UBL") return idBits(elementsOf(root, "cac:TaxCategory")) | idBits(elementsOf(root, "cac:ClassifiedTaxCategory"));
  let used = 0;
  const codes = elementsOf(root, "ram:CategoryCode");
  for (let i = 0; i < codes.length; i++) used |= bitOf(codes[i] as XmlElement);
  return used;
}

/** The bits of the categories whose code the document uses (computed once per document). */
function usedBits(context: RuleContext): number {
  const { root } = context;
  const syntax = context.detected.syntax;
  if (root !== lastRoot || syntax !== lastSyntax) {
    lastUsed = findUsed(root, syntax);
    lastRoot = root;
    lastSyntax = syntax;
  }
  return lastUsed;
}

/** True when the document has a category code equal (after trimming) to that category's anywhere it could be read. */
export function categoryUsed(context: RuleContext, code: string): boolean {
  return (usedBits(context) & (BITS.get(code) ?? 0)) !== 0;
}

const NO_VIOLATION: readonly Violation[] = Object.freeze([]);

/**
 * The rules of one VAT category, answering nothing without running their check on a document that never uses the
 * category's code (see the header: their checks would find nothing there either).
 */
export function inCategory(code: string, rules: readonly Rule[]): Rule[] {
  const bit = BITS.get(code);
  if (bit === undefined) throw new Error(`VAT category without rules: ${code}`);
  return rules.map((rule) => {
    const check = rule.check;
    return { ...rule, check: (context: RuleContext) => ((usedBits(context) & bit) !== 0 ? check(context) : NO_VIOLATION) };
  });
}
