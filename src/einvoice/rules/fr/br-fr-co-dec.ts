// BR-FR-CO (coherence between business terms) and BR-FR-DEC (number formats) of the French Flux 2 rules.
import type { XmlElement } from "../../xml/xml-tree.js";
import { allAt } from "../support/core-index.js";
import { normalizeSpace, parseDouble, stringValue } from "../support/core-xpath.js";
import { type FrAssertion, frAssertion } from "./fr-assert.js";
import { isDecimalFormat, str, withScheme } from "./fr-values.js";

const SCT = "rsm:SupplyChainTradeTransaction";
const HA = `${SCT}/ram:ApplicableHeaderTradeAgreement`;
const HS = `${SCT}/ram:ApplicableHeaderTradeSettlement`;
const SUM = `${HS}/ram:SpecifiedTradeSettlementHeaderMonetarySummation`;
const LINE = `${SCT}/ram:IncludedSupplyChainTradeLineItem`;
const own = (n: XmlElement) => stringValue(n);
const values = (root: XmlElement, path: string) => allAt(root, path).map(own);
const typeIn = (root: XmlElement, codes: readonly string[]) => values(root, "rsm:ExchangedDocument/ram:TypeCode").some((t) => codes.includes(t));
const datedRef = (d: XmlElement) => allAt(d, "ram:IssuerAssignedID").length > 0 && allAt(d, "ram:FormattedIssueDateTime/qdt:DateTimeString").length > 0;
const BILLING_MODE = "rsm:ExchangedDocumentContext/ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID";

const coherence: FrAssertion[] = [
  {
    id: "BR-FR-CO-03_BT-3",
    terms: ["BT-3", "BT-12", "BG-14"],
    context: "",
    test: (root) =>
      !typeIn(root, ["262"]) ||
      (str(root, `${HA}/ram:ContractReferencedDocument/ram:IssuerAssignedID`) !== "" &&
        str(root, `${HS}/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString`) !== "" &&
        str(root, `${HS}/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString`) !== ""),
    fr: "Un avoir de remise globale (BT-3 = 262) doit citer le contrat (BT-12) et la période de facturation (BG-14, début et fin).",
    en: "A global discount credit note (BT-3 = 262) must give the contract (BT-12) and the invoicing period (BG-14, start and end).",
  },
  {
    id: "BR-FR-CO-04_BT-4",
    terms: ["BT-3", "BT-25"],
    context: "",
    test: (root) => !typeIn(root, ["384", "471", "472", "473"]) || allAt(root, `${HS}/ram:InvoiceReferencedDocument`).length === 1,
    fr: "Une facture rectificative (BT-3 = 384, 471, 472 ou 473) doit citer une et une seule facture antérieure (BT-25, avec sa date BT-26).",
    en: "A corrective invoice (BT-3 = 384, 471, 472 or 473) must reference exactly one preceding invoice (BT-25, with its date BT-26).",
  },
  {
    id: "BR-FR-CO-05_BT-3",
    terms: ["BT-3", "BT-25", "BT-26"],
    context: "",
    test: (root) =>
      !typeIn(root, ["261", "381", "396", "502", "503"]) ||
      allAt(root, `${HS}/ram:InvoiceReferencedDocument`).some(datedRef) ||
      allAt(root, LINE).every((l) => allAt(l, "ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument").some(datedRef)),
    fr: "Un avoir (BT-3 = 261, 381, 396, 502 ou 503) doit citer la facture antérieure avec sa date (BT-25 et BT-26), en en-tête ou sur chaque ligne.",
    en: "A credit note (BT-3 = 261, 381, 396, 502 or 503) must reference the preceding invoice with its date (BT-25 and BT-26), in the header or on every line.",
  },
  {
    id: "BR-FR-CO-07_BT-9",
    terms: ["BT-9", "BT-2"],
    context: "",
    test: (root) => {
      const due = values(root, `${HS}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString`);
      if ((due[0] ?? "") === "") return true;
      if (typeIn(root, ["386", "500", "503"])) return true;
      if (values(root, `${HA}/ram:BusinessTypeCode`).some((c) => ["B2", "S2", "M2"].includes(c))) return true;
      const issued = values(root, "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString");
      return due.some((d) => issued.some((i) => d >= i));
    },
    fr: "La date d'échéance (BT-9) ne peut précéder la date de facture (BT-2), sauf pour un acompte (386, 500, 503) ou une facture déjà payée (B2, S2, M2).",
    en: "The payment due date (BT-9) cannot precede the invoice date (BT-2), except for a prepayment (386, 500, 503) or an invoice already paid (B2, S2, M2).",
  },
  {
    id: "BR-FR-CO-08_BT-23",
    terms: ["BT-23", "BT-3"],
    context: "",
    test: (root) => !values(root, BILLING_MODE).some((c) => ["B4", "S4", "M4"].includes(c)) || !typeIn(root, ["386", "500", "503"]),
    fr: "Une facture définitive après acompte (BT-23 = B4, S4 ou M4) ne peut pas être une facture ou un avoir d'acompte (BT-3 = 386, 500, 503).",
    en: "A final invoice after prepayment (BT-23 = B4, S4 or M4) cannot be a prepayment invoice or credit note (BT-3 = 386, 500, 503).",
  },
  ...paidRules(),
  {
    id: "BR-FR-CO-12_BT-5",
    terms: ["BT-5", "BT-6", "BT-111"],
    context: "",
    test: (root) => {
      if (!values(root, `${HS}/ram:InvoiceCurrencyCode`).some((c) => c !== "EUR")) return true;
      const eurTax = allAt(root, `${SUM}/ram:TaxTotalAmount`).filter((t) => t.attrs.currencyID === "EUR")[0];
      return values(root, `${HS}/ram:TaxCurrencyCode`).includes("EUR") && stringValue(eurTax) !== "";
    },
    fr: "Une facture dans une autre devise que l'euro (BT-5) doit donner la devise de comptabilité EUR (BT-6) et le montant de TVA en euros (BT-111).",
    en: "An invoice in a currency other than the euro (BT-5) must give EUR as VAT accounting currency (BT-6) and the VAT total in euros (BT-111).",
  },
  {
    id: "BR-FR-CO-14_BT-29-1",
    terms: ["BT-29-1", "BT-22"],
    context: "",
    test: (root) =>
      withScheme(root, `${HA}/ram:SellerTradeParty/ram:GlobalID`, "0231").length === 0 ||
      allAt(root, "rsm:ExchangedDocument/ram:IncludedNote").some((n) => values(n, "ram:SubjectCode").includes("TXD") && values(n, "ram:Content").includes("MEMBRE_ASSUJETTI_UNIQUE")),
    fr: "Un vendeur membre d'un assujetti unique (BT-29-1 = 0231) doit porter la note TXD « MEMBRE_ASSUJETTI_UNIQUE ».",
    en: "A seller member of a VAT group (BT-29-1 = 0231) must carry the TXD note 'MEMBRE_ASSUJETTI_UNIQUE'.",
  },
  {
    id: "BR-FR-CO-15_BT-29-1",
    terms: ["BT-29-1", "BG-11", "BT-63"],
    context: "",
    test: (root) =>
      withScheme(root, `${HA}/ram:SellerTradeParty/ram:GlobalID`, "0231").length === 0 ||
      stringValue(withScheme(root, `${HA}/ram:SellerTaxRepresentativeTradeParty/ram:SpecifiedTaxRegistration/ram:ID`, "VA")[0]) !== "",
    fr: "Un vendeur membre d'un assujetti unique (BT-29-1 = 0231) doit donner le représentant fiscal (BG-11) avec le numéro de TVA de l'assujetti unique (BT-63).",
    en: "A seller member of a VAT group (BT-29-1 = 0231) must give the tax representative (BG-11) with the VAT group's VAT number (BT-63).",
  },
];

function paidRules(): FrAssertion[] {
  const paid = (root: XmlElement) => values(root, BILLING_MODE).some((c) => ["B2", "S2", "M2"].includes(c));
  const num = (root: XmlElement, path: string) => parseDouble(str(root, path)) ?? Number.NaN;
  return [
    {
      id: "BR-FR-CO-09_BT-23-1",
      terms: ["BT-23", "BT-113", "BT-112"],
      context: "",
      test: (root) => !paid(root) || num(root, `${SUM}/ram:TotalPrepaidAmount`) === num(root, `${SUM}/ram:GrandTotalAmount`),
      fr: "Une facture déjà payée (BT-23 = B2, S2 ou M2) doit avoir un montant payé (BT-113) égal au total TTC (BT-112).",
      en: "An invoice already paid (BT-23 = B2, S2 or M2) must have its paid amount (BT-113) equal to the total with VAT (BT-112).",
    },
    {
      id: "BR-FR-CO-09_BT-23-2",
      terms: ["BT-23", "BT-115"],
      context: "",
      test: (root) => !paid(root) || num(root, `${SUM}/ram:DuePayableAmount`) === 0,
      fr: "Une facture déjà payée (BT-23 = B2, S2 ou M2) doit avoir un net à payer (BT-115) nul.",
      en: "An invoice already paid (BT-23 = B2, S2 or M2) must have an amount due (BT-115) of zero.",
    },
    {
      id: "BR-FR-CO-09_BT-23-3",
      terms: ["BT-23", "BT-9"],
      context: "",
      test: (root) => !paid(root) || str(root, `${HS}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString`) !== "",
      fr: "Une facture déjà payée (BT-23 = B2, S2 ou M2) doit donner la date d'échéance (BT-9), date du paiement.",
      en: "An invoice already paid (BT-23 = B2, S2 or M2) must give the due date (BT-9), the payment date.",
    },
  ];
}

/** Parties whose global identifiers need a scheme, each scheme once (BR-FR-CO-10). */
const CO10: [string, string][] = [
  ["BT-29", `${HA}/ram:SellerTradeParty`],
  ["BT-46", `${HA}/ram:BuyerTradeParty`],
  ["BT-60", `${HS}/ram:PayeeTradeParty`],
  ["EXT-FR-FE-06", `${HA}/ram:BuyerAgentTradeParty`],
  ["EXT-FR-FE-46", `${HS}/ram:PayerTradeParty`],
  ["EXT-FR-FE-69", `${HA}/ram:SalesAgentTradeParty`],
  ["EXT-FR-FE-92", `${HS}/ram:InvoiceeTradeParty`],
  ["EXT-FR-FE-115", `${HS}/ram:InvoicerTradeParty`],
  ["BT-71", `${SCT}/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty`],
  ["EXT-FR-FE-146", `${LINE}/ram:SpecifiedLineTradeDelivery/ram:ShipToTradeParty`],
];

const globalIds: FrAssertion[] = CO10.flatMap(([term, context]): FrAssertion[] => [
  {
    id: `BR-FR-CO-10_${term}-1`,
    terms: [term],
    context,
    test: (p) => allAt(p, "ram:GlobalID").every((g) => g.attrs.schemeID !== undefined),
    fr: `Chaque identifiant global (${term}) doit donner son schéma (schemeID).`,
    en: `Every global identifier (${term}) must give its scheme (schemeID).`,
  },
  {
    id: `BR-FR-CO-10_${term}-2`,
    terms: [term],
    context,
    test: (p) => {
      const schemes = allAt(p, "ram:GlobalID").flatMap((g) => (g.attrs.schemeID === undefined ? [] : [g.attrs.schemeID]));
      return new Set(schemes).size === schemes.length;
    },
    fr: `Un même schéma ne peut servir qu'une fois parmi les identifiants globaux (${term}).`,
    en: `A scheme may be used only once among the global identifiers (${term}).`,
  },
]);

/** [id, terms, path, digits, decimals, signed, French kind, English kind]. */
const FORMATS: [string, string, number, number, boolean][] = [
  ["BR-FR-DEC-01_BT-92_BT-99", `${HS}/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-93_BT-100", `${HS}/ram:SpecifiedTradeAllowanceCharge/ram:BasisAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-106", `${SUM}/ram:LineTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-107", `${SUM}/ram:AllowanceTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-108", `${SUM}/ram:ChargeTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-109", `${SUM}/ram:TaxBasisTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-110", `${SUM}/ram:TaxTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-111", `${SUM}/ram:TaxTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-112", `${SUM}/ram:GrandTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-113", `${SUM}/ram:TotalPrepaidAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-114", `${SUM}/ram:RoundingAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-115", `${SUM}/ram:DuePayableAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-116", `${HS}/ram:ApplicableTradeTax/ram:BasisAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-117", `${HS}/ram:ApplicableTradeTax/ram:CalculatedAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-131", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-136_BT-141", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount`, 19, 2, true],
  ["BR-FR-DEC-01_BT-137_BT-142", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:BasisAmount`, 19, 2, true],
  ["BR-FR-DEC-02_BT-129", `${LINE}/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity`, 19, 4, true],
  ["BR-FR-DEC-02_BT-149", `${LINE}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:BasisQuantity`, 19, 4, true],
  ["BR-FR-DEC-03_BT-146", `${LINE}/ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount`, 19, 6, false],
  ["BR-FR-DEC-03_BT-147", `${LINE}/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:AppliedTradeAllowanceCharge/ram:ActualAmount`, 19, 6, false],
  ["BR-FR-DEC-03_BT-148", `${LINE}/ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount`, 19, 6, false],
  ["BR-FR-DEC-04_BT-96_BT-103", `${HS}/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax/ram:RateApplicablePercent`, 4, 2, false],
  ["BR-FR-DEC-04_BT-119", `${HS}/ram:ApplicableTradeTax/ram:RateApplicablePercent`, 4, 2, false],
  ["BR-FR-DEC-04_BT-152", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:RateApplicablePercent`, 4, 2, false],
];

const formats: FrAssertion[] = FORMATS.map(([id, context, digits, decimals, signed]) => {
  const terms = id.split("_").slice(1);
  const sign = signed ? "" : ", positif";
  const signEn = signed ? "" : ", positive";
  return {
    id,
    terms,
    context,
    test: (n) => isDecimalFormat(normalizeSpace(own(n)), digits, decimals, signed),
    value: (n) => normalizeSpace(own(n)),
    fr: `La valeur ({value}) de ${terms.join(" / ")} doit être un nombre d'au plus ${digits} caractères et ${decimals} décimales${sign}, avec le point comme séparateur.`,
    en: `The value ({value}) of ${terms.join(" / ")} must be a number of at most ${digits} characters and ${decimals} decimals${signEn}, with a point as separator.`,
  };
});

/** BR-FR-CO and BR-FR-DEC. */
export const brFrCoDec = [...coherence, ...globalIds, ...formats].map(frAssertion);
