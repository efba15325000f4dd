import type { Code, Identifier, Value } from "./value.js";

/** A postal address (BG-5, BG-8, BG-12, BG-15 share this shape; the BT ids below are the seller's, BG-5). */
export interface PostalAddress {
  /** BT-35 / BT-50 / BT-64 / BT-75 Address line 1 */
  line1?: Value;
  /** BT-36 / BT-51 / BT-65 / BT-76 Address line 2 */
  line2?: Value;
  /** BT-162 / BT-163 / BT-164 / BT-165 Address line 3 */
  line3?: Value;
  /** BT-37 / BT-52 / BT-66 / BT-77 City */
  city?: Value;
  /** BT-38 / BT-53 / BT-67 / BT-78 Post code */
  postCode?: Value;
  /** BT-39 / BT-54 / BT-68 / BT-79 Country subdivision */
  countrySubdivision?: Value;
  /** BT-40 / BT-55 / BT-69 / BT-80 Country code (ISO 3166-1 alpha-2), 1..1 (absent only when the file omits it) */
  countryCode?: Value<Code>;
  /** Where the address group itself was read, for findings about a missing term. */
  path?: string;
}

/** A contact (BG-6 Seller contact, BG-9 Buyer contact). */
export interface Contact {
  /** BT-41 / BT-56 Contact point */
  point?: Value;
  /** BT-42 / BT-57 Contact telephone number */
  telephone?: Value;
  /** BT-43 / BT-58 Contact email address */
  email?: Value;
  path?: string;
}

/** BG-4 SELLER. */
export interface Seller {
  /** BT-27 Seller name (1..1) */
  name?: Value;
  /** BT-28 Seller trading name */
  tradingName?: Value;
  /** BT-29 Seller identifier (0..n) with BT-29-1 Seller identifier identification scheme identifier */
  identifiers: Identifier[];
  /** BT-30 Seller legal registration identifier with BT-30-1 scheme identifier */
  legalRegistrationId?: Identifier;
  /** BT-31 Seller VAT identifier */
  vatId?: Value;
  /** BT-32 Seller tax registration identifier (FC) */
  taxRegistrationId?: Value;
  /** BT-33 Seller additional legal information */
  additionalLegalInformation?: Value;
  /** BT-34 Seller electronic address with BT-34-1 scheme identifier (EAS) */
  electronicAddress?: Identifier;
  /** BG-5 SELLER POSTAL ADDRESS (1..1) */
  address: PostalAddress;
  /** BG-6 SELLER CONTACT */
  contact?: Contact;
  path?: string;
}

/** BG-7 BUYER. */
export interface Buyer {
  /** BT-44 Buyer name (1..1) */
  name?: Value;
  /** BT-45 Buyer trading name */
  tradingName?: Value;
  /** BT-46 Buyer identifier with BT-46-1 scheme identifier */
  identifier?: Identifier;
  /** BT-47 Buyer legal registration identifier with BT-47-1 scheme identifier */
  legalRegistrationId?: Identifier;
  /** BT-48 Buyer VAT identifier */
  vatId?: Value;
  /** BT-49 Buyer electronic address with BT-49-1 scheme identifier (EAS) */
  electronicAddress?: Identifier;
  /** BG-8 BUYER POSTAL ADDRESS (1..1) */
  address: PostalAddress;
  /** BG-9 BUYER CONTACT */
  contact?: Contact;
  path?: string;
}

/** BG-10 PAYEE. */
export interface Payee {
  /** BT-59 Payee name (1..1) */
  name?: Value;
  /** BT-60 Payee identifier with BT-60-1 scheme identifier */
  identifier?: Identifier;
  /** BT-61 Payee legal registration identifier with BT-61-1 scheme identifier */
  legalRegistrationId?: Identifier;
  path?: string;
}

/** BG-11 SELLER TAX REPRESENTATIVE PARTY. */
export interface SellerTaxRepresentative {
  /** BT-62 Seller tax representative name (1..1) */
  name?: Value;
  /** BT-63 Seller tax representative VAT identifier (1..1) */
  vatId?: Value;
  /** BG-12 SELLER TAX REPRESENTATIVE POSTAL ADDRESS (1..1) */
  address: PostalAddress;
  path?: string;
}

/** BG-13 DELIVERY INFORMATION. */
export interface Delivery {
  /** BT-70 Deliver to party name */
  partyName?: Value;
  /** BT-71 Deliver to location identifier with BT-71-1 scheme identifier */
  locationId?: Identifier;
  /** BT-72 Actual delivery date */
  actualDate?: Value;
  /** BG-15 DELIVER TO ADDRESS */
  address?: PostalAddress;
  path?: string;
}
