// The B2G portal's deposit constraints (Chorus Pro, reform sheet "BR-France-CTC-CPRO" of XP Z12-012 Annexe A), run when
// the buyer is a French public structure. Ids follow the reform numbering where it is known (see docs/validation.md);
// BR-FR-CPRO-G01 is ours.
import type { Syntax } from "../../detect.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import { allAt, allAtOnce } from "../support/core-index.js";
import type { Rule, Violation } from "../rule.js";
import { stringLength, stringValue } from "../support/core-xpath.js";
import { add, NONE } from "./fr-assert.js";

const SCT = "rsm:SupplyChainTradeTransaction";
const HA = `${SCT}/ram:ApplicableHeaderTradeAgreement`;
const HS = `${SCT}/ram:ApplicableHeaderTradeSettlement`;
const SELLER_UBL = "cac:AccountingSupplierParty/cac:Party";
const BUYER_UBL = "cac:AccountingCustomerParty/cac:Party";

/** [id, max length, term, French name, English name, CII paths, UBL paths (Invoice; CreditNote lines are mapped)]. */
type Limit = [string, number, string, string, string, string[], string[]];

const LIMITS: Limit[] = [
  ["BR-FR-CPRO-02", 20, "BT-1", "Le numéro de facture", "The invoice number", ["rsm:ExchangedDocument/ram:ID"], ["cbc:ID"]],
  ["BR-FR-CPRO-02", 20, "BT-25", "Le numéro de la facture antérieure", "The preceding invoice number", [`${HS}/ram:InvoiceReferencedDocument/ram:IssuerAssignedID`], ["cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID"]],
  ["BR-FR-CPRO-14", 50, "BT-12", "La référence du contrat (numéro de marché)", "The contract reference", [`${HA}/ram:ContractReferencedDocument/ram:IssuerAssignedID`], ["cac:ContractDocumentReference/cbc:ID"]],
  ["BR-FR-CPRO-15", 50, "BT-13", "Le numéro d'engagement juridique (bon de commande)", "The purchase order (legal commitment) reference", [`${HA}/ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID`], ["cac:OrderReference/cbc:ID"]],
  ["BR-FR-CPRO-G01", 100, "BT-10", "Le code du service exécutant (référence acheteur)", "The buyer reference (service code)", [`${HA}/ram:BuyerReference`], ["cbc:BuyerReference"]],
  ["BR-FR-CPRO-30", 50, "BT-122", "La référence du document joint", "The supporting document reference", [`${HA}/ram:AdditionalReferencedDocument/ram:IssuerAssignedID`], ["cac:AdditionalDocumentReference/cbc:ID"]],
  ["BR-FR-CPRO-31", 1024, "BT-154", "La description de l'article", "The item description", [`${SCT}/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedTradeProduct/ram:Description`], ["cac:InvoiceLine/cac:Item/cbc:Description"]],
  ["BR-FR-CPRO-32", 400, "BT-35", "L'adresse du vendeur", "The seller's address line", [`${HA}/ram:SellerTradeParty/ram:PostalTradeAddress/ram:LineOne`], [`${SELLER_UBL}/cac:PostalAddress/cbc:StreetName`]],
  ["BR-FR-CPRO-32", 400, "BT-50", "L'adresse de l'acheteur", "The buyer's address line", [`${HA}/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:LineOne`], [`${BUYER_UBL}/cac:PostalAddress/cbc:StreetName`]],
  ["BR-FR-CPRO-33", 400, "BT-37", "La ville du vendeur", "The seller's city", [`${HA}/ram:SellerTradeParty/ram:PostalTradeAddress/ram:CityName`], [`${SELLER_UBL}/cac:PostalAddress/cbc:CityName`]],
  ["BR-FR-CPRO-33", 400, "BT-52", "La ville de l'acheteur", "The buyer's city", [`${HA}/ram:BuyerTradeParty/ram:PostalTradeAddress/ram:CityName`], [`${BUYER_UBL}/cac:PostalAddress/cbc:CityName`]],
  ["BR-FR-CPRO-34", 99, "BT-27", "La raison sociale du vendeur", "The seller's name", [`${HA}/ram:SellerTradeParty/ram:Name`], [`${SELLER_UBL}/cac:PartyLegalEntity/cbc:RegistrationName`]],
  ["BR-FR-CPRO-34", 99, "BT-28", "Le nom commercial du vendeur", "The seller's trading name", [`${HA}/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:TradingBusinessName`], [`${SELLER_UBL}/cac:PartyName/cbc:Name`]],
  ["BR-FR-CPRO-34", 99, "BT-44", "Le nom de l'acheteur", "The buyer's name", [`${HA}/ram:BuyerTradeParty/ram:Name`], [`${BUYER_UBL}/cac:PartyLegalEntity/cbc:RegistrationName`]],
  ["BR-FR-CPRO-34", 99, "BT-45", "Le nom commercial de l'acheteur", "The buyer's trading name", [`${HA}/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:TradingBusinessName`], [`${BUYER_UBL}/cac:PartyName/cbc:Name`]],
  ["BR-FR-CPRO-34", 99, "BT-59", "Le nom du bénéficiaire", "The payee's name", [`${HS}/ram:PayeeTradeParty/ram:Name`], ["cac:PayeeParty/cac:PartyName/cbc:Name"]],
  ["BR-FR-CPRO-35", 1024, "BT-22", "Une note de facture", "An invoice note", ["rsm:ExchangedDocument/ram:IncludedNote/ram:Content"], ["cbc:Note"]],
  ["BR-FR-CPRO-42", 1024, "BT-20", "Les conditions de paiement", "The payment terms", [`${HS}/ram:SpecifiedTradePaymentTerms/ram:Description`], ["cac:PaymentTerms/cbc:Note"]],
  ["BR-FR-CPRO-38", 20, "BT-71", "L'identifiant du lieu de livraison", "The deliver-to location identifier", [`${SCT}/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:ID`], ["cac:Delivery/cac:DeliveryLocation/cbc:ID"]],
  [
    "BR-FR-CPRO-39",
    27,
    "BT-84",
    "L'identifiant du compte de paiement (IBAN)",
    "The payment account identifier (IBAN)",
    [`${HS}/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID`, `${HS}/ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID`],
    ["cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID"],
  ],
];

const creditNote = (path: string) => path.replace("cac:InvoiceLine", "cac:CreditNoteLine");

/** The nodes a limit applies to; the paths are read once per document (several rules share them). */
function nodesAt(root: XmlElement, syntax: Syntax, cii: readonly string[], invoice: readonly string[], credit: readonly string[]): readonly XmlElement[] {
  const paths = syntax === "CII" ? cii : root.key === "cn:CreditNote" ? credit : invoice;
  return paths.length === 1 ? allAtOnce(root, paths[0] as string) : paths.flatMap((p) => allAtOnce(root, p));
}

function cproRule(id: string, terms: string[], message: Rule["message"], check: Rule["check"]): Rule {
  return { id, set: "cpro", syntaxes: ["CII", "UBL"], severity: "fatal", terms, message, check };
}

// The checks return arrays, not generators: they mostly find nothing, and the runner takes an array as it is.
const one = (v: Violation): readonly Violation[] => [v];
const allButFirst = (nodes: readonly XmlElement[]): readonly Violation[] => (nodes.length < 2 ? NONE : nodes.slice(1).map((element) => ({ element })));

const lengthRules: Rule[] = LIMITS.map(([id, max, term, fr, en, cii, ublPaths]) => {
  const creditPaths = ublPaths.map(creditNote);
  const message = { fr: `Chorus Pro : ${fr} (${term}) ne doit pas dépasser ${max} caractères (il en compte {value}).`, en: `Chorus Pro: ${en} (${term}) must not exceed ${max} characters (it has {value}).` };
  return cproRule(id, [term], message, ({ root, detected }) => {
    let out: Violation[] | undefined;
    for (const n of nodesAt(root, detected.syntax, cii, ublPaths, creditPaths)) {
      const length = stringLength(stringValue(n));
      if (length > max) out = add(out, { element: n, value: String(length) });
    }
    return out ?? NONE;
  });
});

const SELLER_SCHEMES: ReadonlySet<string> = new Set(["0009", "0223", "0226", "0227", "0228", "0229"]);

/** The paths of a party's identifiers (global or legal), per syntax and party. */
const ID_PATHS = {
  CII: {
    seller: [`${HA}/ram:SellerTradeParty/ram:GlobalID`, `${HA}/ram:SellerTradeParty/ram:SpecifiedLegalOrganization/ram:ID`],
    buyer: [`${HA}/ram:BuyerTradeParty/ram:GlobalID`, `${HA}/ram:BuyerTradeParty/ram:SpecifiedLegalOrganization/ram:ID`],
  },
  UBL: {
    seller: [`${SELLER_UBL}/cac:PartyIdentification/cbc:ID`, `${SELLER_UBL}/cac:PartyLegalEntity/cbc:CompanyID`],
    buyer: [`${BUYER_UBL}/cac:PartyIdentification/cbc:ID`, `${BUYER_UBL}/cac:PartyLegalEntity/cbc:CompanyID`],
  },
} as const;

function schemedIds(root: XmlElement, syntax: Syntax, party: "seller" | "buyer"): XmlElement[] {
  const [global, legal] = ID_PATHS[syntax][party];
  return [...allAtOnce(root, global), ...allAtOnce(root, legal)];
}

const partyRules: Rule[] = [
  cproRule(
    "BR-FR-CPRO-03",
    ["BT-29", "BT-30"],
    {
      fr: "Chorus Pro : le vendeur doit être identifié (BT-29 ou BT-30) par un SIRET (schéma 0009), un numéro de TVA UE (0223), un particulier (0226), un identifiant hors UE (0227), un RIDET (0228) ou un numéro TAHITI (0229).",
      en: "Chorus Pro: the seller must be identified (BT-29 or BT-30) by a SIRET (scheme 0009), an EU VAT number (0223), a private person (0226), a non-EU identifier (0227), a RIDET (0228) or a TAHITI number (0229).",
    },
    ({ root, detected }) => (schemedIds(root, detected.syntax, "seller").some((e) => SELLER_SCHEMES.has(e.attrs.schemeID ?? "")) ? NONE : one({ element: root })),
  ),
  cproRule(
    "BR-FR-CPRO-10",
    ["BT-46", "BT-47"],
    {
      fr: "Chorus Pro : l'acheteur public doit être identifié par son SIRET (14 chiffres, schéma 0009) en BT-46 ou BT-47.",
      en: "Chorus Pro: the public buyer must be identified by its SIRET (14 digits, scheme 0009) in BT-46 or BT-47.",
    },
    ({ root, detected }) => {
      const ok = schemedIds(root, detected.syntax, "buyer").some((e) => e.attrs.schemeID === "0009" && /^\d{14}$/.test(stringValue(e).trim()));
      return ok ? NONE : one({ element: root });
    },
  ),
];

const lineCount = (root: XmlElement, syntax: Syntax) =>
  syntax === "CII" ? allAt(root, `${SCT}/ram:IncludedSupplyChainTradeLineItem`).length : allAt(root, root.key === "cn:CreditNote" ? "cac:CreditNoteLine" : "cac:InvoiceLine").length;

const countRules: Rule[] = [
  cproRule("BR-FR-CPRO-19", ["BG-25"], { fr: "Chorus Pro : une facture compte au plus 999 999 lignes ({value}).", en: "Chorus Pro: an invoice has at most 999,999 lines ({value})." }, ({ root, detected }) => {
    const n = lineCount(root, detected.syntax);
    return n > 999_999 ? one({ element: root, value: String(n) }) : NONE;
  }),
  cproRule("BR-FR-CPRO-20", ["BG-3", "BT-25"], { fr: "Chorus Pro : une seule facture antérieure (BG-3) peut être citée.", en: "Chorus Pro: only one preceding invoice (BG-3) may be referenced." }, ({ root, detected }) => allButFirst(detected.syntax === "CII" ? allAt(root, `${HS}/ram:InvoiceReferencedDocument`) : allAt(root, "cac:BillingReference"))),
  ...(
    [
      ["BR-FR-CPRO-26", "BG-6", "du vendeur", "seller", "ram:SellerTradeParty", SELLER_UBL],
      ["BR-FR-CPRO-27", "BG-9", "de l'acheteur", "buyer", "ram:BuyerTradeParty", BUYER_UBL],
    ] as const
  ).map(([id, term, fr, en, cii, ublParty]) =>
    cproRule(id, [term], { fr: `Chorus Pro : un seul contact ${fr} (${term}) est admis.`, en: `Chorus Pro: only one ${en} contact (${term}) is allowed.` }, ({ root, detected }) => allButFirst(detected.syntax === "CII" ? allAt(root, `${HA}/${cii}/ram:DefinedTradeContact`) : allAt(root, `${ublParty}/cac:Contact`))),
  ),
];

/** The Chorus Pro (B2G) deposit rules, set "cpro". */
export const cproRules: Rule[] = [...partyRules, ...lengthRules, ...countRules];
