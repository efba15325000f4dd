// BR-FR-01 to BR-FR-08: identifiers, dates, document types, mandatory notes, billing mode.
import type { XmlElement } from "../../xml/xml-tree.js";
import { allAt } from "../support/core-index.js";
import { normalizeSpace, stringLength, stringValue } from "../support/core-xpath.js";
import { type FrAssertion, frAssertion } from "./fr-assert.js";
import { BILLING_MODES, DOCUMENT_TYPES, isValidDate, isValidIdFormat, whereChild } from "./fr-values.js";

const SCT = "rsm:SupplyChainTradeTransaction";
const LINE = `${SCT}/ram:IncludedSupplyChainTradeLineItem`;
const HS = `${SCT}/ram:ApplicableHeaderTradeSettlement`;
const own = (n: Parameters<typeof stringValue>[0]) => stringValue(n);

const ids: [string, string, string, string][] = [
  ["BT-1", "rsm:ExchangedDocument/ram:ID", "Le numéro de facture (BT-1)", "The invoice number (BT-1)"],
  ["BT-25", `${HS}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`, "Le numéro de la facture antérieure (BT-25)", "The preceding invoice number (BT-25)"],
  ["EXT-FR-FE-136", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`, "Le numéro de facture référencée en ligne (EXT-FR-FE-136)", "The line's referenced invoice number (EXT-FR-FE-136)"],
];

const idRules: FrAssertion[] = ids.flatMap(([term, context, fr, en]) => [
  {
    id: `BR-FR-01_${term}`,
    terms: [term],
    context,
    test: (n) => stringLength(own(n)) <= 35,
    value: own,
    fr: `${fr} ne doit pas dépasser 35 caractères ({value}).`,
    en: `${en} must not exceed 35 characters ({value}).`,
  },
  {
    id: `BR-FR-02_${term}`,
    terms: [term],
    context,
    test: (n) => isValidIdFormat(own(n)),
    value: own,
    fr: `${fr} ne peut contenir que des lettres, des chiffres et les signes + - _ /, sans espace ({value}).`,
    en: `${en} may only hold letters, digits and + - _ /, without spaces ({value}).`,
  },
]);

const dates: [string, string, string, string][] = [
  ["BT-2", "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString", "La date de facture (BT-2)", "The invoice date (BT-2)"],
  ["BT-7", `${HS}/ram:ApplicableTradeTax/ram:TaxPointDate/udt:DateString`, "La date d'exigibilité de la TVA (BT-7)", "The VAT point date (BT-7)"],
  ["BT-9", `${HS}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime/udt:DateTimeString`, "La date d'échéance (BT-9)", "The payment due date (BT-9)"],
  ["BT-26", `${HS}/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString`, "La date de la facture antérieure (BT-26)", "The preceding invoice date (BT-26)"],
  ["BT-72", `${SCT}/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString`, "La date de livraison (BT-72)", "The actual delivery date (BT-72)"],
  ["BT-73", `${HS}/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString`, "Le début de la période de facturation (BT-73)", "The invoicing period start date (BT-73)"],
  ["BT-74", `${HS}/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString`, "La fin de la période de facturation (BT-74)", "The invoicing period end date (BT-74)"],
  ["EXT-FR-FE-138", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:FormattedIssueDateTime/qdt:DateTimeString`, "La date de la facture référencée en ligne (EXT-FR-FE-138)", "The line's referenced invoice date (EXT-FR-FE-138)"],
  ["EXT-FR-FE-158", `${LINE}/ram:SpecifiedLineTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString`, "La date de livraison de la ligne (EXT-FR-FE-158)", "The line's delivery date (EXT-FR-FE-158)"],
  ["EXT-FR-FE-134", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:StartDateTime/udt:DateTimeString`, "Le début de la période de la ligne (BT-134)", "The line period start date (BT-134)"],
  ["EXT-FR-FE-135", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:BillingSpecifiedPeriod/ram:EndDateTime/udt:DateTimeString`, "La fin de la période de la ligne (BT-135)", "The line period end date (BT-135)"],
];

const dateRules: FrAssertion[] = dates.map(([term, context, fr, en]) => ({
  id: `BR-FR-03_${term}`,
  terms: [term],
  context,
  test: (n) => isValidDate(own(n)),
  value: own,
  fr: `${fr} doit être une date réelle au format AAAAMMJJ, d'une année entre 2000 et 2099 ({value}).`,
  en: `${en} must be a real date written YYYYMMDD with a year from 2000 to 2099 ({value}).`,
}));

const types: [string, string, string, string][] = [
  ["BT-3", "rsm:ExchangedDocument/ram:TypeCode", "Le type de facture (BT-3)", "The invoice type code (BT-3)"],
  ["EXT-FR-FE-02", `${HS}/ram:InvoiceReferencedDocument/ram:TypeCode`, "Le type de la facture référencée (EXT-FR-FE-02)", "The referenced invoice type code (EXT-FR-FE-02)"],
  ["EXT-FR-FE-137", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:InvoiceReferencedDocument/ram:TypeCode`, "Le type de la facture référencée en ligne (EXT-FR-FE-137)", "The line's referenced invoice type code (EXT-FR-FE-137)"],
];

const typeRules: FrAssertion[] = types.map(([term, context, fr, en]) => ({
  id: `BR-FR-04_${term}`,
  terms: [term],
  context,
  test: (n) => DOCUMENT_TYPES.has(own(n)),
  value: own,
  fr: `${fr} n'est pas admis par la réforme française ({value}) : 380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, 502 ou 503.`,
  en: `${en} is not allowed by the French reform ({value}): 380, 389, 393, 501, 386, 500, 384, 471, 472, 473, 261, 262, 381, 396, 502 or 503.`,
}));

const notes: [string, string, string][] = [
  ["PMT", "l'indemnité forfaitaire pour frais de recouvrement", "the fixed recovery fee"],
  ["PMD", "les pénalités de retard", "the late payment penalties"],
  ["AAB", "l'escompte ou son absence", "the early payment discount or its absence"],
];

const noteCount = (n: XmlElement | undefined, code: string) => whereChild(n, "ram:IncludedNote", "ram:SubjectCode", code).length;

const noteRules: FrAssertion[] = [
  ...notes.map(([code, fr, en]): FrAssertion => ({
    id: `BR-FR-05_BT-22_${code}`,
    terms: ["BG-1", "BT-21", "BT-22"],
    context: "rsm:ExchangedDocument",
    test: (n) => noteCount(n, code) > 0,
    fr: `La mention obligatoire sur ${fr} manque : ajoutez une note (BG-1) de code sujet ${code} (BT-21).`,
    en: `The mandatory statement on ${en} is missing: add a note (BG-1) with subject code ${code} (BT-21).`,
  })),
  ...[...notes, ["TXD", "la mention de taxe", "the tax statement"] as [string, string, string]].map(([code, fr, en]): FrAssertion => ({
    id: `BR-FR-06_BT-21_${code}`,
    terms: ["BG-1", "BT-21"],
    context: "rsm:ExchangedDocument",
    test: (n) => noteCount(n, code) <= 1,
    fr: `La note de code sujet ${code} (${fr}) ne doit figurer qu'une fois.`,
    en: `The note with subject code ${code} (${en}) must appear only once.`,
  })),
];

const billingMode: FrAssertion = {
  id: "BR-FR-08_BT-23",
  terms: ["BT-23"],
  context: "rsm:ExchangedDocumentContext",
  test: (n) => allAt(n, "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID").some((id) => BILLING_MODES.has(own(id))),
  value: (n) => {
    const id = allAt(n, "ram:BusinessProcessSpecifiedDocumentContextParameter/ram:ID")[0];
    return id ? normalizeSpace(own(id)) : undefined;
  },
  fr: "Le cadre de facturation (BT-23) n'est pas un code de la réforme ({value}) : B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8 ou M8.",
  en: "The business process type (BT-23) is not a code of the French reform ({value}): B1, S1, M1, B2, S2, M2, S3, B4, S4, M4, S5, S6, B7, S7, B8, S8 or M8.",
};

/** BR-FR-01 to BR-FR-08. */
export const brFr01To08 = [...idRules, ...dateRules, ...typeRules, ...noteRules, billingMode].map(frAssertion);
