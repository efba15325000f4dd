// BR-CL-10, 11, 14, 15, 21, 25, 26: identifier schemes (ISO 6523 ICD, EAS) and country codes (ISO 3166-1), CEN 1.3.16.
import { EAS_SCHEMES } from "../../../codelists/eas.js";
import { ISO3166_COUNTRIES_CII, ISO3166_COUNTRIES_UBL } from "../../../codelists/iso3166.js";
import { ISO6523_ICD } from "../../../codelists/iso6523-icd.js";
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import { codeListRule, elements, inList, under } from "./code-list-rule.js";

const icd = (v: string) => inList(v, ISO6523_ICD);
const SEPA: ReadonlySet<string> = new Set(["SEPA"]);

/** CII BR-CL-11 context: `ram:ID[@schemeID][not(ancestor::ram:SpecifiedTaxRegistration)]`. */
function ciiRegistrationIds(root: XmlElement): XmlElement[] {
  return elements(root, "ram:ID", undefined, "schemeID").filter((id) => !under(id, "ram:SpecifiedTaxRegistration"));
}

/** The BR-CL rules on party identifiers and countries. */
export const brClPartyRules: Rule[] = [
  codeListRule({
    id: "BR-CL-10",
    terms: ["BT-29", "BT-46", "BT-60"],
    fr: "Le schéma d'un identifiant de partie (BT-29, BT-46, BT-60) doit être un code ISO 6523 ICD, par exemple 0009 pour un SIRET ({value}).",
    en: "Any identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list ({value}).",
    cii: {
      nodes: (root) => elements(root, "ram:GlobalID", undefined, "schemeID").filter((g) => !under(g, "ram:SpecifiedTradeProduct", "ram:ShipToTradeParty")),
      attribute: "schemeID",
      valid: icd,
    },
    ubl: {
      nodes: (root) => elements(root, "cbc:ID", "cac:PartyIdentification", "schemeID"),
      attribute: "schemeID",
      // SEPA (creditor identifier) is also accepted for the seller and the payee.
      valid: (v, n) => icd(v) || (inList(v, SEPA) && under(n, "cac:AccountingSupplierParty", "cac:PayeeParty")),
    },
  }),
  codeListRule({
    id: "BR-CL-11",
    terms: ["BT-30", "BT-47", "BT-61"],
    fr: "Le schéma d'un identifiant d'immatriculation légale (BT-30, BT-47, BT-61) doit être un code ISO 6523 ICD, par exemple 0002 pour un SIREN ({value}).",
    en: "Any registration identifier identification scheme identifier MUST be coded using one of the ISO 6523 ICD list ({value}).",
    cii: { nodes: ciiRegistrationIds, attribute: "schemeID", valid: icd },
    ubl: { nodes: (root) => elements(root, "cbc:CompanyID", "cac:PartyLegalEntity", "schemeID"), attribute: "schemeID", valid: icd },
  }),
  codeListRule({
    id: "BR-CL-14",
    terms: ["BT-40", "BT-55", "BT-69", "BT-80"],
    fr: "Un code pays (BT-40, BT-55, BT-69, BT-80) doit être un code ISO 3166-1 à deux lettres, par exemple FR ({value}).",
    en: "Country codes in an invoice MUST be coded using ISO code list 3166-1 ({value}).",
    cii: { nodes: (root) => elements(root, "ram:CountryID"), valid: (v) => inList(v, ISO3166_COUNTRIES_CII) },
    ubl: { nodes: (root) => elements(root, "cbc:IdentificationCode", "cac:Country"), valid: (v) => inList(v, ISO3166_COUNTRIES_UBL) },
  }),
  codeListRule({
    id: "BR-CL-15",
    terms: ["BT-159"],
    fr: "Le pays d'origine de l'article (BT-159) doit être un code ISO 3166-1 à deux lettres, par exemple FR ({value}).",
    en: "Country codes in an invoice MUST be coded using ISO code list 3166-1 ({value}).",
    cii: {
      // An ID with a schemeID is taken first by BR-CL-11 in the artefact's pattern.
      nodes: (root) => {
        const taken = new Set(ciiRegistrationIds(root));
        return elements(root, "ram:ID", "ram:OriginTradeCountry").filter((id) => !taken.has(id));
      },
      valid: (v) => inList(v, ISO3166_COUNTRIES_CII),
    },
    ubl: { nodes: (root) => elements(root, "cbc:IdentificationCode", "cac:OriginCountry"), valid: (v) => inList(v, ISO3166_COUNTRIES_UBL) },
  }),
  codeListRule({
    id: "BR-CL-21",
    terms: ["BT-157"],
    fr: "Le schéma de l'identifiant standard de l'article (BT-157) doit être un code ISO 6523 ICD, par exemple 0160 pour un GTIN ({value}).",
    en: "Item standard identifier scheme identifier MUST belong to the ISO 6523 ICD code list ({value}).",
    cii: { nodes: (root) => elements(root, "ram:GlobalID", "ram:SpecifiedTradeProduct", "schemeID"), attribute: "schemeID", valid: icd },
    ubl: { nodes: (root) => elements(root, "cbc:ID", "cac:StandardItemIdentification", "schemeID"), attribute: "schemeID", valid: icd },
  }),
  codeListRule({
    id: "BR-CL-25",
    terms: ["BT-34", "BT-49"],
    fr: "Le schéma de l'adresse électronique du vendeur ou de l'acheteur (BT-34, BT-49) doit être un code EAS, par exemple 0009 (SIRET) ou 0225 ({value}).",
    en: "Endpoint identifier scheme identifier MUST belong to the CEF EAS code list ({value}).",
    cii: { nodes: (root) => elements(root, "ram:URIID", "ram:URIUniversalCommunication", "schemeID"), attribute: "schemeID", valid: (v) => inList(v, EAS_SCHEMES) },
    ubl: { nodes: (root) => elements(root, "cbc:EndpointID", undefined, "schemeID"), attribute: "schemeID", valid: (v) => inList(v, EAS_SCHEMES) },
  }),
  codeListRule({
    id: "BR-CL-26",
    terms: ["BT-71"],
    fr: "Le schéma de l'identifiant du lieu de livraison (BT-71) doit être un code ISO 6523 ICD ({value}).",
    en: "Delivery location identifier scheme identifier MUST belong to the ISO 6523 ICD code list ({value}).",
    cii: {
      nodes: (root) => elements(root, "ram:GlobalID", "ram:ShipToTradeParty", "schemeID").filter((g) => g.parent?.parent?.key === "ram:ApplicableHeaderTradeDelivery"),
      attribute: "schemeID",
      valid: icd,
    },
    ubl: { nodes: (root) => elements(root, "cbc:ID", "cac:DeliveryLocation", "schemeID"), attribute: "schemeID", valid: icd },
  }),
];
