// BR-01 … BR-11: what every invoice must carry (specification, number, date, type, currency, seller and buyer).
import { allAt, elementsOf, parentsAre } from "../../support/core-index.js";
import { hasText } from "../../support/core-xpath.js";
import { coreRule, failing, failingRoot, rootCheck } from "./define.js";
import { exists, textAt } from "./paths.js";

const SELLER = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty";
const BUYER = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerTradeParty";
// The paths the rules read, joined once: a template literal in a check is a new string to flatten and hash at each call.
const SELLER_NAME = `${SELLER}/ram:Name`;
const BUYER_NAME = `${BUYER}/ram:Name`;
const SELLER_ADDRESS = `${SELLER}/ram:PostalTradeAddress`;
const BUYER_ADDRESS = `${BUYER}/ram:PostalTradeAddress`;
const SELLER_COUNTRY = `${SELLER_ADDRESS}/ram:CountryID`;
const BUYER_COUNTRY = `${BUYER_ADDRESS}/ram:CountryID`;

export const br01to11 = [
  coreRule({
    id: "BR-01",
    terms: ["BT-24"],
    fr: "L'identifiant de spécification (BT-24) est obligatoire : indiquez le cadre de facturation suivi, par exemple « urn:cen.eu:en16931:2017 ».",
    en: "The Specification identifier (BT-24) is required: state the invoicing framework followed, e.g. \"urn:cen.eu:en16931:2017\".",
    cii: rootCheck((r) => textAt(r, "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID")),
    ubl: rootCheck((r) => textAt(r, "cbc:CustomizationID")),
  }),
  coreRule({
    id: "BR-02",
    terms: ["BT-1"],
    fr: "Le numéro de facture (BT-1) est obligatoire : indiquez le numéro unique de cette facture.",
    en: "The Invoice number (BT-1) is required: give this invoice's unique number.",
    cii: rootCheck((r) => textAt(r, "rsm:ExchangedDocument/ram:ID")),
    ubl: rootCheck((r) => textAt(r, "cbc:ID")),
  }),
  coreRule({
    id: "BR-03",
    terms: ["BT-2"],
    fr: "La date d'émission de la facture (BT-2) est obligatoire : indiquez la date à laquelle vous émettez la facture.",
    en: "The Invoice issue date (BT-2) is required: give the date the invoice is issued.",
    cii: (root) =>
      failingRoot(root, (r) => hasText(allAt(r, "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString").find((d) => d.attrs.format === "102"))),
    ubl: rootCheck((r) => textAt(r, "cbc:IssueDate")),
  }),
  coreRule({
    id: "BR-04",
    terms: ["BT-3"],
    fr: "Le type de document (BT-3) est obligatoire : indiquez 380 pour une facture ou 381 pour un avoir.",
    en: "The Invoice type code (BT-3) is required: use 380 for an invoice or 381 for a credit note.",
    cii: rootCheck((r) => textAt(r, "rsm:ExchangedDocument/ram:TypeCode")),
    ubl: rootCheck((r) => textAt(r, "cbc:InvoiceTypeCode") || textAt(r, "cbc:CreditNoteTypeCode")),
  }),
  coreRule({
    id: "BR-05",
    terms: ["BT-5"],
    fr: "La devise de la facture (BT-5) est obligatoire : indiquez son code à trois lettres, par exemple EUR.",
    en: "The Invoice currency code (BT-5) is required: give its three-letter code, e.g. EUR.",
    cii: rootCheck((r) => textAt(r, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode")),
    ubl: rootCheck((r) => textAt(r, "cbc:DocumentCurrencyCode")),
  }),
  coreRule({
    id: "BR-06",
    terms: ["BT-27"],
    fr: "Le nom du vendeur (BT-27) est obligatoire : indiquez la raison sociale de votre entreprise.",
    en: "The Seller name (BT-27) is required: give your company's registered name.",
    cii: rootCheck((r) => textAt(r, SELLER_NAME)),
    ubl: rootCheck((r) => textAt(r, "cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName")),
  }),
  coreRule({
    id: "BR-07",
    terms: ["BT-44"],
    fr: "Le nom de l'acheteur (BT-44) est obligatoire : indiquez la raison sociale de votre client.",
    en: "The Buyer name (BT-44) is required: give your customer's registered name.",
    cii: rootCheck((r) => textAt(r, BUYER_NAME)),
    ubl: rootCheck((r) => textAt(r, "cac:AccountingCustomerParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName")),
  }),
  coreRule({
    id: "BR-08",
    terms: ["BG-5"],
    fr: "L'adresse postale du vendeur (BG-5) est obligatoire : indiquez l'adresse de votre entreprise.",
    en: "The Seller postal address (BG-5) is required: give your company's address.",
    cii: rootCheck((r) => exists(r, SELLER_ADDRESS)),
    ubl: rootCheck((r) => exists(r, "cac:AccountingSupplierParty/cac:Party/cac:PostalAddress")),
  }),
  coreRule({
    id: "BR-09",
    terms: ["BT-40", "BG-5"],
    fr: "Le pays de l'adresse du vendeur (BT-40) est obligatoire : indiquez son code à deux lettres, par exemple FR.",
    en: "The Seller country code (BT-40) is required in the Seller postal address: give its two-letter code, e.g. FR.",
    cii: rootCheck((r) => textAt(r, SELLER_COUNTRY)),
    ubl: (root) =>
      failing(
        elementsOf(root, "cac:PostalAddress").filter((a) => parentsAre(a, "cac:AccountingSupplierParty", "cac:Party")),
        (a) => textAt(a, "cac:Country/cbc:IdentificationCode"),
      ),
  }),
  coreRule({
    id: "BR-10",
    terms: ["BG-8"],
    fr: "L'adresse postale de l'acheteur (BG-8) est obligatoire : indiquez l'adresse de votre client.",
    en: "The Buyer postal address (BG-8) is required: give your customer's address.",
    cii: rootCheck((r) => exists(r, BUYER_ADDRESS)),
    ubl: rootCheck((r) => exists(r, "cac:AccountingCustomerParty/cac:Party/cac:PostalAddress")),
  }),
  coreRule({
    id: "BR-11",
    terms: ["BT-55", "BG-8"],
    fr: "Le pays de l'adresse de l'acheteur (BT-55) est obligatoire : indiquez son code à deux lettres, par exemple FR.",
    en: "The Buyer country code (BT-55) is required in the Buyer postal address: give its two-letter code, e.g. FR.",
    cii: rootCheck((r) => textAt(r, BUYER_COUNTRY)),
    ubl: (root) =>
      failing(
        elementsOf(root, "cac:PostalAddress").filter((a) => parentsAre(a, "cac:AccountingCustomerParty", "cac:Party")),
        (a) => textAt(a, "cac:Country/cbc:IdentificationCode"),
      ),
  }),
];
