// BR-31 … BR-38: each document-level allowance (BG-20) and charge (BG-21) needs an amount, a VAT category and a reason.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child } from "../../../xml/xml-tree.js";
import { someChild } from "../../support/core-index.js";
import { contextCheck, coreRule } from "./define.js";
import { ciiChargeIndicators, ciiIsVat, ublDocumentAllowanceCharges, ublVatCategories } from "./paths.js";

// CII contexts are the ChargeIndicator elements; what they test sits on their parent SpecifiedTradeAllowanceCharge.
const ciiHasAmount = (indicator: XmlElement) => child(indicator.parent, "ram:ActualAmount") !== undefined;
const ciiHasCategory = (indicator: XmlElement) =>
  someChild(indicator.parent, "ram:CategoryTradeTax", (t) => ciiIsVat(t) && child(t, "ram:CategoryCode") !== undefined);
/** `(../ram:Reason) or (../ram:ReasonCode)` on a CII ChargeIndicator (also BR-42, BR-44, BR-CO-21 … BR-CO-24). */
export const ciiHasReason = (indicator: XmlElement) =>
  child(indicator.parent, "ram:Reason") !== undefined || child(indicator.parent, "ram:ReasonCode") !== undefined;

const ublHasAmount = (ac: XmlElement) => child(ac, "cbc:Amount") !== undefined;
const ublHasCategory = (ac: XmlElement) => ublVatCategories(ac).some((c) => child(c, "cbc:ID") !== undefined);
/** `exists(cbc:AllowanceChargeReason) or exists(cbc:AllowanceChargeReasonCode)` (also BR-42, BR-44, BR-CO-21 … 24). */
export const ublHasReason = (ac: XmlElement) =>
  child(ac, "cbc:AllowanceChargeReason") !== undefined || child(ac, "cbc:AllowanceChargeReasonCode") !== undefined;

const ciiAllowances = (root: XmlElement) => ciiChargeIndicators(root, "header", false);
const ciiCharges = (root: XmlElement) => ciiChargeIndicators(root, "header", true);
const ublAllowances = (root: XmlElement) => ublDocumentAllowanceCharges(root, false);
const ublCharges = (root: XmlElement) => ublDocumentAllowanceCharges(root, true);

export const br31to38 = [
  coreRule({
    id: "BR-31",
    terms: ["BT-92", "BG-20"],
    fr: "Chaque remise sur la facture (BG-20) doit indiquer son montant (BT-92).",
    en: "Each Document level allowance (BG-20) shall have a Document level allowance amount (BT-92).",
    cii: contextCheck((root) => ciiAllowances(root), ciiHasAmount),
    ubl: contextCheck((root) => ublAllowances(root), ublHasAmount),
  }),
  coreRule({
    id: "BR-32",
    terms: ["BT-95", "BG-20"],
    fr: "Chaque remise sur la facture (BG-20) doit indiquer sa catégorie de TVA (BT-95), par exemple S pour le taux normal.",
    en: "Each Document level allowance (BG-20) shall have a Document level allowance VAT category code (BT-95).",
    cii: contextCheck((root) => ciiAllowances(root), ciiHasCategory),
    ubl: contextCheck((root) => ublAllowances(root), ublHasCategory),
  }),
  coreRule({
    id: "BR-33",
    terms: ["BT-97", "BT-98", "BG-20"],
    fr: "Chaque remise sur la facture (BG-20) doit en donner le motif, en clair (BT-97) ou par un code (BT-98).",
    en: "Each Document level allowance (BG-20) shall have a reason (BT-97) or a reason code (BT-98).",
    cii: contextCheck((root) => ciiAllowances(root), ciiHasReason),
    ubl: contextCheck((root) => ublAllowances(root), ublHasReason),
  }),
  coreRule({
    id: "BR-36",
    terms: ["BT-99", "BG-21"],
    fr: "Chaque frais ajouté à la facture (BG-21) doit indiquer son montant (BT-99).",
    en: "Each Document level charge (BG-21) shall have a Document level charge amount (BT-99).",
    cii: contextCheck((root) => ciiCharges(root), ciiHasAmount),
    ubl: contextCheck((root) => ublCharges(root), ublHasAmount),
  }),
  coreRule({
    id: "BR-37",
    terms: ["BT-102", "BG-21"],
    fr: "Chaque frais ajouté à la facture (BG-21) doit indiquer sa catégorie de TVA (BT-102), par exemple S pour le taux normal.",
    en: "Each Document level charge (BG-21) shall have a Document level charge VAT category code (BT-102).",
    cii: contextCheck((root) => ciiCharges(root), ciiHasCategory),
    ubl: contextCheck((root) => ublCharges(root), ublHasCategory),
  }),
  coreRule({
    id: "BR-38",
    terms: ["BT-104", "BT-105", "BG-21"],
    fr: "Chaque frais ajouté à la facture (BG-21) doit en donner le motif, en clair (BT-104) ou par un code (BT-105).",
    en: "Each Document level charge (BG-21) shall have a reason (BT-104) or a reason code (BT-105).",
    cii: contextCheck((root) => ciiCharges(root), ciiHasReason),
    ubl: contextCheck((root) => ublCharges(root), ublHasReason),
  }),
];
