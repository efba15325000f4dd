/**
 * The leaves of the EN 16931 model. Every value remembers where it was read (`path`, absent when the value was built
 * in code) so that a finding can point at the element; identifiers carry their scheme, amounts their currency.
 */

/**
 * A decimal number as a string, exactly as written (trimmed): `"1250.00"`, `"-3.5"`, `"19"`. Never a float: use
 * the helpers in decimal.ts to compute. A reader keeps what the file says even when it is not a valid decimal;
 * `isDecimal()` tells.
 */
export type Decimal = string;

/** A calendar date `YYYY-MM-DD` (CII format 102 `YYYYMMDD` is converted on reading). */
export type IsoDate = string;

/** A code from a code list (UNTDID 1001, ISO 4217, UN/ECE Rec 20, EAS, ICD ...), as written. */
export type Code = string;

/** A value with the path of the element (or `…/@attribute`) it was read from, as `pathOf` writes it. */
export interface Value<T = string> {
  value: T;
  /** `/rsm:CrossIndustryInvoice/rsm:ExchangedDocument[1]/ram:ID[1]`; absent when the value was not read from XML. */
  path?: string;
}

/** An identifier and its scheme (BT-29 with BT-29-1, BT-157 with BT-157-1 ...). */
export interface Identifier extends Value<string> {
  /** The scheme identifier (ICD, EAS, or a code such as `SEPA`), when given. */
  scheme?: Value<Code>;
  /** The scheme version (only BT-158-2). */
  schemeVersion?: Value<string>;
}

/** A monetary amount; `currency` is the syntax's currency attribute (CII optional, UBL mandatory). */
export interface Amount extends Value<Decimal> {
  currency?: Value<Code>;
}

/** A binary object (BT-125): the content stays base64 as in the file, decode only when needed. */
export interface BinaryObject extends Value<string> {
  /** BT-125-1 Attached document Mime code. */
  mimeCode?: Value<Code>;
  /** BT-125-2 Attached document Filename. */
  filename?: Value<string>;
}

/** Builds a value that was not read from a file (for writers and tests). */
export function val<T>(value: T, path?: string): Value<T> {
  return path === undefined ? { value } : { value, path };
}
