// BR-FR-09 to BR-FR-26: parties (SIREN, SIRET, electronic addresses), VAT categories and rates, attachments, BAR notes.
import type { XmlElement } from "../../xml/xml-tree.js";
import { allAt } from "../support/core-index.js";
import { normalizeSpace, stringLength, stringValue } from "../support/core-xpath.js";
import { type FrAssertion, frAssertion } from "./fr-assert.js";
import { ATTACHMENT_CODES, BAR_TREATMENTS, str, VAT_CATEGORIES, VAT_RATES, whereChild, withScheme } from "./fr-values.js";

const SCT = "rsm:SupplyChainTradeTransaction";
const HA = `${SCT}/ram:ApplicableHeaderTradeAgreement`;
const HS = `${SCT}/ram:ApplicableHeaderTradeSettlement`;
const LINE = `${SCT}/ram:IncludedSupplyChainTradeLineItem`;
const own = (n: XmlElement) => stringValue(n);

/** Parties: [term, path, French name, English name, siren falls back on the SIRET]. */
const PARTIES: [string, string, string, string, boolean][] = [
  ["BT-29", `${HA}/ram:SellerTradeParty`, "du vendeur", "of the seller", false],
  ["BT-46", `${HA}/ram:BuyerTradeParty`, "de l'acheteur", "of the buyer", false],
  ["BT-60", `${HS}/ram:PayeeTradeParty`, "du bénéficiaire", "of the payee", true],
  ["EXT-FR-FE-06", `${HA}/ram:BuyerAgentTradeParty`, "de l'agent de l'acheteur", "of the buyer's agent", true],
  ["EXT-FR-FE-46", `${HS}/ram:PayerTradeParty`, "du payeur", "of the payer", true],
  ["EXT-FR-FE-69", `${HA}/ram:SalesAgentTradeParty`, "de l'agent du vendeur", "of the seller's agent", true],
  ["EXT-FR-FE-92", `${HS}/ram:InvoiceeTradeParty`, "du facturé", "of the invoicee", true],
  ["EXT-FR-FE-115", `${HS}/ram:InvoicerTradeParty`, "du facturant", "of the invoicer", true],
  ["BT-71", `${SCT}/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty`, "du lieu de livraison", "of the deliver-to party", true],
  ["EXT-FR-FE-146", `${LINE}/ram:SpecifiedLineTradeDelivery/ram:ShipToTradeParty`, "du lieu de livraison de la ligne", "of the line's deliver-to party", true],
];

const siretRules: FrAssertion[] = PARTIES.map(([term, context, fr, en, fallback]) => ({
  id: `BR-FR-09_${term}`,
  terms: [term],
  context,
  test: (party) => {
    const siret = withScheme(party, "ram:GlobalID", "0009")[0];
    if (!siret) return true;
    const value = stringValue(siret);
    const legal = withScheme(party, "ram:SpecifiedLegalOrganization/ram:ID", "0002").map(own);
    const sirens = fallback && !(legal[0] ?? "") ? [[...value].slice(0, 9).join("")] : legal;
    return /^\d{14}$/.test(value) && sirens.includes([...value].slice(0, 9).join(""));
  },
  value: (party) => stringValue(withScheme(party, "ram:GlobalID", "0009")[0]),
  fr: `Le SIRET ${fr} doit avoir 14 chiffres et commencer par son SIREN ({value}).`,
  en: `The SIRET ${en} must have 14 digits and begin with its SIREN ({value}).`,
}));

const sellerSiren: FrAssertion = {
  id: "BR-FR-10_BT-30",
  terms: ["BT-30"],
  context: "",
  test: (root) => {
    const siren = withScheme(root, `${HA}/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID`, "0002")[0];
    return siren !== undefined && /^\d{9}$/.test(normalizeSpace(stringValue(siren)));
  },
  fr: "Le SIREN du vendeur (BT-30, identifiant légal de schéma 0002) est obligatoire et doit compter 9 chiffres.",
  en: "The seller's SIREN (BT-30, legal registration identifier with scheme 0002) is mandatory and must have 9 digits.",
};

const barOf = (root: XmlElement) => whereChild(root, "rsm:ExchangedDocument/ram:IncludedNote", "ram:SubjectCode", "BAR").flatMap((n) => allAt(n, "ram:Content").map(own));
const SELF_BILLING: ReadonlySet<string> = new Set(["389", "501", "500", "471", "473", "261", "502"]);

const buyerSiren: FrAssertion = {
  id: "BR-FR-11_BT-47",
  terms: ["BT-47"],
  context: "",
  test: (root) => {
    if (!barOf(root).includes("B2B")) return true;
    const siren = withScheme(root, `${HA}/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID`, "0002")[0];
    return siren !== undefined && /^\d{9}$/.test(stringValue(siren));
  },
  fr: "Pour une facture entre entreprises (note BAR = B2B), le SIREN de l'acheteur (BT-47) est obligatoire et doit compter 9 chiffres.",
  en: "For a business-to-business invoice (BAR note = B2B), the buyer's SIREN (BT-47) is mandatory and must have 9 digits.",
};

const endpoints: FrAssertion[] = [
  {
    id: "BR-FR-12_BT-49",
    terms: ["BT-49"],
    context: "",
    test: (root) => str(root, `${HA}/ram:BuyerTradeParty/ram:URIUniversalCommunication/ram:URIID`) !== "",
    fr: "L'adresse électronique de l'acheteur (BT-49) est obligatoire.",
    en: "The buyer's electronic address (BT-49) is mandatory.",
  },
  {
    id: "BR-FR-13_BT-34",
    terms: ["BT-34"],
    context: "",
    test: (root) => str(root, `${HA}/ram:SellerTradeParty/ram:URIUniversalCommunication/ram:URIID`) !== "",
    fr: "L'adresse électronique du vendeur (BT-34) est obligatoire.",
    en: "The seller's electronic address (BT-34) is mandatory.",
  },
];

const TAXES: [string, string, string][] = [
  ["BT-95_BT-102", `${HS}/ram:SpecifiedTradeAllowanceCharge/ram:CategoryTradeTax`, "BT-96_BT-103"],
  ["BT-95_BT-118", `${HS}/ram:ApplicableTradeTax`, "BT-119"],
  ["BT-95_BT-151", `${LINE}/ram:SpecifiedLineTradeSettlement/ram:ApplicableTradeTax`, "BT-152"],
];

const vatRules: FrAssertion[] = TAXES.flatMap(([catTerm, context, rateTerm]): FrAssertion[] => [
  {
    id: `BR-FR-15_${catTerm}`,
    terms: catTerm.split("_"),
    context,
    test: (t) => allAt(t, "ram:CategoryCode").some((c) => VAT_CATEGORIES.has(own(c))),
    value: (t) => str(t, "ram:CategoryCode"),
    fr: "La catégorie de TVA n'est pas admise en France ({value}) : S, E, AE, K, G, O ou Z.",
    en: "The VAT category is not allowed in France ({value}): S, E, AE, K, G, O or Z.",
  },
  {
    id: `BR-FR-15_${catTerm}_LM`,
    terms: catTerm.split("_"),
    context,
    test: (t) => !allAt(t, "ram:CategoryCode").some((c) => own(c) === "L" || own(c) === "M"),
    value: (t) => str(t, "ram:CategoryCode"),
    fr: "Les catégories de TVA L et M (Canaries, Ceuta et Melilla) ne concernent pas la France ({value}).",
    en: "VAT categories L and M (Canary Islands, Ceuta and Melilla) do not apply in France ({value}).",
  },
  {
    id: `BR-FR-16_${rateTerm}`,
    terms: rateTerm.split("_"),
    context,
    test: (t) => {
      const rate = str(t, "ram:RateApplicablePercent");
      return rate === "" || VAT_RATES.has(rate);
    },
    value: (t) => str(t, "ram:RateApplicablePercent"),
    fr: "Le taux de TVA n'est pas un taux français ({value}) : écrivez-le sans « % », parmi 20, 10, 5.5, 2.1, 0, 13, 0.9, 8.5, 1.75, 1.05 (ou les anciens 19.6, 20.6, 9.6, 9.2, 7).",
    en: "The VAT rate is not a French rate ({value}): write it without '%', among 20, 10, 5.5, 2.1, 0, 13, 0.9, 8.5, 1.75, 1.05 (or the former 19.6, 20.6, 9.6, 9.2, 7).",
  },
]);

const attachments: FrAssertion[] = [
  {
    id: "BR-FR-17_BT-123",
    terms: ["BT-123"],
    context: `${HA}/ram:AdditionalReferencedDocument`,
    where: (d) => allAt(d, "ram:TypeCode").some((t) => own(t) === "916"),
    test: (d) => {
      const code = normalizeSpace(str(d, "ram:Name"));
      return code === "" || ATTACHMENT_CODES.has(code);
    },
    value: (d) => normalizeSpace(str(d, "ram:Name")),
    fr: "La qualification de la pièce jointe (BT-123) n'est pas un code de la réforme ({value}) : RIB, LISIBLE, FEUILLE_DE_STYLE, PJA, BORDEREAU_SUIVI, DOCUMENT_ANNEXE, BON_LIVRAISON, BON_COMMANDE, BORDEREAU_SUIVI_VALIDATION, ETAT_ACOMPTE ou FACTURE_PAIEMENT_DIRECT.",
    en: "The attachment qualifier (BT-123) is not a code of the French reform ({value}).",
  },
  {
    id: "BR-FR-18_BT-123",
    terms: ["BT-123"],
    context: "",
    test: (root) => whereChild(root, `${HA}/ram:AdditionalReferencedDocument`, "ram:Name", "LISIBLE").length <= 1,
    fr: "Un seul document joint (BG-24) peut être qualifié LISIBLE (BT-123).",
    en: "Only one supporting document (BG-24) may be described as LISIBLE (BT-123).",
  },
];

const bar: FrAssertion[] = [
  {
    id: "BR-FR-20_BT-21",
    terms: ["BT-21", "BT-22"],
    context: "rsm:ExchangedDocument/ram:IncludedNote",
    where: (n) => allAt(n, "ram:SubjectCode").some((c) => own(c) === "BAR"),
    test: (n) => allAt(n, "ram:Content").some((c) => BAR_TREATMENTS.has(own(c))),
    value: (n) => str(n, "ram:Content"),
    fr: "Une note de code sujet BAR (BT-21) doit contenir B2B, B2BINT, B2C, OUTOFSCOPE ou ARCHIVEONLY ({value}).",
    en: "A note with subject code BAR (BT-21) must hold B2B, B2BINT, B2C, OUTOFSCOPE or ARCHIVEONLY ({value}).",
  },
  ...(
    [
      ["BR-FR-21_BT-49", "ram:BuyerTradeParty", false, "BT-49", "de l'acheteur", "buyer's"],
      ["BR-FR-22_BT-34", "ram:SellerTradeParty", true, "BT-34", "du vendeur", "seller's"],
    ] as const
  ).map(
    ([id, party, selfBilled, term, fr, en]): FrAssertion => ({
      id,
      terms: [term],
      context: "",
      test: (root) => {
        const types = allAt(root, "rsm:ExchangedDocument/ram:TypeCode").map(own);
        const excluded = types.some((t) => SELF_BILLING.has(t));
        if (!(barOf(root).includes("B2B") && excluded === selfBilled)) return true;
        const siren = str(root, `${HA}/${party}/ram:SpecifiedLegalOrganization/ram:ID`);
        const uri = allAt(root, `${HA}/${party}/ram:URIUniversalCommunication/ram:URIID`)[0];
        return uri !== undefined && stringValue(uri).startsWith(siren) && uri.attrs.schemeID === "0225";
      },
      fr: `Facture entre entreprises (BAR = B2B) : l'adresse électronique ${fr} (${term}) doit commencer par son SIREN et avoir le schéma 0225.`,
      en: `Business-to-business invoice (BAR = B2B): the ${en} electronic address (${term}) must begin with its SIREN and use scheme 0225.`,
    }),
  ),
];

/** Electronic addresses: [term, party path]. */
const ADDRESSES: [string, string][] = [
  ["BT-34", `${HA}/ram:SellerTradeParty`],
  ["BT-49", `${HA}/ram:BuyerTradeParty`],
  ["EXT-FR-FE-12", `${HA}/ram:BuyerAgentTradeParty`],
  ["EXT-FR-FE-29", `${HS}/ram:PayeeTradeParty`],
  ["EXT-FR-FE-52", `${HS}/ram:PayerTradeParty`],
  ["EXT-FR-FE-75", `${HA}/ram:SalesAgentTradeParty`],
  ["EXT-FR-FE-98", `${HS}/ram:InvoiceeTradeParty`],
  ["EXT-FR-FE-121", `${HS}/ram:InvoicerTradeParty`],
];
const SCHEME_FORMAT = /^[A-Za-z0-9+\-_/]+$/;

const addressRules: FrAssertion[] = [
  ...ADDRESSES.map(([term, party]): FrAssertion => ({
    id: `BR-FR-23_${term}`,
    terms: [term],
    context: `${party}/ram:URIUniversalCommunication/ram:URIID`,
    where: (u) => u.attrs.schemeID === "0225",
    test: (u) => SCHEME_FORMAT.test(own(u)),
    value: own,
    fr: `L'adresse électronique de schéma 0225 (${term}) ne peut contenir que des lettres, des chiffres et + - _ / ({value}).`,
    en: `The electronic address with scheme 0225 (${term}) may only hold letters, digits and + - _ / ({value}).`,
  })),
  ...(
    [
      ["BT-29", `${HA}/ram:SellerTradeParty`],
      ["BT-46", `${HA}/ram:BuyerTradeParty`],
    ] as const
  ).flatMap(([term, party]): FrAssertion[] => [
    {
      id: `BR-FR-24_${term}`,
      terms: [term],
      context: `${party}/ram:GlobalID`,
      where: (g) => g.attrs.schemeID === "0224",
      test: (g) => SCHEME_FORMAT.test(own(g)),
      value: own,
      fr: `L'identifiant privé de schéma 0224 (${term}) ne peut contenir que des lettres, des chiffres et + - _ / ({value}).`,
      en: `The private identifier with scheme 0224 (${term}) may only hold letters, digits and + - _ / ({value}).`,
    },
  ]),
  ...ADDRESSES.map(([term, party]): FrAssertion => ({
    id: `BR-FR-25_${term}`,
    terms: [term],
    context: `${party}/ram:URIUniversalCommunication/ram:URIID`,
    test: (u) => stringLength(own(u)) <= 125,
    fr: `L'adresse électronique (${term}) ne doit pas dépasser 125 caractères.`,
    en: `The electronic address (${term}) must not exceed 125 characters.`,
  })),
  ...(
    [
      ["BT-29", `${HA}/ram:SellerTradeParty`],
      ["BT-46", `${HA}/ram:BuyerTradeParty`],
    ] as const
  ).map(
    ([term, party]): FrAssertion => ({
      id: `BR-FR-26_${term}`,
      terms: [term],
      context: `${party}/ram:GlobalID`,
      where: (g) => g.attrs.schemeID === "0224",
      test: (g) => stringLength(own(g)) <= 100,
      fr: `L'identifiant privé de schéma 0224 (${term}) ne doit pas dépasser 100 caractères.`,
      en: `The private identifier with scheme 0224 (${term}) must not exceed 100 characters.`,
    }),
  ),
];

/** BR-FR-09 to BR-FR-26. */
export const brFr09To26 = [...siretRules, sellerSiren, buyerSiren, ...endpoints, ...vatRules, ...attachments, ...bar, ...addressRules].map(frAssertion);
