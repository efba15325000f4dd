// BR-CL-16 … 20, 22: payment means, VAT categories, allowance and charge reasons, exemption reasons (CEN 1.3.16).
import { UNTDID4461_PAYMENT_MEANS } from "../../../codelists/untdid4461.js";
import { UNTDID5189_ALLOWANCE_REASONS } from "../../../codelists/untdid5189.js";
import { UNTDID5305_VAT_CATEGORIES } from "../../../codelists/untdid5305.js";
import { UNTDID7161_CHARGE_REASONS } from "../../../codelists/untdid7161.js";
import { VATEX_CODES } from "../../../codelists/vatex.js";
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import { indicatorIs } from "../../support/vat-xpath.js";
import { codeListRule, elements, inList } from "./code-list-rule.js";

const category = (v: string) => inList(v, UNTDID5305_VAT_CATEGORIES);

/** Reason codes of allowances (false) or charges (true); an allowance's is taken first, as in the artefact's pattern. */
function reasonCodes(root: XmlElement, key: string, parentKey: string, indicatorKey: string, charge: boolean): XmlElement[] {
  return elements(root, key, parentKey).filter((r) => {
    const ac = r.parent as XmlElement;
    const allowance = indicatorIs(ac, indicatorKey, false);
    return charge ? !allowance && indicatorIs(ac, indicatorKey, true) : allowance;
  });
}

/** The BR-CL rules on tax and payment codes. */
export const brClTaxPaymentRules: Rule[] = [
  codeListRule({
    id: "BR-CL-16",
    terms: ["BT-81"],
    fr: "Le code du moyen de paiement (BT-81) doit appartenir à la liste UNTDID 4461, par exemple 30 (virement), 58 (virement SEPA) ou 49 (prélèvement) ({value}).",
    en: "Payment means (BT-81) in an invoice MUST be coded using UNTDID 4461 code list ({value}).",
    cii: { nodes: (root) => elements(root, "ram:TypeCode", "ram:SpecifiedTradeSettlementPaymentMeans"), valid: (v) => inList(v, UNTDID4461_PAYMENT_MEANS) },
    ubl: { nodes: (root) => elements(root, "cbc:PaymentMeansCode", "cac:PaymentMeans"), valid: (v) => inList(v, UNTDID4461_PAYMENT_MEANS) },
  }),
  codeListRule({
    id: "BR-CL-17",
    terms: ["BT-95", "BT-102", "BT-118"],
    fr: "Le code de catégorie de TVA (BT-95, BT-102, BT-118) doit être S, Z, E, AE, K, G, O, L, M ou B (UNTDID 5305) ({value}).",
    en: "Invoice tax categories MUST be coded using UNCL 5305 code list ({value}).",
    cii: { nodes: (root) => elements(root, "ram:CategoryCode", "ram:CategoryTradeTax"), valid: category },
    ubl: { nodes: (root) => elements(root, "cbc:ID", "cac:TaxCategory"), valid: category },
  }),
  codeListRule({
    id: "BR-CL-18",
    terms: ["BT-151", "BT-118"],
    fr: "Le code de catégorie de TVA (BT-151, BT-118) doit être S, Z, E, AE, K, G, O, L, M ou B (UNTDID 5305) ({value}).",
    en: "Invoice tax categories MUST be coded using UNCL 5305 code list ({value}).",
    cii: { nodes: (root) => elements(root, "ram:CategoryCode", "ram:ApplicableTradeTax"), valid: category },
    ubl: { nodes: (root) => elements(root, "cbc:ID", "cac:ClassifiedTaxCategory"), valid: category },
  }),
  codeListRule({
    id: "BR-CL-19",
    terms: ["BT-98", "BT-140"],
    fr: "Le code de motif d'une remise (BT-98, BT-140) doit appartenir à la liste UNTDID 5189, par exemple 95 (remise) ({value}).",
    en: "Coded allowance reasons MUST belong to the UNCL 5189 code list ({value}).",
    cii: { nodes: (root) => reasonCodes(root, "ram:ReasonCode", "ram:SpecifiedTradeAllowanceCharge", "ram:ChargeIndicator/udt:Indicator", false), valid: (v) => inList(v, UNTDID5189_ALLOWANCE_REASONS) },
    ubl: { nodes: (root) => reasonCodes(root, "cbc:AllowanceChargeReasonCode", "cac:AllowanceCharge", "cbc:ChargeIndicator", false), valid: (v) => inList(v, UNTDID5189_ALLOWANCE_REASONS) },
  }),
  codeListRule({
    id: "BR-CL-20",
    terms: ["BT-105", "BT-145"],
    fr: "Le code de motif de frais (BT-105, BT-145) doit appartenir à la liste UNTDID 7161, par exemple FC (frais de transport) ({value}).",
    en: "Coded charge reasons MUST belong to the UNCL 7161 code list ({value}).",
    cii: { nodes: (root) => reasonCodes(root, "ram:ReasonCode", "ram:SpecifiedTradeAllowanceCharge", "ram:ChargeIndicator/udt:Indicator", true), valid: (v) => inList(v, UNTDID7161_CHARGE_REASONS) },
    ubl: { nodes: (root) => reasonCodes(root, "cbc:AllowanceChargeReasonCode", "cac:AllowanceCharge", "cbc:ChargeIndicator", true), valid: (v) => inList(v, UNTDID7161_CHARGE_REASONS) },
  }),
  codeListRule({
    id: "BR-CL-22",
    terms: ["BT-121"],
    fr: "Le code de motif d'exonération de TVA (BT-121) doit appartenir à la liste VATEX, par exemple VATEX-EU-AE ou VATEX-FR-FRANCHISE ({value}).",
    en: "Tax exemption reason code (BT-121) MUST belong to the CEF VATEX code list ({value}).",
    cii: { nodes: (root) => elements(root, "ram:ExemptionReasonCode"), valid: (v) => inList(v, VATEX_CODES, true) },
    ubl: { nodes: (root) => elements(root, "cbc:TaxExemptionReasonCode"), valid: (v) => inList(v, VATEX_CODES, true) },
  }),
];
