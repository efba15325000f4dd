// BR-18, BR-19, BR-20, BR-56: a Seller tax representative (BG-11) needs a name, a postal address with a country and a
// VAT identifier.
import { child, children } from "../../../xml/xml-tree.js";
import { elementsOf, parentsAre } from "../../support/core-index.js";
import { hasText } from "../../support/core-xpath.js";
import { contextCheck, coreRule, failing } from "./define.js";
import { exists, textAt, ublVatCategories } from "./paths.js";

const ciiRepresentatives = (root: Parameters<typeof elementsOf>[0]) => elementsOf(root, "ram:SellerTaxRepresentativeTradeParty");
const ublRepresentatives = (root: Parameters<typeof elementsOf>[0]) => elementsOf(root, "cac:TaxRepresentativeParty");

export const br18to20and56 = [
  coreRule({
    id: "BR-18",
    terms: ["BT-62", "BG-11"],
    fr: "Le nom du représentant fiscal du vendeur (BT-62) est obligatoire : indiquez-le, puisque la facture mentionne un représentant fiscal.",
    en: "The Seller tax representative name (BT-62) is required when the invoice has a Seller tax representative (BG-11).",
    cii: contextCheck((root) => ciiRepresentatives(root), (p) => textAt(p, "ram:Name")),
    ubl: contextCheck((root) => ublRepresentatives(root), (p) => textAt(p, "cac:PartyName/cbc:Name")),
  }),
  coreRule({
    id: "BR-19",
    terms: ["BG-12", "BG-11"],
    fr: "L'adresse postale du représentant fiscal du vendeur (BG-12) est obligatoire : indiquez-la, puisque la facture mentionne un représentant fiscal.",
    en: "The Seller tax representative postal address (BG-12) is required when the invoice has a Seller tax representative (BG-11).",
    cii: contextCheck((root) => ciiRepresentatives(root), (p) => exists(p, "ram:PostalTradeAddress")),
    ubl: contextCheck((root) => ublRepresentatives(root), (p) => exists(p, "cac:PostalAddress")),
  }),
  coreRule({
    id: "BR-20",
    terms: ["BT-69", "BG-12"],
    fr: "Le pays de l'adresse du représentant fiscal (BT-69) est obligatoire : indiquez son code à deux lettres, par exemple FR.",
    en: "The Tax representative country code (BT-69) is required in the Seller tax representative postal address (BG-12).",
    cii: contextCheck((root) => ciiRepresentatives(root), (p) => textAt(p, "ram:PostalTradeAddress/ram:CountryID")),
    ubl: (root) =>
      failing(
        elementsOf(root, "cac:PostalAddress").filter((a) => parentsAre(a, "cac:TaxRepresentativeParty")),
        (a) => textAt(a, "cac:Country/cbc:IdentificationCode"),
      ),
  }),
  coreRule({
    id: "BR-56",
    terms: ["BT-63", "BG-11"],
    fr: "Le numéro de TVA du représentant fiscal du vendeur (BT-63) est obligatoire : indiquez son numéro de TVA intracommunautaire.",
    en: "Each Seller tax representative party (BG-11) shall have a Seller tax representative VAT identifier (BT-63).",
    cii: (root) =>
      failing(ciiRepresentatives(root), (p) => {
        const vat = children(p, "ram:SpecifiedTaxRegistration").flatMap((r) => children(r, "ram:ID").filter((id) => id.attrs.schemeID === "VA"));
        return hasText(vat[0]);
      }),
    ubl: (root) =>
      failing(ublRepresentatives(root), (p) => ublVatCategories(p, "cac:PartyTaxScheme").some((s) => child(s, "cbc:CompanyID") !== undefined)),
  }),
];
