// French (then English) messages of the VAT category rules, built from the category and the business terms.

export interface Category {
  code: string;
  fr: string;
  en: string;
}

/** The VAT categories (UNTDID 5305) of the families BR-S … BR-AG. */
export const CATEGORY = {
  S: { code: "S", fr: "« taux normal » (S)", en: "Standard rated (S)" },
  Z: { code: "Z", fr: "« taux zéro » (Z)", en: "Zero rated (Z)" },
  E: { code: "E", fr: "« exonérée » (E)", en: "Exempt from VAT (E)" },
  AE: { code: "AE", fr: "« autoliquidation » (AE)", en: "Reverse charge (AE)" },
  K: { code: "K", fr: "« livraison intracommunautaire » (K)", en: "Intra-community supply (K)" },
  G: { code: "G", fr: "« exportation hors UE » (G)", en: "Export outside the EU (G)" },
  O: { code: "O", fr: "« hors champ de la TVA » (O)", en: "Not subject to VAT (O)" },
  L: { code: "L", fr: "« IGIC des Canaries » (L)", en: "Canary Islands IGIC (L)" },
  M: { code: "M", fr: "« IPSI de Ceuta et Melilla » (M)", en: "Ceuta and Melilla IPSI (M)" },
} as const satisfies Record<string, Category>;

export interface Message {
  terms: readonly string[];
  fr: string;
  en: string;
}

/** BR-x-01: a category used on a line, allowance or charge needs its VAT breakdown (exactly one, or at least one). */
export function presence(c: Category, exactlyOne: boolean): Message {
  const n = exactlyOne ? "exactement un" : "au moins un";
  return {
    terms: ["BG-23", "BT-118", "BT-151", "BT-95", "BT-102"],
    fr: `Une facture dont une ligne (BT-151), une remise (BT-95) ou des frais (BT-102) sont en catégorie ${c.fr} doit avoir ${n} récapitulatif de TVA (BG-23) de catégorie ${c.code} (BT-118), et un récapitulatif ${c.code} suppose une ligne, une remise ou des frais de cette catégorie.`,
    en: `An invoice with a line, allowance or charge of category ${c.en} must have ${exactlyOne ? "exactly one" : "at least one"} VAT breakdown (BG-23) with category code ${c.code}.`,
  };
}

const WHERE = {
  line: { fr: "une ligne de facture (BG-25, BT-151)", en: "an invoice line (BT-151)", rate: "BT-152" },
  allowance: { fr: "une remise au niveau du document (BG-20, BT-95)", en: "a document level allowance (BT-95)", rate: "BT-96" },
  charge: { fr: "des frais au niveau du document (BG-21, BT-102)", en: "a document level charge (BT-102)", rate: "BT-103" },
} as const;

export type Where = keyof typeof WHERE;

/** What BR-x-02/03/04 require of the parties' identifiers. */
export type PartyNeed = "sellerVatOrTaxId" | "sellerVat" | "sellerAndBuyerReverseCharge" | "sellerAndBuyerVat" | "noVatIds";

const NEED: Record<PartyNeed, { fr: string; en: string; terms: string[] }> = {
  sellerVatOrTaxId: {
    fr: "exige le numéro de TVA du vendeur (BT-31), son identifiant fiscal (BT-32) ou le numéro de TVA de son représentant fiscal (BT-63)",
    en: "requires the Seller VAT identifier (BT-31), the Seller tax registration identifier (BT-32) or the Seller tax representative VAT identifier (BT-63)",
    terms: ["BT-31", "BT-32", "BT-63"],
  },
  sellerVat: {
    fr: "exige le numéro de TVA du vendeur (BT-31) ou celui de son représentant fiscal (BT-63)",
    en: "requires the Seller VAT identifier (BT-31) or the Seller tax representative VAT identifier (BT-63)",
    terms: ["BT-31", "BT-63"],
  },
  sellerAndBuyerReverseCharge: {
    fr: "exige le numéro de TVA (BT-31), l'identifiant fiscal (BT-32) du vendeur ou le numéro de TVA de son représentant fiscal (BT-63), et le numéro de TVA (BT-48) ou l'identifiant légal (BT-47) de l'acheteur",
    en: "requires a Seller VAT identifier (BT-31), tax registration identifier (BT-32) or tax representative VAT identifier (BT-63), and the Buyer VAT identifier (BT-48) or legal registration identifier (BT-47)",
    terms: ["BT-31", "BT-32", "BT-63", "BT-48", "BT-47"],
  },
  sellerAndBuyerVat: {
    fr: "exige le numéro de TVA du vendeur (BT-31) ou de son représentant fiscal (BT-63), et le numéro de TVA de l'acheteur (BT-48)",
    en: "requires the Seller VAT identifier (BT-31) or tax representative VAT identifier (BT-63), and the Buyer VAT identifier (BT-48)",
    terms: ["BT-31", "BT-63", "BT-48"],
  },
  noVatIds: {
    fr: "interdit les numéros de TVA du vendeur (BT-31), de son représentant fiscal (BT-63) et de l'acheteur (BT-48) : retirez-les ou changez de catégorie",
    en: "forbids the Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48)",
    terms: ["BT-31", "BT-63", "BT-48"],
  },
};

/** BR-x-02/03/04: the identifiers a category requires (or forbids) on the parties. */
export function parties(c: Category, where: Where, need: PartyNeed): Message {
  const w = WHERE[where];
  const n = NEED[need];
  return {
    terms: [where === "line" ? "BT-151" : where === "allowance" ? "BT-95" : "BT-102", ...n.terms],
    fr: `La facture contient ${w.fr} en catégorie ${c.fr} : cette catégorie ${n.fr}.`,
    en: `An invoice with ${w.en} of category ${c.en} ${n.en}.`,
  };
}

/** What BR-x-05/06/07 require of the rate. */
export type RateNeed = "positive" | "zeroOrMore" | "zero" | "absent";

const RATE: Record<RateNeed, { fr: string; en: string }> = {
  positive: { fr: "doit être supérieur à zéro", en: "shall be greater than zero" },
  zeroOrMore: { fr: "doit être supérieur ou égal à zéro", en: "shall be 0 or greater" },
  zero: { fr: "doit être 0", en: "shall be 0 (zero)" },
  absent: { fr: "ne doit pas être renseigné", en: "shall not be given" },
};

/** BR-x-05/06/07: the VAT rate of a line, allowance or charge of that category. */
export function rate(c: Category, where: Where, need: RateNeed): Message {
  const w = WHERE[where];
  return {
    terms: [w.rate],
    fr: `Pour ${w.fr} en catégorie ${c.fr}, le taux de TVA (${w.rate}) ${RATE[need].fr}.`,
    en: `For ${w.en} of category ${c.en}, the VAT rate (${w.rate}) ${RATE[need].en}.`,
  };
}

/** BR-x-08: the taxable amount of the breakdown against lines, charges and allowances. */
export function taxable(c: Category, perRate: boolean): Message {
  const r = perRate ? " et de même taux (BT-119)" : "";
  return {
    terms: ["BT-116", "BT-131", "BT-99", "BT-92"],
    fr: `Le montant imposable (BT-116) du récapitulatif de TVA en catégorie ${c.fr} doit être égal à la somme des montants nets des lignes (BT-131), plus les frais (BT-99), moins les remises (BT-92) de cette catégorie${r}.`,
    en: `The VAT category taxable amount (BT-116) of category ${c.en} shall equal the sum of the line net amounts (BT-131) plus charges (BT-99) minus allowances (BT-92) of that category${perRate ? " and rate" : ""}.`,
  };
}

/** BR-x-09: the tax amount of the breakdown (rate × base, or zero). */
export function taxAmount(c: Category, zero: boolean): Message {
  return zero
    ? {
        terms: ["BT-117"],
        fr: `Le montant de TVA (BT-117) du récapitulatif en catégorie ${c.fr} doit être 0.`,
        en: `The VAT category tax amount (BT-117) of category ${c.en} shall be 0 (zero).`,
      }
    : {
        terms: ["BT-117", "BT-116", "BT-119"],
        fr: `Le montant de TVA (BT-117) du récapitulatif en catégorie ${c.fr} doit être égal au montant imposable (BT-116) multiplié par le taux (BT-119), arrondi au centime.`,
        en: `The VAT category tax amount (BT-117) of category ${c.en} shall equal the taxable amount (BT-116) multiplied by the rate (BT-119).`,
      };
}

/** BR-x-10: the exemption reason of the breakdown (required or forbidden). */
export function exemption(c: Category, required: boolean): Message {
  return required
    ? {
        terms: ["BT-120", "BT-121"],
        fr: `Le récapitulatif de TVA en catégorie ${c.fr} doit indiquer le motif d'exonération (BT-120) ou son code (BT-121).`,
        en: `A VAT breakdown of category ${c.en} shall have a VAT exemption reason code (BT-121) or text (BT-120).`,
      }
    : {
        terms: ["BT-120", "BT-121"],
        fr: `Le récapitulatif de TVA en catégorie ${c.fr} ne doit pas indiquer de motif d'exonération (BT-120) ni de code de motif (BT-121).`,
        en: `A VAT breakdown of category ${c.en} shall not have a VAT exemption reason code (BT-121) or text (BT-120).`,
      };
}
