// The directory's model, as the national directory (annuaire) describes it: a legal unit (SIREN) has establishments
// (SIRET), called structures; a public structure may have services that invoices are routed to.

/** Public buyers are PUBLIQUE; suppliers are PRIVEE. Both live in the same table. */
export type StructureKind = "PUBLIQUE" | "PRIVEE";

/** What the structure requires from a depositor and how it exchanges, as the directory's routing flags say. */
export interface StructureFlags {
  serviceCodeRequired: boolean;
  engagementRequired: boolean;
  serviceOrEngagementRequired: boolean;
  paymentStatusReported: boolean;
  isMoa: boolean;
  isMoaOnly: boolean;
  ediSender: boolean;
  ediReceiver: boolean;
}

/** A postal address as the directory gives it (every part optional). */
export interface PostalAddress {
  line1: string | null;
  line2: string | null;
  line3: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode: string | null;
  countryLabel: string | null;
}

/** An establishment (SIRET) of a legal unit (SIREN). */
export interface Structure {
  siret: string;
  siren: string;
  identifierType: string;
  name: string;
  kind: StructureKind;
  active: boolean;
  flags: StructureFlags;
  address: PostalAddress;
  phone: string | null;
  email: string | null;
  /** Days the buyer has to pay (délai global de paiement): 30 unless the structure says otherwise. */
  paymentDelayDays: number;
}

/** A service of a structure: the code a depositor writes on the invoice, its label and what it requires. */
export interface Service {
  code: string;
  name: string;
  active: boolean;
  engagementRequired: boolean;
  paymentStatusReported: boolean;
  validFrom: string | null;
  validTo: string | null;
}

/** The legal default payment delay for public buyers, in days. */
export const DEFAULT_PAYMENT_DELAY_DAYS = 30;

/** Flags all false: a structure that requires nothing. */
export const NO_FLAGS: StructureFlags = {
  serviceCodeRequired: false,
  engagementRequired: false,
  serviceOrEngagementRequired: false,
  paymentStatusReported: false,
  isMoa: false,
  isMoaOnly: false,
  ediSender: false,
  ediReceiver: false,
};

/** An address with nothing in it. */
export const EMPTY_ADDRESS: PostalAddress = {
  line1: null,
  line2: null,
  line3: null,
  postalCode: null,
  city: null,
  countryCode: null,
  countryLabel: null,
};
