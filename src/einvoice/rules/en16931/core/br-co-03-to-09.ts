// BR-CO-03 … BR-CO-09: tax point date vs its code, a VAT category on every line, reasons, VAT identifier prefixes.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child } from "../../../xml/xml-tree.js";
import { allAt, elementsOf, someChild } from "../../support/core-index.js";
import { stringValue } from "../../support/core-xpath.js";
import { coreRule, failing, rootCheck } from "./define.js";
import { ciiGenericHeaderTaxes, ciiIsVat, ublIsVatScheme, ublLines, ublVatCategories } from "./paths.js";

// The country prefixes each binding accepts, exactly as written in artefacts 1.3.16 (the two lists differ: CII has AN,
// UBL has SS).
const CII_PREFIXES = new Set(
  "1A AD AE AF AG AI AL AM AN AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BL BJ BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW".split(
    " ",
  ),
);
// UBL tests `contains(' 1A AD … ', substring(CompanyID, 1, 2))` without spaces around: any two characters found in
// the list pass, including "D " or a one-character or empty identifier.
const UBL_PREFIX_LIST =
  " 1A AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH EL ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XI YE YT ZA ZM ZW ";

/** substring(value, 1, 2): the first two characters (code points). */
function firstTwo(text: string): string {
  const code = text.charCodeAt(0);
  // Without a surrogate pair among the first characters, two UTF-16 units are two characters.
  if (code < 0xd800 || code > 0xdfff) {
    const next = text.charCodeAt(1);
    if (Number.isNaN(next) || next < 0xd800 || next > 0xdfff) return text.slice(0, 2);
  }
  return [...text].slice(0, 2).join("");
}

const never = (): XmlElement[] => [];

/** BR-CO-05 … BR-CO-08 are asserted as true() by the artefacts: a reason text and code cannot be compared by machine. */
function reasonConsistency(id: string, terms: string[], fr: string, en: string) {
  return coreRule({ id, terms, fr, en, cii: never, ubl: never });
}

export const brCo03to09 = [
  coreRule({
    id: "BR-CO-03",
    terms: ["BT-7", "BT-8"],
    fr: "Donnez soit la date d'exigibilité de la TVA (BT-7), soit son code (BT-8), mais pas les deux.",
    en: "Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually exclusive.",
    cii: (root) =>
      failing(ciiGenericHeaderTaxes(root), () => !(elementsOf(root, "ram:TaxPointDate").length > 0 && elementsOf(root, "ram:DueDateTypeCode").length > 0)),
    ubl: rootCheck((r) => !(child(r, "cbc:TaxPointDate") !== undefined && allAt(r, "cac:InvoicePeriod/cbc:DescriptionCode").length > 0)),
  }),
  coreRule({
    id: "BR-CO-04",
    terms: ["BT-151", "BG-25"],
    fr: "Chaque ligne de facture (BG-25) doit indiquer la catégorie de TVA de l'article (BT-151), par exemple S pour le taux normal.",
    en: "Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).",
    cii: (root) =>
      failing(elementsOf(root, "ram:IncludedSupplyChainTradeLineItem"), (l) =>
        allAt(l, "ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax").some((t) => ciiIsVat(t) && child(t, "ram:CategoryCode") !== undefined),
      ),
    ubl: (root) =>
      failing(ublLines(root), (l) =>
        someChild(l, "cac:Item", (item) => ublVatCategories(item, "cac:ClassifiedTaxCategory").some((c) => child(c, "cbc:ID") !== undefined)),
      ),
  }),
  reasonConsistency(
    "BR-CO-05",
    ["BT-97", "BT-98"],
    "Le motif de la remise (BT-97) et son code (BT-98) doivent désigner le même type de remise.",
    "Document level allowance reason code (BT-98) and reason (BT-97) shall indicate the same type of allowance.",
  ),
  reasonConsistency(
    "BR-CO-06",
    ["BT-104", "BT-105"],
    "Le motif des frais (BT-104) et son code (BT-105) doivent désigner le même type de frais.",
    "Document level charge reason code (BT-105) and reason (BT-104) shall indicate the same type of charge.",
  ),
  reasonConsistency(
    "BR-CO-07",
    ["BT-139", "BT-140"],
    "Le motif de la remise sur la ligne (BT-139) et son code (BT-140) doivent désigner le même type de remise.",
    "Invoice line allowance reason code (BT-140) and reason (BT-139) shall indicate the same type of allowance reason.",
  ),
  reasonConsistency(
    "BR-CO-08",
    ["BT-144", "BT-145"],
    "Le motif des frais sur la ligne (BT-144) et son code (BT-145) doivent désigner le même type de frais.",
    "Invoice line charge reason code (BT-145) and reason (BT-144) shall indicate the same type of charge reason.",
  ),
  coreRule({
    id: "BR-CO-09",
    terms: ["BT-31", "BT-63", "BT-48"],
    fr: "Un numéro de TVA intracommunautaire (BT-31, BT-48, BT-63) doit commencer par le code du pays qui l'a attribué, par exemple FR ou, pour la Grèce, EL.",
    en: "VAT identifiers (BT-31, BT-48, BT-63) shall start with the ISO 3166-1 alpha-2 code of the issuing country (Greece may use EL).",
    cii: (root) =>
      failing(
        elementsOf(root, "ram:ID").filter((id) => id.attrs.schemeID === "VA" && id.parent?.key === "ram:SpecifiedTaxRegistration"),
        (id) => CII_PREFIXES.has(firstTwo(stringValue(id))),
      ),
    ubl: (root) =>
      failing(
        elementsOf(root, "cac:PartyTaxScheme").filter(ublIsVatScheme),
        (s) => UBL_PREFIX_LIST.includes(firstTwo(stringValue(child(s, "cbc:CompanyID")))),
      ),
  }),
];
