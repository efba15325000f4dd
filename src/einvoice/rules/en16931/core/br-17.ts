// BR-17: a Payee other than the Seller needs a name. The artefacts test "other than the Seller" as: no equal name,
// no equal identifier (and, in CII, no equal legal registration identifier); a Payee equal to the Seller fires too.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { allAt, elementsOf } from "../../support/core-index.js";
import { stringValue } from "../../support/core-xpath.js";
import { contextCheck, coreRule } from "./define.js";

/** XPath `a = b` on two node sets: some value of one equals some value of the other (strings, untrimmed). */
function anyEqual(a: XmlElement[], b: XmlElement[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const values = new Set(b.map(stringValue));
  return a.some((e) => values.has(stringValue(e)));
}

function ciiHolds(payee: XmlElement): boolean {
  const transaction = payee.parent?.parent;
  const seller = allAt(transaction, "ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty");
  const sellerValues = (path: string) => seller.flatMap((s) => allAt(s, path));
  return (
    allAt(payee, "ram:Name").length > 0 &&
    !anyEqual(allAt(payee, "ram:Name"), sellerValues("ram:Name")) &&
    !anyEqual(allAt(payee, "ram:ID"), sellerValues("ram:ID")) &&
    !anyEqual(allAt(payee, "ram:SpecifiedLegalOrganization/ram:ID"), sellerValues("ram:SpecifiedLegalOrganization/ram:ID"))
  );
}

function ublHolds(payee: XmlElement): boolean {
  const seller = allAt(payee.parent, "cac:AccountingSupplierParty/cac:Party");
  const sellerValues = (path: string) => seller.flatMap((s) => allAt(s, path));
  return (
    allAt(payee, "cac:PartyName/cbc:Name").length > 0 &&
    !anyEqual(allAt(payee, "cac:PartyName/cbc:Name"), sellerValues("cac:PartyName/cbc:Name")) &&
    !anyEqual(allAt(payee, "cac:PartyIdentification/cbc:ID"), sellerValues("cac:PartyIdentification/cbc:ID"))
  );
}

export const br17 = [
  coreRule({
    id: "BR-17",
    terms: ["BT-59", "BG-10"],
    fr: "Le nom du bénéficiaire du paiement (BT-59) est obligatoire quand le bénéficiaire (BG-10) n'est pas le vendeur : indiquez-le, ou retirez le bénéficiaire s'il s'agit du vendeur lui-même.",
    en: "The Payee name (BT-59) is required when the Payee (BG-10) differs from the Seller: give it, or remove the Payee if it is the Seller itself.",
    cii: contextCheck((root) => elementsOf(root, "ram:PayeeTradeParty"), ciiHolds),
    ubl: contextCheck((root) => elementsOf(root, "cac:PayeeParty"), ublHolds),
  }),
];
