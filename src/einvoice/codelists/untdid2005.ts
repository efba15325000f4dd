// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (facts from the published code lists).

/** UNTDID 2005 date/time qualifiers accepted for BT-8 in UBL (BR-CL-06). */
export const UNTDID2005_VAT_POINT: ReadonlySet<string> = new Set(
  (
    "3 35 432"
  ).split(" "),
);

/** French labels of the UBL VAT point date codes (BT-8). */
export const UNTDID2005_LABELS_FR: Readonly<Record<string, string>> = {
  "3": "Date d'émission de la facture",
  "35": "Date de livraison effective",
  "432": "Date de paiement",
};
