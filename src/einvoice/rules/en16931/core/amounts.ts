// Reading amounts the way the Schematron's casts do. xs:decimal(x) on no node is the empty sequence (a comparison with
// it is false); on a value that is not a number, or on several nodes, XPath raises an error and the official run
// stops: we cannot mirror a crash, so the rule counts as failed (fail closed) and says the amounts cannot be checked.
import { child, children, type XmlElement } from "../../../xml/xml-tree.js";
import { type Decimal, decimalFromDouble, parseDecimal } from "../../support/core-decimal.js";
import { parseBoolean, parseDouble, stringValue } from "../../support/core-xpath.js";

/** Raised when a value the rule must compute with cannot be read (not a number, or more than one). */
export class Unreadable extends Error {}

/** xs:decimal(nodes): undefined when there is none; Unreadable when there are several or the value is not a decimal. */
export function xsDecimal(nodes: XmlElement | undefined | readonly XmlElement[]): Decimal | undefined {
  // One node is the common case: read it without wrapping it in a list.
  let node: XmlElement | undefined;
  if (Array.isArray(nodes)) {
    if (nodes.length > 1) throw new Unreadable("more than one value");
    node = nodes[0];
  } else node = nodes as XmlElement | undefined;
  if (node === undefined) return undefined;
  const value = parseDecimal(stringValue(node));
  if (!value) throw new Unreadable(`not a decimal: ${stringValue(node)}`);
  return value;
}

/** xs:decimal of the first child with that key (CII totals: the first of several is read). */
export function firstChildDecimal(parent: XmlElement, key: string): Decimal | undefined {
  return xsDecimal(child(parent, key));
}

/** xs:decimal of the children with that key (Unreadable when there are several). */
export function childrenDecimal(parent: XmlElement, key: string): Decimal | undefined {
  return xsDecimal(children(parent, key));
}

/** An untyped value cast to xs:double (general comparisons, arithmetic with untyped values, sum()). */
export function xsDouble(node: XmlElement): number {
  const value = parseDouble(stringValue(node));
  if (value === undefined) throw new Unreadable(`not a number: ${stringValue(node)}`);
  return value;
}

/** sum() over untyped values: each cast to xs:double, added in document order (0 for none). */
export function sumDoubles(nodes: readonly XmlElement[]): number {
  let total = 0;
  for (const n of nodes) total += xsDouble(n);
  return total;
}

/** xs:decimal(sum(...)) when the sum is a double: its exact binary value (Saxon's new BigDecimal(double)). */
export function exactDecimal(value: number): Decimal {
  const d = decimalFromDouble(value);
  if (!d) throw new Unreadable("not a finite number");
  return d;
}

/** `round(x * 10 * 10) div 100` computed in xs:double, as XPath does when x is a double. */
export function roundCentsDouble(x: number): number {
  return Math.round(x * 10 * 10) / 100;
}

/** `indicator = false()/true()` in an assertion: the value cast to xs:boolean, Unreadable when it is neither. */
export function isChargeStrict(indicators: readonly XmlElement[], charge: boolean): boolean {
  let matched = false;
  for (const i of indicators) {
    const value = parseBoolean(stringValue(i));
    if (value === undefined) throw new Unreadable(`not a boolean: ${stringValue(i)}`);
    if (value === charge) matched = true;
  }
  return matched;
}

/** Evaluates an assertion; an Unreadable value makes it fail. */
export function holds(assertion: () => boolean): boolean {
  try {
    return assertion();
  } catch (error) {
    if (error instanceof Unreadable) return false;
    throw error;
  }
}
