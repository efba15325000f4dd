// BR-B-01 and BR-B-02 (split payment, category B), on /rsm:CrossIndustryInvoice, as the Factur-X profiles word them:
//   BR-B-01: (not(//ram:CountryID != 'IT') and //ram:CategoryCode = 'B') or (not(//ram:CategoryCode = 'B'))
//   BR-B-02: (//ram:CategoryCode = 'B' and (not(//ram:CategoryCode = 'S'))) or (not(//ram:CategoryCode = 'B'))
// Read as XPath, each rule scanned every category code of the document twice for a 'B' that is almost never there.
// Both reduce to "no code B, or ...": the codes are scanned once for B, and the rest read only when there is one.
import type { XmlElement } from "../../xml/xml-tree.js";
import { elementsOf } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";

const NONE: XmlElement[] = [];

/** `//key = value` (some element of that key has that string value), or `!=` when `equal` is false. */
function someValue(root: XmlElement, key: string, value: string, equal: boolean): boolean {
  for (const e of elementsOf(root, key)) if ((stringValue(e) === value) === equal) return true;
  return false;
}

/** The failing nodes of a split payment rule: the root, when the document has a category B and `alsoFails` holds. */
function splitPayment(alsoFails: (root: XmlElement) => boolean): (root: XmlElement) => XmlElement[] {
  return (root) => {
    if (root.key !== "rsm:CrossIndustryInvoice" || !someValue(root, "ram:CategoryCode", "B", true)) return NONE;
    return alsoFails(root) ? [root] : NONE;
  };
}

/** BR-B-01: with a category B, every country code is IT (fails on a country other than IT). */
export const splitPaymentOutsideItaly = splitPayment((root) => someValue(root, "ram:CountryID", "IT", false));

/** BR-B-02: with a category B, no category S (fails on one). */
export const splitPaymentWithStandardRate = splitPayment((root) => someValue(root, "ram:CategoryCode", "S", true));
