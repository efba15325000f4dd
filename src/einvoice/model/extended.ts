import type { PostalAddress } from "./parties.js";
import type { Amount, Code, Decimal, Identifier, Value } from "./value.js";

/**
 * What the Factur-X / ZUGFeRD EXTENDED profile (and UBL beyond EN 16931) carries that matters for display. Not
 * EN 16931 business terms: no rule of EN 16931 reads them, and a converter to a core profile drops them.
 */

/** A note with its subject code (EXTENDED allows several notes per line). */
export interface ExtendedNote {
  subjectCode?: Value<Code>;
  text?: Value;
  path?: string;
}

/** A referenced document other than BG-24 (delivery notes, orders, line-level references ...). */
export interface ExtendedReference {
  id?: Value;
  /** UNTDID 1001 document type (916 supporting document, 50 tender, 130 invoiced object ...) or what the element is. */
  typeCode?: Value<Code>;
  /** UNTDID 1153 reference type */
  referenceTypeCode?: Value<Code>;
  issueDate?: Value;
  /** The line of the referenced document (order line, delivery note line ...). */
  lineId?: Value;
  name?: Value;
  path?: string;
}

/** A party the core model has no group for (invoicer, invoicee, ship-from, ultimate ship-to, sales agent ...). */
export interface ExtendedParty {
  /** Which role, from the element name: `InvoicerTradeParty` → `Invoicer`, `cac:OriginatorCustomerParty` → `Originator`. */
  role: string;
  name?: Value;
  identifiers: Identifier[];
  vatId?: Value;
  address?: PostalAddress;
  path?: string;
}

/** One of several payment terms (EXTENDED: instalments, discounts, penalties). */
export interface ExtendedPaymentTerm {
  description?: Value;
  dueDate?: Value;
  amount?: Amount;
  /** Cash discount or late penalty percentage, with its basis amount. */
  percentage?: Value<Decimal>;
  basisAmount?: Amount;
  path?: string;
}

/** A logistics service charge (EXTENDED, header level). */
export interface LogisticsCharge {
  description?: Value;
  amount?: Amount;
  vatCategory?: Value<Code>;
  vatRate?: Value<Decimal>;
  path?: string;
}

/** An included product of a line (EXTENDED: sets, kits). */
export interface IncludedProduct {
  name?: Value;
  description?: Value;
  sellerId?: Value;
  quantity?: Value<Decimal>;
  quantityUnit?: Value<Code>;
  path?: string;
}

/** Header-level EXTENDED data. */
export interface ExtendedDocument {
  /** The document name (CII `ram:Name`), e.g. "RECHNUNG". */
  documentName?: Value;
  /** Copy indicator. */
  copy?: Value<boolean>;
  /** Language of the document. */
  languageId?: Value<Code>;
  /** Other referenced documents (delivery notes, additional references of type other than 916 ...). */
  references: ExtendedReference[];
  /** Parties without a core group. */
  parties: ExtendedParty[];
  /** Every payment term when there are several, or when they carry amounts, dates or discounts. */
  paymentTerms: ExtendedPaymentTerm[];
  /** Logistics service charges. */
  logisticsCharges: LogisticsCharge[];
}

/** Line-level EXTENDED data. */
export interface ExtendedLine {
  /** Every line note beyond the first (which is BT-127), with its subject code. */
  notes: ExtendedNote[];
  /** The subject code of the first note (EN 16931 gives BT-127 none; EXTENDED does). */
  noteSubjectCode?: Value<Code>;
  /** Parent line id for sub-lines (hierarchical lines). */
  parentLineId?: Value;
  /** Line status (UNTDID 1229) and its reason (`DETAIL`, `GROUP`, `INFORMATION`). */
  statusCode?: Value<Code>;
  statusReasonCode?: Value<Code>;
  /** Line-level referenced documents (order, delivery note, additional). */
  references: ExtendedReference[];
  /** Products included in the line item. */
  includedProducts: IncludedProduct[];
  /** Charge-free quantity and package quantity. */
  chargeFreeQuantity?: Value<Decimal>;
  packageQuantity?: Value<Decimal>;
  /** Line-level delivery (ship-to party, delivery date). */
  deliveryDate?: Value;
  /** The line total with VAT, when EXTENDED gives it. */
  grossTotal?: Amount;
}
