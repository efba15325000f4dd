// BR-DEC-01 … BR-DEC-28: amounts carry at most two decimals. The artefacts count the characters after the first point
// of the raw value (`string-length(substring-after(x, '.')) <= 2`), so "12.500" and "12.5 " with trailing spaces fail.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child } from "../../../xml/xml-tree.js";
import { elementsOf, firstAt } from "../../support/core-index.js";
import { charsAfterPoint } from "../../support/core-xpath.js";
import { ublSubtotals } from "./br-45-to-48.js";
import { contextCheck, coreRule } from "./define.js";
import { ciiChargeIndicators, ciiGenericHeaderTaxes, ublDocumentAllowanceCharges, ublLineAllowanceCharges, ublLines } from "./paths.js";

type Contexts = (root: XmlElement) => readonly XmlElement[];

interface DecSpec {
  id: string;
  term: string;
  label: string;
  labelEn: string;
  cii: [Contexts, (context: XmlElement) => XmlElement | undefined];
  ubl: [Contexts, (context: XmlElement) => XmlElement | undefined];
}

/** A two-decimals rule: fires on each context whose amount (first of its kind) has more than two characters after the point. */
export function decRule(spec: DecSpec) {
  const [ciiContexts, ciiAmount] = spec.cii;
  const [ublContexts, ublAmount] = spec.ubl;
  // The tests are made once per rule, not once per document.
  const ciiHolds = (c: XmlElement) => charsAfterPoint(ciiAmount(c)) <= 2;
  const ublHolds = (c: XmlElement) => charsAfterPoint(ublAmount(c)) <= 2;
  return coreRule({
    id: spec.id,
    terms: [spec.term],
    fr: `${spec.label} (${spec.term}) ne doit pas avoir plus de deux décimales : arrondissez au centime.`,
    en: `The allowed maximum number of decimals for the ${spec.labelEn} (${spec.term}) is 2.`,
    cii: contextCheck((root) => ciiContexts(root), ciiHolds),
    ubl: contextCheck((root) => ublContexts(root), ublHolds),
  });
}

// The first child with that key, without a list of them.
const sibling = (key: string) => (indicator: XmlElement) => child(indicator.parent, key);
const own = (key: string) => (element: XmlElement) => child(element, key);

const ciiSums: Contexts = (root) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");
const ublSums: Contexts = (root) => elementsOf(root, "cac:LegalMonetaryTotal");
const ciiLines: Contexts = (root) => elementsOf(root, "ram:IncludedSupplyChainTradeLineItem");

function allowanceCharge(level: "header" | "line", charge: boolean): { cii: Contexts; ubl: Contexts } {
  return {
    cii: (root) => ciiChargeIndicators(root, level, charge),
    ubl: (root) => (level === "header" ? ublDocumentAllowanceCharges(root, charge) : ublLineAllowanceCharges(root, charge)),
  };
}

const docAllowance = allowanceCharge("header", false);
const docCharge = allowanceCharge("header", true);
const lineAllowance = allowanceCharge("line", false);
const lineCharge = allowanceCharge("line", true);

const totals: [string, string, string, string, string, string][] = [
  ["BR-DEC-09", "BT-106", "La somme des montants nets des lignes", "Sum of Invoice line net amount", "ram:LineTotalAmount", "cbc:LineExtensionAmount"],
  ["BR-DEC-10", "BT-107", "Le total des remises sur la facture", "Sum of allowances on document level", "ram:AllowanceTotalAmount", "cbc:AllowanceTotalAmount"],
  ["BR-DEC-11", "BT-108", "Le total des frais ajoutés à la facture", "Sum of charges on document level", "ram:ChargeTotalAmount", "cbc:ChargeTotalAmount"],
  ["BR-DEC-12", "BT-109", "Le total hors TVA", "Invoice total amount without VAT", "ram:TaxBasisTotalAmount", "cbc:TaxExclusiveAmount"],
  ["BR-DEC-14", "BT-112", "Le total TVA comprise", "Invoice total amount with VAT", "ram:GrandTotalAmount", "cbc:TaxInclusiveAmount"],
  ["BR-DEC-16", "BT-113", "Le montant déjà payé", "Paid amount", "ram:TotalPrepaidAmount", "cbc:PrepaidAmount"],
  ["BR-DEC-17", "BT-114", "Le montant d'arrondi", "Rounding amount", "ram:RoundingAmount", "cbc:PayableRoundingAmount"],
  ["BR-DEC-18", "BT-115", "Le montant à payer", "Amount due for payment", "ram:DuePayableAmount", "cbc:PayableAmount"],
];

export const brDec = [
  decRule({
    id: "BR-DEC-01",
    term: "BT-92",
    label: "Le montant d'une remise sur la facture",
    labelEn: "Document level allowance amount",
    cii: [docAllowance.cii, sibling("ram:ActualAmount")],
    ubl: [docAllowance.ubl, own("cbc:Amount")],
  }),
  decRule({
    id: "BR-DEC-02",
    term: "BT-93",
    label: "La base d'une remise sur la facture",
    labelEn: "Document level allowance base amount",
    cii: [docAllowance.cii, sibling("ram:BasisAmount")],
    ubl: [docAllowance.ubl, own("cbc:BaseAmount")],
  }),
  decRule({
    id: "BR-DEC-05",
    term: "BT-99",
    label: "Le montant de frais ajoutés à la facture",
    labelEn: "Document level charge amount",
    cii: [docCharge.cii, sibling("ram:ActualAmount")],
    ubl: [docCharge.ubl, own("cbc:Amount")],
  }),
  decRule({
    id: "BR-DEC-06",
    term: "BT-100",
    label: "La base de frais ajoutés à la facture",
    labelEn: "Document level charge base amount",
    cii: [docCharge.cii, sibling("ram:BasisAmount")],
    ubl: [docCharge.ubl, own("cbc:BaseAmount")],
  }),
  ...totals.map(([id, term, label, labelEn, ciiKey, ublKey]) =>
    decRule({ id, term, label, labelEn, cii: [ciiSums, own(ciiKey)], ubl: [ublSums, own(ublKey)] }),
  ),
  decRule({
    id: "BR-DEC-19",
    term: "BT-116",
    label: "La base imposable d'un taux de TVA",
    labelEn: "VAT category taxable amount",
    cii: [ciiGenericHeaderTaxes, own("ram:BasisAmount")],
    ubl: [ublSubtotals, own("cbc:TaxableAmount")],
  }),
  decRule({
    id: "BR-DEC-20",
    term: "BT-117",
    label: "Le montant de TVA d'un taux",
    labelEn: "VAT category tax amount",
    cii: [ciiGenericHeaderTaxes, own("ram:CalculatedAmount")],
    ubl: [ublSubtotals, own("cbc:TaxAmount")],
  }),
  decRule({
    id: "BR-DEC-23",
    term: "BT-131",
    label: "Le montant net d'une ligne",
    labelEn: "Invoice line net amount",
    cii: [ciiLines, (l) => firstAt(l, "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")],
    ubl: [ublLines, own("cbc:LineExtensionAmount")],
  }),
  decRule({
    id: "BR-DEC-24",
    term: "BT-136",
    label: "Le montant d'une remise sur une ligne",
    labelEn: "Invoice line allowance amount",
    cii: [lineAllowance.cii, sibling("ram:ActualAmount")],
    ubl: [lineAllowance.ubl, own("cbc:Amount")],
  }),
  decRule({
    id: "BR-DEC-25",
    term: "BT-137",
    label: "La base d'une remise sur une ligne",
    labelEn: "Invoice line allowance base amount",
    cii: [lineAllowance.cii, sibling("ram:BasisAmount")],
    ubl: [lineAllowance.ubl, own("cbc:BaseAmount")],
  }),
  decRule({
    id: "BR-DEC-27",
    term: "BT-141",
    label: "Le montant de frais ajoutés sur une ligne",
    labelEn: "Invoice line charge amount",
    cii: [lineCharge.cii, sibling("ram:ActualAmount")],
    ubl: [lineCharge.ubl, own("cbc:Amount")],
  }),
  decRule({
    id: "BR-DEC-28",
    term: "BT-142",
    label: "La base de frais ajoutés sur une ligne",
    labelEn: "Invoice line charge base amount",
    cii: [lineCharge.cii, sibling("ram:BasisAmount")],
    ubl: [lineCharge.ubl, own("cbc:BaseAmount")],
  }),
];
