// BR-49, BR-50, BR-51, BR-61: payment instructions (BG-16): a means code, an account for credit transfers, and never a
// full card number.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child } from "../../../xml/xml-tree.js";
import { elementsOf, parentsAre, someChild } from "../../support/core-index.js";
import { hasText, normalizeSpace, stringLength, stringValue } from "../../support/core-xpath.js";
import { contextCheck, coreRule, failing } from "./define.js";

const CREDIT_TRANSFER = ["30", "58"];

/** CII `SpecifiedTradeSettlementPaymentMeans[ram:TypeCode='30' or ram:TypeCode='58']/ram:PayeePartyCreditorFinancialAccount` */
function ciiTransferAccounts(root: XmlElement): XmlElement[] {
  return elementsOf(root, "ram:PayeePartyCreditorFinancialAccount").filter(
    (a) =>
      parentsAre(a, "ram:SpecifiedTradeSettlementPaymentMeans") &&
      someChild(a.parent, "ram:TypeCode", (c) => CREDIT_TRANSFER.includes(stringValue(c))),
  );
}

const cardFits = (id: XmlElement | undefined) => stringLength(normalizeSpace(stringValue(id))) <= 10;

const CARD_FR =
  "Le numéro de carte de paiement (BT-87) ne doit jamais figurer en entier sur la facture : gardez au plus les 6 premiers et les 4 derniers chiffres.";
const CARD_EN = "An invoice shall never include a full card primary account number (BT-87): show at most the first 6 and last 4 digits.";

export const br49to51and61 = [
  coreRule({
    id: "BR-49",
    terms: ["BT-81", "BG-16"],
    fr: "Chaque instruction de paiement (BG-16) doit indiquer le moyen de paiement par son code (BT-81), par exemple 58 pour un virement SEPA.",
    en: "A Payment instruction (BG-16) shall specify the Payment means type code (BT-81), e.g. 58 for a SEPA credit transfer.",
    cii: contextCheck((root) => elementsOf(root, "ram:SpecifiedTradeSettlementPaymentMeans"), (m) => child(m, "ram:TypeCode") !== undefined),
    ubl: contextCheck((root) => elementsOf(root, "cac:PaymentMeans"), (m) => child(m, "cbc:PaymentMeansCode") !== undefined),
  }),
  coreRule({
    id: "BR-50",
    terms: ["BT-84", "BG-17"],
    fr: "Pour un paiement par virement, indiquez le compte à créditer (BT-84), de préférence l'IBAN.",
    en: "A Payment account identifier (BT-84) shall be present for a credit transfer (BG-17): give the IBAN preferably.",
    cii: contextCheck((root) => ciiTransferAccounts(root), (a) => hasText(child(a, "ram:IBANID")) || hasText(child(a, "ram:ProprietaryID"))),
    ubl: (root) =>
      failing(
        elementsOf(root, "cac:PayeeFinancialAccount").filter(
          (a) => parentsAre(a, "cac:PaymentMeans") && someChild(a.parent, "cbc:PaymentMeansCode", (c) => CREDIT_TRANSFER.includes(stringValue(c))),
        ),
        (a) => hasText(child(a, "cbc:ID")),
      ),
  }),
  coreRule({
    id: "BR-51",
    terms: ["BT-87"],
    fr: CARD_FR,
    en: CARD_EN,
    cii: contextCheck((root) => elementsOf(root, "ram:ApplicableTradeSettlementFinancialCard"), (c) => cardFits(child(c, "ram:ID"))),
  }),
  coreRule({
    id: "BR-51",
    terms: ["BT-87"],
    severity: "warning",
    fr: CARD_FR,
    en: CARD_EN,
    ubl: contextCheck((root) => elementsOf(root, "cbc:PrimaryAccountNumberID").filter((n) => parentsAre(n, "cac:PaymentMeans", "cac:CardAccount")), cardFits),
  }),
  coreRule({
    id: "BR-61",
    terms: ["BT-84", "BT-81"],
    fr: "Pour un virement (code de moyen de paiement 30 ou 58), le compte à créditer (BT-84) est obligatoire : indiquez l'IBAN.",
    en: "For a credit transfer (payment means code 30 or 58) the Payment account identifier (BT-84) shall be present.",
    cii: contextCheck((root) => ciiTransferAccounts(root), (a) => child(a, "ram:IBANID") !== undefined || child(a, "ram:ProprietaryID") !== undefined),
    ubl: (root) =>
      failing(elementsOf(root, "cac:PaymentMeans"), (m) => {
        const code = normalizeSpace(stringValue(child(m, "cbc:PaymentMeansCode")));
        if (!CREDIT_TRANSFER.includes(code)) return true;
        return someChild(m, "cac:PayeeFinancialAccount", (a) => child(a, "cbc:ID") !== undefined);
      }),
  }),
];
