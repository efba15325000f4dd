// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (facts from the published code lists).

/** UNTDID 4461 payment means codes accepted for BT-81 (BR-CL-16). */
export const UNTDID4461_PAYMENT_MEANS: ReadonlySet<string> = new Set(
  (
    "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 " +
    "39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63 64 65 66 67 68 69 70 74 75 76 " +
    "77 78 91 92 93 94 95 96 97 98 ZZZ"
  ).split(" "),
);

/** French labels of the payment means most used (BT-81). */
export const UNTDID4461_LABELS_FR: Readonly<Record<string, string>> = {
  "1": "Non défini",
  "10": "Espèces",
  "20": "Chèque",
  "30": "Virement",
  "31": "Virement de débit",
  "42": "Paiement sur compte bancaire",
  "48": "Carte bancaire",
  "49": "Prélèvement",
  "57": "Ordre permanent",
  "58": "Virement SEPA",
  "59": "Prélèvement SEPA",
  "97": "Compensation entre partenaires",
  ZZZ: "Moyen défini d'un commun accord",
};
