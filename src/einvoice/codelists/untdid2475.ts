// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (facts from the published code lists).

/** UNTDID 2475 payment time references accepted for BT-8 in CII (BR-CL-06). */
export const UNTDID2475_VAT_POINT: ReadonlySet<string> = new Set(
  (
    "5 29 72"
  ).split(" "),
);

/** French labels of the CII VAT point date codes (BT-8). */
export const UNTDID2475_LABELS_FR: Readonly<Record<string, string>> = {
  "5": "Date d'émission de la facture",
  "29": "Date de livraison",
  "72": "Date de paiement",
};
