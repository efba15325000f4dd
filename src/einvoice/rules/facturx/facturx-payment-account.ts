// BR-CO-27 (a credit transfer names the IBAN or a proprietary id, not both), as the Factur-X profiles word it:
//   context: //ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) = '30' or normalize-space(ram:TypeCode) = '58']
//   test:    (ram:PayeePartyCreditorFinancialAccount/ram:IBANID or ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID)
//            and not(ram:PayeePartyCreditorFinancialAccount/ram:IBANID and ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID)
// Compiled from XPath, the rule ran a dozen closures per payment means on most invoices; read here in one function:
// the means of type 30 or 58 (the first type code, whitespace normalised) that give both or neither of the two ids.
import { child, type XmlElement } from "../../xml/xml-tree.js";
import { elementsOf } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";
import { normalizeXmlSpace } from "../../xml/xml-space.js";

const NONE: XmlElement[] = [];

/** Whether some child account (PayeePartyCreditorFinancialAccount) of the means has a child of that key. */
function someAccountHas(means: XmlElement, key: string): boolean {
  for (const account of means.children) if (account.key === "ram:PayeePartyCreditorFinancialAccount" && child(account, key)) return true;
  return false;
}

/** BR-CO-27: the credit transfer means (30, 58) whose accounts give both an IBAN and a proprietary id, or neither. */
export function creditTransfersWithoutOneAccountId(root: XmlElement): XmlElement[] {
  let out: XmlElement[] | undefined;
  for (const means of elementsOf(root, "ram:SpecifiedTradeSettlementPaymentMeans")) {
    const type = child(means, "ram:TypeCode");
    const code = normalizeXmlSpace(type ? stringValue(type) : "");
    if (code !== "30" && code !== "58") continue;
    if (someAccountHas(means, "ram:IBANID") !== someAccountHas(means, "ram:ProprietaryID")) continue;
    out ??= [];
    out.push(means);
  }
  return out ?? NONE;
}
