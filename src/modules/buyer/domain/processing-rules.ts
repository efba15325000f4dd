// What the buyer must give with each target status, on top of the lifecycle table (chorus-pro.md §1.4, §1.6):
// a rejection names a reason from the reform's list (MDT-113 business codes) and explains it; a suspension gives a
// motif of at most 255 characters and the documents expected back; a payment gives its date and amount.

/** Business refusal reasons a buyer may give (reform CDAR MDT-113, business codes only; platform codes are not the buyer's). */
export const REJECTION_REASONS = {
  NON_TRANSMISE: "Facture non transmise au bon destinataire",
  JUSTIF_ABS: "Justificatif absent ou insuffisant",
  ROUTAGE_ERR: "Erreur de routage",
  AUTRE: "Autre motif",
  COORD_BANC_ERR: "Coordonnées bancaires erronées",
  TX_TVA_ERR: "Taux de TVA erroné",
  MONTANTTOTAL_ERR: "Montant total erroné",
  CALCUL_ERR: "Erreur de calcul",
  NON_CONFORME: "Facture non conforme",
  DOUBLON: "Facture en double",
  DEST_INC: "Destinataire inconnu",
  DEST_ERR: "Destinataire erroné",
  TRANSAC_INC: "Transaction inconnue",
  EMMET_INC: "Émetteur inconnu",
  CONTRAT_TERM: "Contrat terminé",
  DOUBLE_FACT: "Double facturation",
  CMD_ERR: "Référence de commande erronée",
  ADR_ERR: "Adresse erronée",
  SIRET_ERR: "SIRET erroné",
  CODE_ROUTAGE_ERR: "Code de routage erroné",
  REF_CT_ABSENT: "Référence du contrat absente",
  REF_ERR: "Référence erronée",
  PU_ERR: "Prix unitaire erroné",
  REM_ERR: "Remise erronée",
  QTE_ERR: "Quantité erronée",
  ART_ERR: "Article erroné",
  MODPAI_ERR: "Modalités de paiement erronées",
  QUALITE_ERR: "Qualité non conforme",
  LIVR_INCOMP: "Livraison incomplète",
} as const;
export type RejectionReason = keyof typeof REJECTION_REASONS;

export const MOTIF_MAX = 255;

/** What a caller sends with a processing request (every field optional; the target decides which are required). */
export interface ProcessingInput {
  to: string;
  motif?: string | undefined;
  reason?: string | undefined;
  expectedDocuments?: readonly string[] | undefined;
  mandateNumber?: string | undefined;
  paymentDate?: string | undefined;
  amountPaid?: string | undefined;
  comment?: string | undefined;
}

/** One refusal of a processing request: the field and the rule it breaks, with a French message. */
export interface ProcessingFinding {
  field: string;
  rule: string;
  message: string;
  /** The same in English (the HTTP edge gives it to a caller who asks for English first, never this field). */
  messageEn: string;
}

const text = (v: string | undefined): string => (v ?? "").trim();
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;

function isRealDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** The fields a target status requires from the buyer, for the UI and the API documentation. */
export const REQUIRED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  REJETEE: ["reason", "motif"],
  SUSPENDUE: ["motif", "expectedDocuments"],
  A_RECYCLER: ["motif"],
  MANDATEE: ["mandateNumber"],
  MISE_EN_PAIEMENT: ["paymentDate", "amountPaid"],
};

/** Checks the fields a processing request carries for its target; empty when complete and well formed. */
export function checkProcessingInput(input: ProcessingInput): ProcessingFinding[] {
  const findings: ProcessingFinding[] = [];
  const need = (field: string, ok: boolean, rule: string, message: string, messageEn: string) => {
    if (!ok) findings.push({ field, rule, message, messageEn });
  };
  const motif = text(input.motif);
  need("motif", motif.length <= MOTIF_MAX, "MOTIF_TOO_LONG", `Le motif ne peut dépasser ${MOTIF_MAX} caractères.`, `The reason cannot be longer than ${MOTIF_MAX} characters.`);
  switch (input.to) {
    case "REJETEE":
      need("reason", input.reason !== undefined && input.reason in REJECTION_REASONS, "REASON_REQUIRED", "Choisissez le motif de rejet dans la liste.", "Choose the rejection reason from the list.");
      need("motif", motif.length > 0, "MOTIF_REQUIRED", "Expliquez le rejet au fournisseur.", "Explain the rejection to the supplier.");
      break;
    case "SUSPENDUE": {
      need("motif", motif.length > 0, "MOTIF_REQUIRED", "Indiquez le motif de la suspension.", "Give the reason for the suspension.");
      const docs = (input.expectedDocuments ?? []).map((d) => d.trim()).filter((d) => d.length > 0);
      need("expectedDocuments", docs.length > 0, "EXPECTED_DOCUMENTS_REQUIRED", "Listez les pièces attendues du fournisseur.", "List the documents expected from the supplier.");
      break;
    }
    case "A_RECYCLER":
      need("motif", motif.length > 0, "MOTIF_REQUIRED", "Indiquez pourquoi la facture doit être recyclée (destinataire, service, engagement).", "Say why the invoice must be recycled (recipient, service, commitment).");
      break;
    case "MANDATEE":
      need("mandateNumber", text(input.mandateNumber).length > 0 && text(input.mandateNumber).length <= 50, "MANDATE_NUMBER_REQUIRED", "Indiquez le numéro du mandat (50 caractères au plus).", "Give the payment order number (50 characters at most).");
      break;
    case "MISE_EN_PAIEMENT":
      need("paymentDate", isRealDate(text(input.paymentDate)), "PAYMENT_DATE_REQUIRED", "Indiquez la date de mise en paiement (AAAA-MM-JJ).", "Give the payment date (YYYY-MM-DD).");
      need("amountPaid", AMOUNT.test(text(input.amountPaid)) && Number(input.amountPaid) > 0, "AMOUNT_PAID_REQUIRED", "Indiquez le montant mis en paiement (nombre positif, deux décimales au plus).", "Give the amount paid (a positive number, two decimals at most).");
      break;
  }
  return findings;
}

/** The event details a processing request records (only the fields that matter for its target, trimmed). */
export function processingDetails(input: ProcessingInput): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  if (input.to === "REJETEE" && input.reason) details.reason = input.reason;
  if (input.to === "SUSPENDUE") details.expectedDocuments = (input.expectedDocuments ?? []).map((d) => d.trim()).filter((d) => d.length > 0);
  if (input.to === "MANDATEE") details.mandateNumber = text(input.mandateNumber);
  if (input.to === "MISE_EN_PAIEMENT") Object.assign(details, { paymentDate: text(input.paymentDate), amountPaid: text(input.amountPaid) });
  return details;
}
