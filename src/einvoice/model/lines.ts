import type { Amount, Code, Decimal, Identifier, Value } from "./value.js";
import type { ExtendedLine } from "./extended.js";

/** A period (BG-14 Invoicing period, BG-26 Invoice line period). */
export interface Period {
  /** BT-73 / BT-134 start date (ISO) */
  start?: Value;
  /** BT-74 / BT-135 end date (ISO) */
  end?: Value;
  path?: string;
}

/** BG-27 INVOICE LINE ALLOWANCES / BG-28 INVOICE LINE CHARGES. */
export interface LineAllowanceCharge {
  /** BT-136 / BT-141 amount (1..1) */
  amount?: Amount;
  /** BT-137 / BT-142 base amount */
  baseAmount?: Amount;
  /** BT-138 / BT-143 percentage */
  percentage?: Value<Decimal>;
  /** BT-139 / BT-144 reason */
  reason?: Value;
  /** BT-140 / BT-145 reason code (UNTDID 5189 allowances, 7161 charges) */
  reasonCode?: Value<Code>;
  path?: string;
}

/** BG-29 PRICE DETAILS. */
export interface PriceDetails {
  /** BT-146 Item net price (1..1) */
  netPrice?: Amount;
  /** BT-147 Item price discount */
  discount?: Amount;
  /** BT-148 Item gross price */
  grossPrice?: Amount;
  /** BT-149 Item price base quantity */
  baseQuantity?: Value<Decimal>;
  /** BT-150 Item price base quantity unit of measure code */
  baseQuantityUnit?: Value<Code>;
  path?: string;
}

/** BG-32 ITEM ATTRIBUTES. */
export interface ItemAttribute {
  /** BT-160 Item attribute name (1..1) */
  name?: Value;
  /** BT-161 Item attribute value (1..1) */
  value?: Value;
  path?: string;
}

/** BG-31 ITEM INFORMATION. */
export interface Item {
  /** BT-153 Item name (1..1) */
  name?: Value;
  /** BT-154 Item description */
  description?: Value;
  /** BT-155 Item Seller's identifier */
  sellerId?: Value;
  /** BT-156 Item Buyer's identifier */
  buyerId?: Value;
  /** BT-157 Item standard identifier with BT-157-1 scheme identifier (ICD) */
  standardId?: Identifier;
  /** BT-158 Item classification identifier (0..n) with BT-158-1 scheme (UNTDID 7143) and BT-158-2 scheme version */
  classifications: Identifier[];
  /** BT-159 Item country of origin */
  countryOfOrigin?: Value<Code>;
  /** BG-32 ITEM ATTRIBUTES (0..n) */
  attributes: ItemAttribute[];
  path?: string;
}

/** BG-25 INVOICE LINE. */
export interface InvoiceLine {
  /** BT-126 Invoice line identifier (1..1) */
  id?: Value;
  /** BT-127 Invoice line note (0..1; further notes of EXTENDED/UBL go to `extended.notes`) */
  note?: Value;
  /** BT-128 Invoice line object identifier with BT-128-1 scheme identifier */
  objectId?: Identifier;
  /** BT-129 Invoiced quantity (1..1) */
  quantity?: Value<Decimal>;
  /** BT-130 Invoiced quantity unit of measure code (1..1, UN/ECE Rec 20/21) */
  quantityUnit?: Value<Code>;
  /** BT-131 Invoice line net amount (1..1) */
  netAmount?: Amount;
  /** BT-132 Referenced purchase order line reference */
  orderLineRef?: Value;
  /** BT-133 Invoice line Buyer accounting reference */
  buyerAccountingRef?: Value;
  /** BG-26 INVOICE LINE PERIOD */
  period?: Period;
  /** BG-27 INVOICE LINE ALLOWANCES (0..n) */
  allowances: LineAllowanceCharge[];
  /** BG-28 INVOICE LINE CHARGES (0..n) */
  charges: LineAllowanceCharge[];
  /** BG-29 PRICE DETAILS (1..1) */
  price: PriceDetails;
  /** BG-30 LINE VAT INFORMATION: BT-151 Invoiced item VAT category code (1..1, UNCL 5305) */
  vatCategory?: Value<Code>;
  /** BG-30: BT-152 Invoiced item VAT rate */
  vatRate?: Value<Decimal>;
  /** BG-31 ITEM INFORMATION (1..1) */
  item: Item;
  /** What EXTENDED (and UBL beyond EN 16931) adds to a line, for display. */
  extended?: ExtendedLine;
  path?: string;
}
