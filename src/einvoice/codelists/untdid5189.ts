// Values as the CEN EN 16931 validation artefacts 1.3.16 list them (facts from the published code lists).

/** UNTDID 5189 allowance reason codes accepted for BT-98 and BT-140 (BR-CL-19). */
export const UNTDID5189_ALLOWANCE_REASONS: ReadonlySet<string> = new Set(
  (
    "41 42 60 62 63 64 65 66 67 68 70 71 88 95 100 102 103 104 105"
  ).split(" "),
);

/** French labels of the allowance reasons (BT-98, BT-140). */
export const UNTDID5189_LABELS_FR: Readonly<Record<string, string>> = {
  "41": "Bonus pour travaux en avance",
  "42": "Autre bonus",
  "60": "Remise fabricant au consommateur",
  "62": "Remise liée au statut militaire",
  "63": "Remise liée à un accident du travail",
  "64": "Accord spécial",
  "65": "Remise pour défaut de production",
  "66": "Remise nouveau point de vente",
  "67": "Remise sur échantillon",
  "68": "Remise fin de série",
  "70": "Remise Incoterm",
  "71": "Remise seuil point de vente",
  "88": "Supplément ou déduction matière",
  "95": "Remise",
  "100": "Ristourne spéciale",
  "102": "Remise à long terme",
  "103": "Remise temporaire",
  "104": "Remise standard",
  "105": "Ristourne sur chiffre d'affaires annuel",
};
