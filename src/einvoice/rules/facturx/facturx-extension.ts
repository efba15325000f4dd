// The business rules the Factur-X 1.09 Schematron carries that EN 16931 (CEN 1.3.16, CII) does not have: the EXTENDED
// profile's own rules (BR-FXEXT-*), and BR-CO-27, BR-B-01/02 and BR-CO-25 as the profiles word them. Each is written
// from the official assertion (context and test), in the XPath subset of fx-xpath.ts or in TypeScript
// (facturx-extension-checks.ts); the profile tables say which profile carries which under which id. Rules not written
// yet are listed in docs/validation.md.
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, RuleContext, Severity, Violation } from "../rule.js";
import { stringValue } from "../support/core-xpath.js";
import { dateTimes205, dueNotBalanced, dueWithoutTerms, groupsMissingAmounts, orphanLines } from "./facturx-extension-checks.js";
import { failingTotals } from "./facturx-extension-totals.js";
import { lineRules } from "./facturx-lines.js";
import { creditTransfersWithoutOneAccountId } from "./facturx-payment-account.js";
import { splitPaymentOutsideItaly, splitPaymentWithStandardRate } from "./facturx-split-payment.js";
import { vatSumRules } from "./facturx-vat-sums.js";
import { compileFailing, documentOf } from "./fx-xpath-select.js";
import { parseXPath } from "./fx-xpath-parse.js";
import { FX_VAT_CATEGORIES } from "./facturx-vat-categories.js";
import { categoryWithoutBreakdown } from "./facturx-vat-category-uses.js";

interface Extension {
  id: string;
  severity: Severity;
  terms: readonly string[];
  fr: string;
  en: string;
  /** The context nodes and the assertion on each, in the XPath subset of fx-xpath.ts... */
  context?: string;
  test?: string;
  /** ...or the failing nodes, computed directly. */
  failing?: (root: XmlElement) => XmlElement[];
}

const DETAIL_LINE = "//ram:IncludedSupplyChainTradeLineItem/ram:AssociatedDocumentLineDocument[not(ram:LineStatusReasonCode) or ram:LineStatusReasonCode = 'DETAIL']";

const EXTENSIONS: readonly Extension[] = [
  {
    id: "BR-CO-27",
    severity: "fatal",
    terms: ["BT-84"],
    fr: "Pour un virement (code 30 ou 58), indiquez soit l'IBAN soit un identifiant de compte propriétaire (BT-84), et un seul des deux.",
    en: "Either the IBAN or a Proprietary ID (BT-84) shall be used.",
    // The official context and test are in the header of facturx-payment-account.ts (checked against it in its test).
    failing: creditTransfersWithoutOneAccountId,
  },
  {
    id: "BR-CO-25",
    severity: "fatal",
    terms: ["BT-115", "BT-9", "BT-20"],
    fr: "Un montant à payer (BT-115) positif demande une date d'échéance (BT-9) ou des conditions de paiement (BT-20).",
    en: "In case the Amount due for payment (BT-115) is positive, either the Payment due date (BT-9) or the Payment terms (BT-20) shall be present.",
    failing: dueWithoutTerms,
  },
  {
    id: "BR-B-01",
    severity: "fatal",
    terms: ["BT-151", "BT-95", "BT-102"],
    fr: "Une facture avec la catégorie de TVA « paiement scindé » (B) doit être une facture italienne domestique.",
    en: "An Invoice where the VAT category code is 'Split payment' shall be a domestic Italian invoice.",
    failing: splitPaymentOutsideItaly,
  },
  {
    id: "BR-B-02",
    severity: "fatal",
    terms: ["BT-151", "BT-95", "BT-102"],
    fr: "Une facture en « paiement scindé » (catégorie B) ne peut pas contenir aussi de ligne, remise ou charge au taux normal (S).",
    en: "An Invoice with the VAT category 'Split payment' shall not contain lines, allowances or charges with the category 'Standard rated'.",
    failing: splitPaymentWithStandardRate,
  },
  {
    id: "BR-FXEXT-01",
    severity: "fatal",
    terms: ["BT-21", "BT-22"],
    fr: "Une note avec un code de sujet (BT-21) doit avoir un contenu (BT-22) ou un code de contenu.",
    en: "A note with a subject code (BT-21) shall have a content (BT-22) or a content code.",
    context: "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IncludedNote[ram:SubjectCode]",
    test: "(ram:ContentCode) or (ram:Content)",
  },
  {
    id: "BR-FXEXT-02",
    severity: "fatal",
    terms: ["BT-127"],
    fr: "Une note de ligne avec un code de sujet doit avoir un contenu (BT-127) ou un code de contenu.",
    en: "An invoice line note with a subject code shall have a content (BT-127) or a content code.",
    context: "//ram:AssociatedDocumentLineDocument/ram:IncludedNote[ram:SubjectCode]",
    test: "(ram:ContentCode) or (ram:Content)",
  },
  {
    id: "BR-FXEXT-03",
    severity: "fatal",
    terms: ["BT-48", "BT-63"],
    fr: "Hors vendeur, seul un numéro de TVA (schemeID « VA ») peut être donné comme enregistrement fiscal.",
    en: "Only a VAT registration (schemeID 'VA') may be given as tax registration outside the seller.",
    context: "//ram:SpecifiedTaxRegistration/ram:ID[not(ancestor::ram:SellerTradeParty)]",
    test: "@schemeID = 'VA'",
  },
  {
    id: "BR-FXEXT-11",
    severity: "fatal",
    terms: ["BT-X-304", "BT-126"],
    fr: "Chaque identifiant de ligne parente (BT-X-304) doit désigner une ligne existante de la facture (BT-126).",
    en: "Each 'ID of parent line' (BT-X-304) must refer to an existing 'ID of invoice item' (BT-126).",
    failing: orphanLines,
  },
  {
    id: "BR-FXEXT-BR-22",
    severity: "fatal",
    terms: ["BT-129", "BT-X-8"],
    fr: "Chaque ligne de détail (BT-X-8 « DETAIL » ou absent) doit donner la quantité facturée (BT-129).",
    en: "Each invoice line of subtype DETAIL (or without subtype) shall have an Invoiced quantity (BT-129).",
    context: DETAIL_LINE,
    test: "(../ram:SpecifiedLineTradeDelivery/ram:BilledQuantity)",
  },
  {
    id: "BR-FXEXT-BR-23",
    severity: "fatal",
    terms: ["BT-130", "BT-X-8"],
    fr: "Chaque ligne de détail doit donner l'unité de la quantité facturée (BT-130).",
    en: "Each invoice line of subtype DETAIL (or without subtype) shall have an Invoiced quantity unit of measure (BT-130).",
    context: DETAIL_LINE,
    test: "(../ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode)",
  },
  {
    id: "BR-FXEXT-BR-24",
    severity: "fatal",
    terms: ["BT-131", "BT-X-8"],
    fr: "Chaque ligne de détail doit donner son montant net (BT-131).",
    en: "Each invoice line of subtype DETAIL (or without subtype) shall have an Invoice line net amount (BT-131).",
    context: DETAIL_LINE,
    test: "(../ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount)",
  },
  {
    id: "BR-FXEXT-BR-26",
    severity: "fatal",
    terms: ["BT-146", "BT-X-8"],
    fr: "Chaque ligne de détail doit donner le prix net de l'article (BT-146).",
    en: "Each invoice line of subtype DETAIL (or without subtype) shall have an Item net price (BT-146).",
    context: DETAIL_LINE,
    test: "(../ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount)",
  },
  {
    id: "BR-FXEXT-CO-04",
    severity: "fatal",
    terms: ["BT-151", "BT-X-8"],
    fr: "Chaque ligne de détail doit porter un code de catégorie de TVA (BT-151), avec le type de taxe « VAT ».",
    en: "Each invoice line of subtype DETAIL (or without subtype) shall be categorized with an Invoiced item VAT category code (BT-151).",
    context: DETAIL_LINE,
    test: "(../ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax/ram:TypeCode = 'VAT') and (../ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax[upper-case(ram:TypeCode) = 'VAT']/ram:CategoryCode)",
  },
  {
    id: "BR-FXEXT-BR-38",
    severity: "fatal",
    terms: ["BT-104", "BT-105"],
    fr: "Chaque charge au niveau du document doit avoir un motif (BT-104) ou un code de motif (BT-105).",
    en: "Each Document level charge shall have a Document level charge reason (BT-104) or a reason code (BT-105).",
    context: "//ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'true']",
    test: "(../ram:Reason) or (../ram:ReasonCode)",
  },
  {
    id: "BR-FXEXT-BR-44",
    severity: "fatal",
    terms: ["BT-144", "BT-145"],
    fr: "Chaque charge de ligne doit avoir un motif (BT-144) ou un code de motif (BT-145).",
    en: "Each Invoice line charge shall have an Invoice line charge reason (BT-144) or a reason code (BT-145).",
    context: "//ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeAllowanceCharge/ram:ChargeIndicator[udt:Indicator = 'true']",
    test: "(../ram:Reason) or (../ram:ReasonCode)",
  },
  {
    id: "BR-FXEXT-BR-54-1",
    severity: "fatal",
    terms: ["BT-160"],
    fr: "Chaque caractéristique d'article doit avoir un nom (BT-160) ou un code de type.",
    en: "Each Item attribute shall have an Item attribute name (BT-160) or a type code.",
    context: "//ram:ApplicableProductCharacteristic",
    test: "exists(ram:Description) or exists(ram:TypeCode)",
  },
  {
    id: "BR-FXEXT-BR-54-2",
    severity: "fatal",
    terms: ["BT-161"],
    fr: "Chaque caractéristique d'article doit avoir soit une valeur (BT-161), soit une mesure avec son unité, et pas les deux.",
    en: "Each Item attribute shall have either an Item attribute value (BT-161) or a measure with its unit, not both.",
    context: "//ram:ApplicableProductCharacteristic",
    test: "(exists(ram:Value) and not(exists(ram:ValueMeasure))) or (not(exists(ram:Value)) and (exists(ram:ValueMeasure[@unitCode != ''])))",
  },
  {
    id: "BR-FXEXT-CO-10",
    severity: "fatal",
    terms: ["BT-106", "BT-131"],
    fr: "La somme des montants nets des lignes (BT-106) doit être égale à la somme des montants nets des lignes de détail (BT-131), à un centime près par ligne.",
    en: "Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131) of the DETAIL lines, within a cent per line.",
    failing: failingTotals("BR-FXEXT-CO-10"),
  },
  {
    id: "BR-FXEXT-CO-11",
    severity: "fatal",
    terms: ["BT-107", "BT-92"],
    fr: "Le total des remises (BT-107) doit être égal à la somme des remises du document (BT-92), à un centime près par remise.",
    en: "Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92), within a cent per allowance.",
    failing: failingTotals("BR-FXEXT-CO-11"),
  },
  {
    id: "BR-FXEXT-CO-12",
    severity: "fatal",
    terms: ["BT-108", "BT-99"],
    fr: "Le total des charges (BT-108) doit être égal à la somme des charges du document (BT-99) et des frais de service logistique, à un centime près par charge.",
    en: "Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99) + logistics service charges, within a cent per charge.",
    failing: failingTotals("BR-FXEXT-CO-12"),
  },
  {
    id: "BR-FXEXT-CO-13",
    severity: "fatal",
    terms: ["BT-109", "BT-106", "BT-107", "BT-108"],
    fr: "Le total hors TVA (BT-109) doit être égal aux lignes de détail moins les remises plus les charges du document, à un centime près par élément.",
    en: "Invoice total amount without VAT (BT-109) = Σ DETAIL line net amounts - allowances + charges, within a cent per item.",
    failing: failingTotals("BR-FXEXT-CO-13"),
  },
  {
    id: "BR-FXEXT-CO-15",
    severity: "fatal",
    terms: ["BT-112", "BT-109", "BT-110"],
    fr: "Le total TTC (BT-112) doit être égal au total hors TVA (BT-109) plus le total de TVA dans la devise de la facture (BT-110, une seule fois), à un centime près par élément.",
    en: "Invoice total amount with VAT (BT-112) = BT-109 + BT-110 (given once in the invoice currency), within a cent per item.",
    failing: failingTotals("BR-FXEXT-CO-15"),
  },
  {
    id: "BR-FXEXT-CO-16",
    severity: "fatal",
    terms: ["BT-115", "BT-112", "BT-113", "BT-114"],
    fr: "Le montant à payer (BT-115) doit être égal au total TTC (BT-112), moins le montant déjà payé (BT-113), plus l'arrondi (BT-114) et les ajustements financiers.",
    en: "Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + Rounding amount (BT-114) + financial adjustments.",
    failing: dueNotBalanced,
  },
  {
    id: "BR-FXEXT-12",
    severity: "fatal",
    terms: ["BT-X-8", "BT-131"],
    fr: "Une ligne de regroupement (GROUP) qui donne un montant net (BT-131) : chacune de ses sous-lignes de regroupement doit aussi donner son montant net.",
    en: "If a GROUP line gives an Invoice line net amount (BT-131), every GROUP line below it must contain an Invoice line net amount.",
    failing: groupsMissingAmounts,
  },
  {
    id: "BR-FXEXT-CII-DT-097a",
    severity: "fatal",
    terms: [],
    fr: "Une date-heure au format 205 doit s'écrire AAAAMMJJHHMM ({value}).",
    en: "A date time string of format 205 shall be written YYYYMMDDHHMM.",
    failing: dateTimes205,
  },
];

const NONE: readonly Violation[] = [];

// The assertions written in the XPath subset, compiled on first use.
const assertions = new Map<Extension, (doc: XmlElement) => XmlElement[] | undefined>();

function violations(x: Extension, root: XmlElement): readonly Violation[] {
  if (x.failing) {
    const failing = x.failing(root);
    if (failing.length === 0) return NONE;
    return failing.map((element) => (x.id === "BR-FXEXT-CII-DT-097a" ? { element, value: stringValue(element).trim() } : { element }));
  }
  if (!x.context || !x.test) return NONE;
  let assertion = assertions.get(x);
  if (!assertion) {
    assertion = compileFailing(parseXPath(x.context), parseXPath(x.test));
    assertions.set(x, assertion);
  }
  return assertion(documentOf(root))?.map((element) => ({ element })) ?? NONE;
}

// BR-FXEXT-S-01 … AG-01: a VAT category used on a DETAIL line (or a line without subtype), a document allowance or a
// charge needs a VAT breakdown of that category, and a breakdown of a category needs such a use (the assertion and how
// it is read once per document for the nine categories: facturx-vat-category-uses.ts).
const categoryRules: Extension[] = FX_VAT_CATEGORIES.map(([family, code, fr, en]) => ({
  id: `BR-FXEXT-${family}-01`,
  severity: "fatal",
  terms: ["BG-23", "BT-118", "BT-151", "BT-95", "BT-102"],
  fr: `La catégorie de TVA ${fr} (${code}) utilisée sur une ligne de détail, une remise ou une charge demande une ventilation de TVA de cette catégorie (BG-23), et une telle ventilation demande au moins une ligne, remise ou charge de cette catégorie.`,
  en: `An invoice using the VAT category '${en}' (${code}) on a DETAIL line, a document level allowance or charge shall contain a VAT breakdown (BG-23) of that category, and such a breakdown needs at least one of them.`,
  failing: categoryWithoutBreakdown(code),
}));

const RULES = new Map<string, Rule>(
  [...EXTENSIONS, ...categoryRules].map((x) => [
    x.id,
    { id: x.id, set: "facturx", syntaxes: ["CII"], severity: x.severity, terms: x.terms, message: { fr: x.fr, en: x.en }, check: (context: RuleContext) => violations(x, context.root) },
  ]),
);

/** The Factur-X-only business rule of an id (carried by a profile under its own id), if written. */
export function extensionRule(id: string): Rule | undefined {
  return RULES.get(id) ?? vatSumRules.get(id) ?? lineRules.get(id);
}
