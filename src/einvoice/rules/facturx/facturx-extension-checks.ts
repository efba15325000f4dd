// The Factur-X-only assertions that need more than the XPath subset of fx-xpath.ts (exact decimals, sets of line
// identifiers, regular expressions): each returns the failing context nodes. Used by facturx-extension.ts. Elements are
// read from the per-document index shared with the other families (in document order), never by a walk of their own.
import type { XmlElement } from "../../xml/xml-tree.js";
import { Unreadable, xsDecimal } from "../en16931/core/amounts.js";
import { add, type Decimal, equals, sub, sum } from "../support/core-decimal.js";
import { elementsOf } from "../support/core-index.js";
import { countAt, LINE_NET_AMOUNT, LINE_STATUS, someAt } from "./fx-children.js";
import { normalizeSpace, stringValue } from "../support/core-xpath.js";

// matches(., '^\s*(\d{4})(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])([01][0-9]|2[0-3])[0-5][0-9]\s*$'): XML Schema \d is any
// Unicode decimal digit, \s only space, tab, CR and LF.
const FORMAT_205 = /^[ \t\n\r]*\p{Nd}{4}(1[0-2]|0[1-9])(3[01]|[12][0-9]|0[1-9])([01][0-9]|2[0-3])[0-5][0-9][ \t\n\r]*$/u;

export function dateTimes205(root: XmlElement): XmlElement[] {
  return elementsOf(root, "udt:DateTimeString").filter((e) => e.attrs.format === "205" && !FORMAT_205.test(stringValue(e)));
}

/** BR-FXEXT-11: lines naming a parent line (BT-X-304) that no line has as its identifier (BT-126). */
export function orphanLines(root: XmlElement): XmlElement[] {
  const lines = elementsOf(root, "ram:IncludedSupplyChainTradeLineItem");
  const ids = new Set<string>();
  for (const e of lines) {
    for (const d of e.children) if (d.key === "ram:AssociatedDocumentLineDocument") for (const id of d.children) if (id.key === "ram:LineID") ids.add(normalizeSpace(stringValue(id)));
  }
  return lines.filter((line) => {
    const doc = line.children.find((c) => c.key === "ram:AssociatedDocumentLineDocument");
    const parent = doc?.children.find((c) => c.key === "ram:ParentLineID");
    const wanted = normalizeSpace(stringValue(parent));
    return wanted !== "" && !ids.has(wanted);
  });
}

// xs:double lexical form, as number() reads it (surrounding XML whitespace allowed).
const XS_DOUBLE = /^[ \t\n\r]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r]*$/;

/** BR-CO-25 (EXTENDED wording): an amount due (BT-115) above zero needs a payment due date (BT-9) or terms (BT-20). */
export function dueWithoutTerms(root: XmlElement): XmlElement[] {
  const due = elementsOf(root, "ram:DuePayableAmount")[0];
  const terms = elementsOf(root, "ram:SpecifiedTradePaymentTerms").some((e) => e.children.some((c) => c.key === "ram:DueDateDateTime" || c.key === "ram:Description"));
  const text = due ? stringValue(due) : "";
  const positive = XS_DOUBLE.test(text) && Number(text) > 0;
  return positive && !terms ? [root] : [];
}


const childrenOf = (e: XmlElement | undefined, key: string): XmlElement[] => (e ? e.children.filter((c) => c.key === key) : []);
const at = (e: XmlElement | undefined, ...keys: string[]): XmlElement[] => keys.reduce<XmlElement[]>((nodes, key) => nodes.flatMap((n) => childrenOf(n, key)), e ? [e] : []);

/** sum(nodes/xs:decimal(.)): each value cast exactly (Unreadable when one is not a decimal), 0 for none. */
function decimalSum(nodes: readonly XmlElement[]): Decimal {
  return sum(nodes.map((n) => xsDecimal(n) as Decimal));
}

/** BR-FXEXT-CO-16: amount due (BT-115) = total with VAT (BT-112) − paid (BT-113) + rounding (BT-114) + financial adjustments. */
export function dueNotBalanced(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (const totals of elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")) {
    const due = xsDecimal(childrenOf(totals, "ram:DuePayableAmount"));
    const adjustments = at(totals.parent, "ram:SpecifiedFinancialAdjustment", "ram:ActualAmount");
    const expected = add(
      add(sub(decimalSum(childrenOf(totals, "ram:GrandTotalAmount")), decimalSum(childrenOf(totals, "ram:TotalPrepaidAmount"))), decimalSum(childrenOf(totals, "ram:RoundingAmount"))),
      decimalSum(adjustments),
    );
    // xs:decimal of no amount due is the empty sequence: the comparison is false.
    if (!due || !equals(due, expected)) out.push(totals);
  }
  return out;
}

/** What BR-FXEXT-12 reads of a line, read once. */
interface LineFacts {
  line: XmlElement;
  group: boolean;
  /** How many net amounts (BT-131) it gives. */
  amounts: number;
  ids: string[];
  parents: string[];
}

const isGroup = (status: XmlElement): boolean => stringValue(status) === "GROUP";

/**
 * BR-FXEXT-12: a GROUP line with a net amount (BT-131) whose GROUP sub-lines (BT-X-304 = its BT-126) do not all give
 * a net amount. Its identifier is read as written (general comparison); a line without one fails, as in the assertion.
 * Each line is read once and the GROUP lines are listed by parent identifier (linear in the number of lines).
 */
export function groupsMissingAmounts(root: XmlElement): XmlElement[] {
  // Only GROUP lines are checked or counted as sub-lines: the others are not read further (most invoices have none).
  const facts: LineFacts[] = [];
  for (const line of elementsOf(root, "ram:IncludedSupplyChainTradeLineItem")) {
    if (!someAt(line, LINE_STATUS, isGroup)) continue;
    facts.push({
      line,
      group: true,
      amounts: countAt(line, LINE_NET_AMOUNT),
      ids: at(line, "ram:AssociatedDocumentLineDocument", "ram:LineID").map(stringValue),
      parents: at(line, "ram:AssociatedDocumentLineDocument", "ram:ParentLineID").map(stringValue),
    });
  }
  // The GROUP lines naming each parent identifier, each line once, in document order.
  const subGroups = new Map<string, LineFacts[]>();
  for (const f of facts) {
    if (!f.group) continue;
    for (const parent of new Set(f.parents)) {
      const list = subGroups.get(parent);
      if (list) list.push(f);
      else subGroups.set(parent, [f]);
    }
  }
  const out: XmlElement[] = [];
  for (const f of facts) {
    if (!f.group || f.amounts === 0) continue;
    if (f.ids.length > 1) throw new Unreadable("more than one line identifier");
    const id = f.ids[0];
    if (id === undefined) {
      out.push(f.line);
      continue;
    }
    const children = subGroups.get(id) ?? [];
    const withAmount = children.reduce((n, l) => n + l.amounts, 0);
    if (children.length !== withAmount) out.push(f.line);
  }
  return out;
}
