// BR-41 … BR-44: each line allowance (BG-27) and line charge (BG-28) needs an amount and a reason.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child } from "../../../xml/xml-tree.js";
import { ciiHasReason, ublHasReason } from "./br-31-to-38.js";
import { contextCheck, coreRule } from "./define.js";
import { ciiChargeIndicators, ublLineAllowanceCharges } from "./paths.js";

const ciiHasAmount = (indicator: XmlElement) => child(indicator.parent, "ram:ActualAmount") !== undefined;
const ublHasAmount = (ac: XmlElement) => child(ac, "cbc:Amount") !== undefined;

export const br41to44 = [
  coreRule({
    id: "BR-41",
    terms: ["BT-136", "BG-27"],
    fr: "Chaque remise sur une ligne (BG-27) doit indiquer son montant (BT-136).",
    en: "Each Invoice line allowance (BG-27) shall have an Invoice line allowance amount (BT-136).",
    cii: contextCheck((root) => ciiChargeIndicators(root, "line", false), ciiHasAmount),
    ubl: contextCheck((root) => ublLineAllowanceCharges(root, false), ublHasAmount),
  }),
  coreRule({
    id: "BR-42",
    terms: ["BT-139", "BT-140", "BG-27"],
    fr: "Chaque remise sur une ligne (BG-27) doit en donner le motif, en clair (BT-139) ou par un code (BT-140).",
    en: "Each Invoice line allowance (BG-27) shall have a reason (BT-139) or a reason code (BT-140).",
    cii: contextCheck((root) => ciiChargeIndicators(root, "line", false), ciiHasReason),
    ubl: contextCheck((root) => ublLineAllowanceCharges(root, false), ublHasReason),
  }),
  coreRule({
    id: "BR-43",
    terms: ["BT-141", "BG-28"],
    fr: "Chaque frais ajouté sur une ligne (BG-28) doit indiquer son montant (BT-141).",
    en: "Each Invoice line charge (BG-28) shall have an Invoice line charge amount (BT-141).",
    cii: contextCheck((root) => ciiChargeIndicators(root, "line", true), ciiHasAmount),
    ubl: contextCheck((root) => ublLineAllowanceCharges(root, true), ublHasAmount),
  }),
  coreRule({
    id: "BR-44",
    terms: ["BT-144", "BT-145", "BG-28"],
    fr: "Chaque frais ajouté sur une ligne (BG-28) doit en donner le motif, en clair (BT-144) ou par un code (BT-145).",
    en: "Each Invoice line charge (BG-28) shall have a reason (BT-144) or a reason code (BT-145).",
    cii: contextCheck((root) => ciiChargeIndicators(root, "line", true), ciiHasReason),
    ubl: contextCheck((root) => ublLineAllowanceCharges(root, true), ublHasReason),
  }),
];
