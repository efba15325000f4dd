// Cadres de facturation (chorus-pro.md §2): the ones a supplier can choose when depositing an invoice here.
// Works frameworks (A4..A8, A10.., MOE/MOA) run in a separate circuit and are not offered.

export const BILLING_FRAMEWORKS = {
  A1_FACTURE_FOURNISSEUR: { fr: "Dépôt par un fournisseur d'une facture", en: "Invoice from a supplier", validation: false },
  A2_FACTURE_FOURNISSEUR_DEJA_PAYEE: { fr: "Dépôt par un fournisseur d'une facture déjà payée", en: "Invoice already paid", validation: false },
  A9_FACTURE_SOUSTRAITANT: { fr: "Dépôt par un sous-traitant d'une facture", en: "Invoice from a subcontractor", validation: true },
  A12_FACTURE_COTRAITANT: { fr: "Dépôt par un cotraitant d'une facture", en: "Invoice from a co-contractor", validation: false },
} as const;
export type BillingFramework = keyof typeof BILLING_FRAMEWORKS;
export const ALL_FRAMEWORKS = Object.keys(BILLING_FRAMEWORKS) as BillingFramework[];
