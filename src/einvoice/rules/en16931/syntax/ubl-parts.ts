import { exists, valuesOf } from "../../support/syntax-path.js";
import type { SyntaxCheck, SyntaxContext } from "../../support/syntax-table.js";
import type { XmlElement } from "../../../xml/xml-tree.js";

// The parts of a UBL invoice the syntax binding constrains (addresses, parties, documents, amounts, binary objects,
// allowances, lines, payment means): UBL-SR and UBL-DT rules. Facts of the CEN validation artefacts 1.3.16
// (EN16931-UBL-syntax.sch), in the form of syntax-table.ts.

const F = "fatal";

/** UBL-SR-43: a scheme identifier is only for the invoiced object (type code 130, or 50 in a credit note). */
const ADDITIONAL_DOCUMENT_SCHEME: SyntaxCheck = {
  kind: "custom",
  id: "UBL-SR-43",
  flag: F,
  terms: ["BT-18"],
  test: (reference, root) => {
    const type = valuesOf(reference, "cbc:DocumentTypeCode");
    if (type.includes("130")) return true;
    if (root.local === "CreditNote" && type.includes("50")) return true;
    return !exists(reference, "cbc:ID/@schemeID") && type.length === 0;
  },
  message: {
    fr: "L'attribut « schemeID » d'un document justificatif n'est admis que pour l'objet facturé (BT-18, code de type 130) : retirez-le ou indiquez le code 130.",
    en: "A supporting document's schemeID is only allowed for the invoiced object (BT-18, type code 130): remove it or give type code 130.",
  },
};

/** UBL-SR-53: a party tax scheme gives both the scheme and the company's VAT identifier. */
const TAX_SCHEME_COMPLETE: SyntaxCheck = {
  kind: "custom",
  id: "UBL-SR-53",
  flag: F,
  terms: ["BT-31"],
  test: (scheme) => exists(scheme, "cac:TaxScheme/cbc:ID") && exists(scheme, "cbc:CompanyID"),
  message: {
    fr: "Un « cac:PartyTaxScheme » doit indiquer à la fois le régime (cac:TaxScheme/cbc:ID) et l'identifiant (cbc:CompanyID) : complétez-le.",
    en: "A cac:PartyTaxScheme must give both the scheme (cac:TaxScheme/cbc:ID) and the identifier (cbc:CompanyID).",
  },
};

/**
 * Whether the payee's name differs from the seller's (XPath general comparison: some pair of values differs; false
 * when either is missing, so the official rules also fire on a payee without a name or a seller without one).
 */
function payeeDiffersFromSeller(payee: XmlElement): boolean {
  const names = valuesOf(payee, "cac:PartyName/cbc:Name");
  const seller = payee.parent ? valuesOf(payee.parent, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName") : [];
  return names.some((a) => seller.some((b) => a !== b));
}

function payeeCheck(id: string, term: string, path: string, what: { fr: string; en: string }): SyntaxCheck {
  return {
    kind: "custom",
    id,
    flag: F,
    terms: [term],
    test: (payee) => valuesOf(payee, path).length <= 1 && payeeDiffersFromSeller(payee),
    message: {
      fr: `${what.fr} (${term}) doit figurer au plus une fois, et le bénéficiaire doit porter un nom distinct de la raison sociale du vendeur : sinon, ne renseignez pas de bénéficiaire.`,
      en: `${what.en} (${term}) may occur at most once, and the payee must be named differently from the seller: otherwise give no payee.`,
    },
  };
}

const PAYEE_NAME = payeeCheck("UBL-SR-19", "BT-59", "cac:PartyName/cbc:Name", { fr: "Le nom du bénéficiaire", en: "The payee name" });
const PAYEE_IDENTIFIER = payeeCheck("UBL-SR-20", "BT-60", "cac:PartyIdentification/cbc:ID[upper(@schemeID) != 'SEPA']", { fr: "L'identifiant du bénéficiaire", en: "The payee identifier" });
const PAYEE_LEGAL_ID = payeeCheck("UBL-SR-21", "BT-61", "cac:PartyLegalEntity/cbc:CompanyID", { fr: "L'immatriculation du bénéficiaire", en: "The payee legal registration identifier" });

/** The parts of a UBL invoice the syntax binding constrains: UBL-SR and UBL-DT rules outside the document element. */
export const UBL_PARTS: readonly SyntaxContext[] = [
  {
    rank: 1,
    context: ["//cac:PostalAddress", "//cac:Address"],
    label: "cac:PostalAddress",
    checks: [
      { kind: "count", id: "UBL-SR-51", flag: F, path: "cac:AddressLine", max: 1, terms: ["BT-162"] },
    ],
  },
  {
    rank: 2,
    context: ["//cac:AccountingSupplierParty/cac:Party"],
    label: "cac:AccountingSupplierParty/cac:Party",
    checks: [
      { kind: "count", id: "UBL-SR-42", flag: F, path: "cac:PartyTaxScheme", max: 2, terms: ["BG-4"] },
    ],
  },
  {
    rank: 3,
    context: ["//cac:AdditionalDocumentReference"],
    label: "cac:AdditionalDocumentReference",
    checks: [
      { kind: "count", id: "UBL-SR-33", flag: F, path: "cbc:DocumentDescription", max: 1, terms: ["BT-123"] },
      ADDITIONAL_DOCUMENT_SCHEME,
    ],
  },
  {
    rank: 4,
    context: ["//*Amount"],
    label: "…Amount",
    where: { none: [{ selfEndsWith: "PriceAmount" }, { ancestorWithChild: ["cac:Price", "cac:AllowanceCharge"] }] },
    checks: [
      { kind: "format", id: "UBL-DT-01", flag: F, format: "max-2-decimals" },
    ],
  },
  {
    rank: 5,
    context: ["//*BinaryObject"],
    label: "…BinaryObject",
    checks: [
      { kind: "count", id: "UBL-DT-06", flag: F, path: "@mimeCode", min: 1 },
      { kind: "count", id: "UBL-DT-07", flag: F, path: "@filename", min: 1 },
    ],
  },
  {
    rank: 6,
    context: ["//cac:Delivery"],
    label: "cac:Delivery",
    checks: [
      { kind: "count", id: "UBL-SR-25", flag: F, path: "cac:DeliveryParty/cac:PartyName/cbc:Name", max: 1, terms: ["BT-70"] },
    ],
  },
  {
    rank: 7,
    context: ["//cac:AllowanceCharge"],
    label: "cac:AllowanceCharge",
    where: { booleanIs: ["cbc:ChargeIndicator", false] },
    checks: [
      { kind: "count", id: "UBL-SR-30", flag: F, path: "cbc:AllowanceChargeReason", max: 1, terms: ["BT-97"] },
    ],
  },
  {
    rank: 8,
    context: ["//cac:AllowanceCharge"],
    label: "cac:AllowanceCharge",
    where: { booleanIs: ["cbc:ChargeIndicator", true] },
    checks: [
      { kind: "count", id: "UBL-SR-31", flag: F, path: "cbc:AllowanceChargeReason", max: 1, terms: ["BT-104"] },
    ],
  },
  {
    rank: 9,
    context: ["//cac:PartyTaxScheme"],
    label: "cac:PartyTaxScheme",
    checks: [
      TAX_SCHEME_COMPLETE,
    ],
  },
  {
    rank: 11,
    context: ["//cac:InvoiceLine", "//cac:CreditNoteLine"],
    label: "cac:InvoiceLine",
    checks: [
      { kind: "count", id: "UBL-SR-34", flag: F, path: "cbc:Note", max: 1, terms: ["BT-127"] },
      { kind: "count", id: "UBL-SR-35", flag: F, path: "cac:OrderLineReference/cbc:LineID", max: 1, terms: ["BT-132"] },
      { kind: "count", id: "UBL-SR-36", flag: F, path: "cac:InvoicePeriod", max: 1, terms: ["BG-26"] },
      { kind: "count", id: "UBL-SR-37", flag: F, path: "cac:Price/cac:AllowanceCharge/cbc:Amount", max: 1, terms: ["BT-147"] },
      { kind: "count", id: "UBL-SR-48", flag: F, path: "cac:Item/cac:ClassifiedTaxCategory", min: 1, max: 1, terms: ["BG-30"] },
      { kind: "count", id: "UBL-SR-50", flag: F, path: "cac:Item/cbc:Description", max: 1, terms: ["BT-154"] },
      { kind: "count", id: "UBL-SR-52", flag: F, path: "cac:DocumentReference", max: 1, terms: ["BT-128"] },
    ],
  },
  {
    rank: 12,
    context: ["//cac:PayeeParty"],
    label: "cac:PayeeParty",
    checks: [
      PAYEE_NAME,
      PAYEE_IDENTIFIER,
      PAYEE_LEGAL_ID,
    ],
  },
  {
    rank: 13,
    context: ["//cac:PaymentMeans"],
    label: "cac:PaymentMeans",
    checks: [
      { kind: "count", id: "UBL-SR-26", flag: F, path: "cbc:PaymentID", max: 1, terms: ["BT-83"] },
      { kind: "count", id: "UBL-SR-27", flag: F, path: "cbc:PaymentMeansCode", max: 1, terms: ["BT-81"] },
      { kind: "count", id: "UBL-SR-28", flag: F, path: "cac:PaymentMandate/cbc:ID", max: 1, terms: ["BT-89"] },
    ],
  },
  {
    rank: 14,
    context: ["//cac:BillingReference"],
    label: "cac:BillingReference",
    checks: [
      { kind: "count", id: "UBL-SR-06", flag: F, path: "cac:InvoiceDocumentReference", max: 1, terms: ["BG-3"] },
      { kind: "count", id: "UBL-SR-07", flag: F, path: "cac:InvoiceDocumentReference/cbc:ID", min: 1, terms: ["BT-25"] },
    ],
  },
  {
    rank: 15,
    context: ["//cac:TaxRepresentativeParty"],
    label: "cac:TaxRepresentativeParty",
    checks: [
      { kind: "count", id: "UBL-SR-22", flag: F, path: "cac:PartyName/cbc:Name", max: 1, terms: ["BT-62"] },
      { kind: "count", id: "UBL-SR-23", flag: F, path: "cac:PartyTaxScheme/cbc:CompanyID", max: 1, terms: ["BT-63"] },
    ],
  },
  {
    rank: 16,
    context: ["//cac:TaxSubtotal"],
    label: "cac:TaxSubtotal",
    checks: [
      { kind: "count", id: "UBL-SR-32", flag: F, path: "cac:TaxCategory/cbc:TaxExemptionReason", max: 1, terms: ["BT-120"] },
    ],
  },
];
