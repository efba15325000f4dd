// BR-CO-18 … BR-CO-26: a VAT breakdown exists, periods have a date, allowances and charges have a reason, the Seller
// can be identified.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { allAt, elementsOf, someChild } from "../../support/core-index.js";
import { ciiPeriods, ublIsLinePeriod } from "./br-29-30.js";
import { ciiHasReason, ublHasReason } from "./br-31-to-38.js";
import { contextCheck, coreRule, failing, rootCheck } from "./define.js";
import { ciiChargeIndicators, ublDocumentAllowanceCharges, ublIsVatScheme, ublLineAllowanceCharges } from "./paths.js";

const has = (e: XmlElement, key: string) => children(e, key).length > 0;

function reasonRule(id: string, terms: string[], fr: string, en: string, level: "header" | "line", charge: boolean) {
  return coreRule({
    id,
    terms,
    fr,
    en,
    cii: contextCheck((root) => ciiChargeIndicators(root, level, charge), ciiHasReason),
    ubl: contextCheck((root) => level === "header" ? ublDocumentAllowanceCharges(root, charge) : ublLineAllowanceCharges(root, charge), ublHasReason),
  });
}

function ciiSellerIdentified(seller: XmlElement): boolean {
  return (
    has(seller, "ram:ID") ||
    has(seller, "ram:GlobalID") ||
    allAt(seller, "ram:SpecifiedLegalOrganization/ram:ID").length > 0 ||
    allAt(seller, "ram:SpecifiedTaxRegistration/ram:ID").some((id) => id.attrs.schemeID === "VA")
  );
}

function ublSellerIdentified(supplier: XmlElement): boolean {
  const parties = children(supplier, "cac:Party");
  return parties.some(
    (p) =>
      someChild(p, "cac:PartyTaxScheme", (s) => ublIsVatScheme(s) && has(s, "cbc:CompanyID")) ||
      allAt(p, "cac:PartyIdentification/cbc:ID").some((id) => id.attrs.schemeID !== "SEPA") ||
      allAt(p, "cac:PartyLegalEntity/cbc:CompanyID").length > 0,
  );
}

export const brCo18to26 = [
  coreRule({
    id: "BR-CO-18",
    terms: ["BG-23"],
    fr: "La facture doit comporter au moins une ventilation de la TVA (BG-23) : indiquez, pour chaque taux, la base imposable et le montant de TVA.",
    en: "An Invoice shall at least have one VAT breakdown group (BG-23).",
    cii: (root) =>
      failing(
        elementsOf(root, "ram:IncludedSupplyChainTradeLineItem"),
        () => allAt(root, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax").length > 0,
      ),
    ubl: rootCheck((r) => allAt(r, "cac:TaxTotal/cac:TaxSubtotal").length > 0),
  }),
  coreRule({
    id: "BR-CO-19",
    terms: ["BG-14", "BT-73", "BT-74"],
    fr: "La période de facturation (BG-14) doit avoir une date de début (BT-73), une date de fin (BT-74), ou les deux.",
    en: "If Invoicing period (BG-14) is used, the start date (BT-73) or the end date (BT-74) shall be filled, or both.",
    cii: contextCheck((root) => ciiPeriods(root, "header"), (p) => has(p, "ram:StartDateTime") || has(p, "ram:EndDateTime")),
    ubl: (root) =>
      failing(
        elementsOf(root, "cac:InvoicePeriod").filter((p) => !ublIsLinePeriod(p)),
        (p) => has(p, "cbc:StartDate") || has(p, "cbc:EndDate") || has(p, "cbc:DescriptionCode"),
      ),
  }),
  coreRule({
    id: "BR-CO-20",
    terms: ["BG-26", "BT-134", "BT-135"],
    fr: "La période d'une ligne (BG-26) doit avoir une date de début (BT-134), une date de fin (BT-135), ou les deux.",
    en: "If Invoice line period (BG-26) is used, the start date (BT-134) or the end date (BT-135) shall be filled, or both.",
    cii: contextCheck((root) => ciiPeriods(root, "line"), (p) => has(p, "ram:StartDateTime") || has(p, "ram:EndDateTime")),
    ubl: contextCheck((root) => elementsOf(root, "cac:InvoicePeriod").filter(ublIsLinePeriod), (p) => has(p, "cbc:StartDate") || has(p, "cbc:EndDate")),
  }),
  reasonRule(
    "BR-CO-21",
    ["BG-20", "BT-97", "BT-98"],
    "Chaque remise sur la facture (BG-20) doit avoir un motif en clair (BT-97), un code motif (BT-98), ou les deux.",
    "Each Document level allowance (BG-20) shall contain a reason (BT-97) or a reason code (BT-98), or both.",
    "header",
    false,
  ),
  reasonRule(
    "BR-CO-22",
    ["BG-21", "BT-104", "BT-105"],
    "Chaque frais ajouté à la facture (BG-21) doit avoir un motif en clair (BT-104), un code motif (BT-105), ou les deux.",
    "Each Document level charge (BG-21) shall contain a reason (BT-104) or a reason code (BT-105), or both.",
    "header",
    true,
  ),
  reasonRule(
    "BR-CO-23",
    ["BG-27", "BT-139", "BT-140"],
    "Chaque remise sur une ligne (BG-27) doit avoir un motif en clair (BT-139), un code motif (BT-140), ou les deux.",
    "Each Invoice line allowance (BG-27) shall contain a reason (BT-139) or a reason code (BT-140), or both.",
    "line",
    false,
  ),
  reasonRule(
    "BR-CO-24",
    ["BG-28", "BT-144", "BT-145"],
    "Chaque frais ajouté sur une ligne (BG-28) doit avoir un motif en clair (BT-144), un code motif (BT-145), ou les deux.",
    "Each Invoice line charge (BG-28) shall contain a reason (BT-144) or a reason code (BT-145), or both.",
    "line",
    true,
  ),
  coreRule({
    id: "BR-CO-26",
    terms: ["BT-29", "BT-30", "BT-31"],
    fr: "Pour que l'acheteur puisse vous identifier, indiquez au moins l'un de ces numéros du vendeur : identifiant (BT-29), SIREN ou autre immatriculation légale (BT-30), ou numéro de TVA (BT-31).",
    en: "The Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT identifier (BT-31) shall be present.",
    cii: contextCheck((root) => elementsOf(root, "ram:SellerTradeParty"), ciiSellerIdentified),
    ubl: contextCheck((root) => elementsOf(root, "cac:AccountingSupplierParty"), ublSellerIdentified),
  }),
];
