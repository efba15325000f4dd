import type { SyntaxContext } from "../../support/syntax-table.js";
import { UBL_ROOT_ATTRIBUTES } from "./ubl-root-attributes.js";
import { UBL_ROOT_DELIVERY_PAYMENT } from "./ubl-root-delivery-payment.js";
import { UBL_ROOT_LINES } from "./ubl-root-lines.js";
import { UBL_ROOT_OTHER_PARTIES } from "./ubl-root-other-parties.js";
import { UBL_ROOT_PARTIES } from "./ubl-root-parties.js";
import { UBL_ROOT_REFERENCES } from "./ubl-root-references.js";

// The document element of a UBL invoice or credit note: the official rule whose context is `/ubl:Invoice | /cn:CreditNote`
// holds most UBL-CR rows (split by area in the ubl-root-*.ts files), the cardinalities of the header (UBL-SR) and the
// attributes EN 16931 does not use (UBL-DT). Facts of the CEN validation artefacts 1.3.16 (EN16931-UBL-syntax.sch).

const W = "warning";
const F = "fatal";

/** The document element's rule. */
export const UBL_DOCUMENT: SyntaxContext = {
  rank: 10,
  context: ["/inv:Invoice", "/cn:CreditNote"],
  label: "Invoice",
  absent: [...UBL_ROOT_REFERENCES, ...UBL_ROOT_PARTIES, ...UBL_ROOT_OTHER_PARTIES, ...UBL_ROOT_DELIVERY_PAYMENT, ...UBL_ROOT_LINES, ...UBL_ROOT_ATTRIBUTES],
  checks: [
    { kind: "count", id: "UBL-DT-18", flag: W, path: "//@name", max: 0, minus: "//cbc:PaymentMeansCode/@name" },
    { kind: "count", id: "UBL-SR-01", flag: F, path: "cac:ContractDocumentReference/cbc:ID", max: 1, terms: ["BT-12"] },
    { kind: "count", id: "UBL-SR-02", flag: F, path: "cac:ReceiptDocumentReference/cbc:ID", max: 1, terms: ["BT-15"] },
    { kind: "count", id: "UBL-SR-03", flag: F, path: "cac:DespatchDocumentReference/cbc:ID", max: 1, terms: ["BT-16"] },
    { kind: "count", id: "UBL-SR-04", flag: F, path: "cac:AdditionalDocumentReference[cbc:DocumentTypeCode = '130']/cbc:ID", max: 1, terms: ["BT-18"] },
    { kind: "count", id: "UBL-SR-05", flag: F, path: "cac:PaymentTerms/cbc:Note", max: 1, terms: ["BT-20"] },
    { kind: "count", id: "UBL-SR-08", flag: F, path: "cac:InvoicePeriod", max: 1, terms: ["BG-14"] },
    { kind: "count", id: "UBL-SR-09", flag: F, path: "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName", max: 1, terms: ["BT-27"] },
    { kind: "count", id: "UBL-SR-10", flag: F, path: "cac:AccountingSupplierParty/cac:Party/cac:PartyName/cbc:Name", max: 1, terms: ["BT-28"] },
    { kind: "count", id: "UBL-SR-11", flag: F, path: "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID", max: 1, terms: ["BT-30"] },
    { kind: "count", id: "UBL-SR-12", flag: F, path: "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[upper(cac:TaxScheme/cbc:ID) = 'VAT']/cbc:CompanyID", max: 1, terms: ["BT-31"] },
    { kind: "count", id: "UBL-SR-13", flag: F, path: "cac:AccountingSupplierParty/cac:Party/cac:PartyTaxScheme[upper(cac:TaxScheme/cbc:ID) != 'VAT']/cbc:CompanyID", max: 1, terms: ["BT-32"] },
    { kind: "count", id: "UBL-SR-14", flag: F, path: "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyLegalForm", max: 1, terms: ["BT-33"] },
    { kind: "count", id: "UBL-SR-15", flag: F, path: "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName", max: 1, terms: ["BT-44"] },
    { kind: "count", id: "UBL-SR-16", flag: F, path: "cac:AccountingCustomerParty/cac:Party/cac:PartyIdentification/cbc:ID", max: 1, terms: ["BT-46"] },
    { kind: "count", id: "UBL-SR-17", flag: F, path: "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:CompanyID", max: 1, terms: ["BT-47"] },
    { kind: "count", id: "UBL-SR-18", flag: F, path: "cac:AccountingCustomerParty/cac:Party/cac:PartyTaxScheme[upper(cac:TaxScheme/cbc:ID) = 'VAT']/cbc:CompanyID", max: 1, terms: ["BT-48"] },
    { kind: "count", id: "UBL-SR-24", flag: F, path: "cac:Delivery", max: 1, terms: ["BG-13"] },
    { kind: "count", id: "UBL-SR-29", flag: F, path: "//cac:PartyIdentification/cbc:ID[upper(@schemeID) = 'SEPA']", max: 1, terms: ["BT-90"] },
    { kind: "count", id: "UBL-SR-39", flag: F, path: "cac:ProjectReference/cbc:ID", max: 1, terms: ["BT-11"] },
    { kind: "count", id: "UBL-SR-40", flag: F, path: "cac:AccountingCustomerParty/cac:Party/cac:PartyName/cbc:Name", max: 1, terms: ["BT-45"] },
    { kind: "same-values", id: "UBL-SR-44", flag: F, path: "//cbc:PaymentID", terms: ["BT-83"] },
    { kind: "count", id: "UBL-SR-45", flag: F, path: "cac:PaymentMeans/cbc:PaymentDueDate", max: 1, terms: ["BT-9"] },
    { kind: "count", id: "UBL-SR-46", flag: F, path: "cac:PaymentMeans/cbc:PaymentMeansCode/@name", max: 1, terms: ["BT-82"] },
    { kind: "same-values", id: "UBL-SR-47", flag: F, path: "//cbc:PaymentMeansCode", terms: ["BT-81"] },
    { kind: "count", id: "UBL-SR-49", flag: F, path: "cac:InvoicePeriod/cbc:DescriptionCode", max: 1, terms: ["BT-8"] },
    { kind: "count", id: "UBL-SR-54", flag: F, path: "cac:PaymentMeans/cac:CardAccount", max: 1, terms: ["BG-18"] },
    { kind: "count", id: "UBL-SR-55", flag: F, path: "cac:PaymentMeans/cac:PaymentMandate", max: 1, terms: ["BG-19"] },
    { kind: "count", id: "UBL-SR-56", flag: F, path: "cac:OriginatorDocumentReference/cbc:ID", max: 1, terms: ["BT-17"] },
  ],
};
