import type { ExtendedDocument } from "./extended.js";
import type { InvoiceLine, Period } from "./lines.js";
import type { Buyer, Delivery, Payee, Seller, SellerTaxRepresentative } from "./parties.js";
import type { Amount, BinaryObject, Code, Decimal, Identifier, Value } from "./value.js";

/** BG-1 INVOICE NOTE. */
export interface InvoiceNote {
  /** BT-21 Invoice note subject code (UNTDID 4451) */
  subjectCode?: Value<Code>;
  /** BT-22 Invoice note (1..1) */
  text?: Value;
  path?: string;
}

/** BG-2 PROCESS CONTROL. */
export interface ProcessControl {
  /** BT-23 Business process type */
  businessProcess?: Value;
  /** BT-24 Specification identifier (1..1): the profile or CIUS the invoice claims */
  specificationId?: Value;
  path?: string;
}

/** BG-3 PRECEDING INVOICE REFERENCE. */
export interface PrecedingInvoice {
  /** BT-25 Preceding Invoice reference (1..1) */
  number?: Value;
  /** BT-26 Preceding Invoice issue date */
  issueDate?: Value;
  path?: string;
}

/** BG-16 PAYMENT INSTRUCTIONS (with BG-17, BG-18, BG-19). */
export interface PaymentInstructions {
  /** BT-81 Payment means type code (1..1, UNTDID 4461) */
  meansCode?: Value<Code>;
  /** BT-82 Payment means text */
  meansText?: Value;
  /** BT-83 Remittance information */
  remittanceInformation?: Value;
  /** BG-17 CREDIT TRANSFER (0..n) */
  creditTransfers: CreditTransfer[];
  /** BG-18 PAYMENT CARD INFORMATION */
  card?: PaymentCard;
  /** BG-19 DIRECT DEBIT */
  directDebit?: DirectDebit;
  path?: string;
}

/** BG-17 CREDIT TRANSFER. */
export interface CreditTransfer {
  /** BT-84 Payment account identifier (1..1: IBAN, or proprietary id) */
  accountId?: Value;
  /** BT-85 Payment account name */
  accountName?: Value;
  /** BT-86 Payment service provider identifier (BIC) */
  serviceProviderId?: Value;
  path?: string;
}

/** BG-18 PAYMENT CARD INFORMATION. */
export interface PaymentCard {
  /** BT-87 Payment card primary account number (1..1; at most the last 4-6 digits) */
  primaryAccountNumber?: Value;
  /** BT-88 Payment card holder name */
  holderName?: Value;
  path?: string;
}

/** BG-19 DIRECT DEBIT. */
export interface DirectDebit {
  /** BT-89 Mandate reference identifier */
  mandateReference?: Value;
  /** BT-90 Bank assigned creditor identifier */
  creditorId?: Value;
  /** BT-91 Debited account identifier */
  debitedAccountId?: Value;
  path?: string;
}

/** BG-20 DOCUMENT LEVEL ALLOWANCES / BG-21 DOCUMENT LEVEL CHARGES (BT ids given for BG-20 / BG-21). */
export interface DocumentAllowanceCharge {
  /** BT-92 / BT-99 amount (1..1) */
  amount?: Amount;
  /** BT-93 / BT-100 base amount */
  baseAmount?: Amount;
  /** BT-94 / BT-101 percentage */
  percentage?: Value<Decimal>;
  /** BT-95 / BT-102 VAT category code (1..1) */
  vatCategory?: Value<Code>;
  /** BT-96 / BT-103 VAT rate */
  vatRate?: Value<Decimal>;
  /** BT-97 / BT-104 reason */
  reason?: Value;
  /** BT-98 / BT-105 reason code (UNTDID 5189 / 7161) */
  reasonCode?: Value<Code>;
  path?: string;
}

/** BG-22 DOCUMENT TOTALS. */
export interface DocumentTotals {
  /** BT-106 Sum of Invoice line net amount (1..1) */
  lineNetTotal?: Amount;
  /** BT-107 Sum of allowances on document level */
  allowanceTotal?: Amount;
  /** BT-108 Sum of charges on document level */
  chargeTotal?: Amount;
  /** BT-109 Invoice total amount without VAT (1..1) */
  taxExclusiveTotal?: Amount;
  /** BT-110 Invoice total VAT amount (in the invoice currency BT-5) */
  vatTotal?: Amount;
  /** BT-111 Invoice total VAT amount in accounting currency (in BT-6) */
  vatTotalAccounting?: Amount;
  /** BT-112 Invoice total amount with VAT (1..1) */
  taxInclusiveTotal?: Amount;
  /** BT-113 Paid amount */
  paidAmount?: Amount;
  /** BT-114 Rounding amount */
  roundingAmount?: Amount;
  /** BT-115 Amount due for payment (1..1) */
  amountDue?: Amount;
  path?: string;
}

/** BG-23 VAT BREAKDOWN. */
export interface VatBreakdown {
  /** BT-116 VAT category taxable amount (1..1) */
  taxableAmount?: Amount;
  /** BT-117 VAT category tax amount (1..1) */
  taxAmount?: Amount;
  /** BT-118 VAT category code (1..1, UNCL 5305: S Z E AE K G O L M) */
  category?: Value<Code>;
  /** BT-119 VAT category rate */
  rate?: Value<Decimal>;
  /** BT-120 VAT exemption reason text */
  exemptionReason?: Value;
  /** BT-121 VAT exemption reason code (VATEX) */
  exemptionReasonCode?: Value<Code>;
  path?: string;
}

/** BG-24 ADDITIONAL SUPPORTING DOCUMENTS. */
export interface SupportingDocument {
  /** BT-122 Supporting document reference (1..1) */
  reference?: Value;
  /** BT-123 Supporting document description */
  description?: Value;
  /** BT-124 External document location (URL) */
  externalLocation?: Value;
  /** BT-125 Attached document with BT-125-1 Mime code and BT-125-2 Filename */
  attachment?: BinaryObject;
  path?: string;
}

/** BG-0 the invoice: every business term of EN 16931 (BT-1 … BT-165, BG-1 … BG-32). */
export interface Invoice {
  /** BT-1 Invoice number (1..1) */
  number?: Value;
  /** BT-2 Invoice issue date (1..1, ISO) */
  issueDate?: Value;
  /** BT-3 Invoice type code (1..1, UNTDID 1001: 380 invoice, 381 credit note, 384, 389, 751 ...) */
  typeCode?: Value<Code>;
  /** BT-5 Invoice currency code (1..1, ISO 4217) */
  currency?: Value<Code>;
  /** BT-6 VAT accounting currency code */
  vatCurrency?: Value<Code>;
  /** BT-7 Value added tax point date (ISO) */
  taxPointDate?: Value;
  /** BT-8 Value added tax point date code (UNTDID 2005 in UBL: 3, 35, 432; UNTDID 2475 in CII: 5, 29, 72) */
  taxPointDateCode?: Value<Code>;
  /** BT-9 Payment due date (ISO) */
  dueDate?: Value;
  /** BT-10 Buyer reference (Leitweg-ID, code service ...) */
  buyerReference?: Value;
  /** BT-11 Project reference */
  projectReference?: Value;
  /** BT-12 Contract reference */
  contractReference?: Value;
  /** BT-13 Purchase order reference */
  purchaseOrderReference?: Value;
  /** BT-14 Sales order reference */
  salesOrderReference?: Value;
  /** BT-15 Receiving advice reference */
  receivingAdviceReference?: Value;
  /** BT-16 Despatch advice reference */
  despatchAdviceReference?: Value;
  /** BT-17 Tender or lot reference */
  tenderReference?: Value;
  /** BT-18 Invoiced object identifier with BT-18-1 scheme identifier (UNTDID 1153) */
  invoicedObjectId?: Identifier;
  /** BT-19 Buyer accounting reference */
  buyerAccountingReference?: Value;
  /** BT-20 Payment terms (several CII terms descriptions are joined by a line break) */
  paymentTerms?: Value;
  /** BG-1 INVOICE NOTE (0..n) */
  notes: InvoiceNote[];
  /** BG-2 PROCESS CONTROL (1..1) */
  process: ProcessControl;
  /** BG-3 PRECEDING INVOICE REFERENCE (0..n) */
  precedingInvoices: PrecedingInvoice[];
  /** BG-4 SELLER (1..1) */
  seller: Seller;
  /** BG-7 BUYER (1..1) */
  buyer: Buyer;
  /** BG-10 PAYEE */
  payee?: Payee;
  /** BG-11 SELLER TAX REPRESENTATIVE PARTY */
  taxRepresentative?: SellerTaxRepresentative;
  /** BG-13 DELIVERY INFORMATION */
  delivery?: Delivery;
  /** BG-14 INVOICING PERIOD (in BG-13 in the model; kept here as the syntaxes put it on the header) */
  invoicingPeriod?: Period;
  /** BG-16 PAYMENT INSTRUCTIONS */
  payment?: PaymentInstructions;
  /** BG-20 DOCUMENT LEVEL ALLOWANCES (0..n) */
  allowances: DocumentAllowanceCharge[];
  /** BG-21 DOCUMENT LEVEL CHARGES (0..n) */
  charges: DocumentAllowanceCharge[];
  /** BG-22 DOCUMENT TOTALS (1..1) */
  totals: DocumentTotals;
  /** BG-23 VAT BREAKDOWN (1..n) */
  vatBreakdown: VatBreakdown[];
  /** BG-24 ADDITIONAL SUPPORTING DOCUMENTS (0..n) */
  supportingDocuments: SupportingDocument[];
  /** BG-25 INVOICE LINE (1..n) */
  lines: InvoiceLine[];
  /** What the EXTENDED profile (and UBL beyond EN 16931) adds that matters for display. */
  extended?: ExtendedDocument;
  /** The root element's path. */
  path?: string;
}
