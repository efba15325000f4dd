// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (facts from the published code lists).

/** UNTDID 5305 VAT category codes accepted for BT-95, BT-102, BT-118 and BT-151 (BR-CL-17/18). */
export const UNTDID5305_VAT_CATEGORIES: ReadonlySet<string> = new Set(
  (
    "AE L M E S Z G O K B"
  ).split(" "),
);

/** French labels of the VAT categories (BT-95, BT-102, BT-118, BT-151). */
export const UNTDID5305_LABELS_FR: Readonly<Record<string, string>> = {
  S: "Taux normal",
  Z: "Taux zéro",
  E: "Exonéré de TVA",
  AE: "Autoliquidation",
  K: "Livraison intracommunautaire exonérée",
  G: "Exportation hors UE exonérée",
  O: "Hors champ d'application de la TVA",
  L: "IGIC (îles Canaries)",
  M: "IPSI (Ceuta et Melilla)",
  B: "Transfert (Italie)",
};
