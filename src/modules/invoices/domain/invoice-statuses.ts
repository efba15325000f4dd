// The invoice statuses (chorus-pro.md §1.3), with their French and English labels and the 2026 reform CDAR code
// (MDT-9 process condition, §1.6) each maps to. Pure data.

/** The 2026 reform lifecycle codes ("CDV", CDAR message): 200..213. */
export const CDAR_CODES = {
  200: { fr: "Déposée", en: "Submitted" },
  201: { fr: "Émise par la plateforme", en: "Issued by platform" },
  202: { fr: "Reçue par la plateforme", en: "Received by platform" },
  203: { fr: "Mise à disposition", en: "Made available" },
  204: { fr: "Prise en charge", en: "In hand" },
  205: { fr: "Approuvée", en: "Approved" },
  206: { fr: "Approuvée partiellement", en: "Partially approved" },
  207: { fr: "En litige", en: "Disputed" },
  208: { fr: "Suspendue", en: "Suspended" },
  209: { fr: "Complétée", en: "Completed" },
  210: { fr: "Refusée", en: "Refused" },
  211: { fr: "Paiement transmis", en: "Payment sent" },
  212: { fr: "Encaissée", en: "Payment received" },
  213: { fr: "Rejetée", en: "Rejected" },
} as const;
export type CdarCode = keyof typeof CDAR_CODES;

export interface StatusInfo {
  fr: string;
  en: string;
  /** The reform code this status is reported as; null when the status is internal to the portal. */
  cdar: CdarCode | null;
  /** No transition leaves it. */
  terminal: boolean;
  /** Shown to the supplier. */
  visibleToSupplier: boolean;
  /** Shown to the recipient: not while the invoice is still with its author or the main contractor (A9 validation). */
  visibleToRecipient: boolean;
  /** Which side is expected to act next (drives work lists). */
  waitingFor: "FOURNISSEUR" | "DESTINATAIRE" | "VALIDEUR" | "SYSTEME" | "COMPTABLE" | null;
}

/**
 * Every status. The CDAR mapping follows the one published reading (chorus-pro.md §1.6, not official) and, where it
 * is silent, our own: A_RECYCLER is a dispute the supplier can fix (207), the accountant's statuses are internal.
 */
export const INVOICE_STATUSES = {
  BROUILLON: { fr: "Brouillon", en: "Draft", cdar: null, terminal: false, visibleToSupplier: true, visibleToRecipient: false, waitingFor: "FOURNISSEUR" },
  DEPOSEE: { fr: "Déposée", en: "Submitted", cdar: 200, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "SYSTEME" },
  EN_COURS_ACHEMINEMENT: { fr: "En cours d'acheminement", en: "Being routed", cdar: 201, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "SYSTEME" },
  A_VALIDER_1: { fr: "À valider par le titulaire", en: "Awaiting main contractor's validation", cdar: null, terminal: false, visibleToSupplier: true, visibleToRecipient: false, waitingFor: "VALIDEUR" },
  VALIDEE_1: { fr: "Validée par le titulaire", en: "Validated by main contractor", cdar: null, terminal: false, visibleToSupplier: true, visibleToRecipient: false, waitingFor: "SYSTEME" },
  REFUSEE_1: { fr: "Refusée par le titulaire", en: "Refused by main contractor", cdar: 210, terminal: true, visibleToSupplier: true, visibleToRecipient: false, waitingFor: null },
  ABSENCE_VALIDATION_1_HORS_DELAI: { fr: "Validation tacite (délai de 15 jours dépassé)", en: "Tacitly validated (15 days elapsed)", cdar: null, terminal: false, visibleToSupplier: true, visibleToRecipient: false, waitingFor: "SYSTEME" },
  MISE_A_DISPOSITION: { fr: "Mise à disposition du destinataire", en: "Made available to the recipient", cdar: 203, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "DESTINATAIRE" },
  PRISE_EN_COMPTE_DESTINATAIRE: { fr: "Prise en charge par le destinataire", en: "Taken in hand by the recipient", cdar: 204, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "DESTINATAIRE" },
  A_RECYCLER: { fr: "À recycler", en: "To be re-addressed", cdar: 207, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "FOURNISSEUR" },
  SUSPENDUE: { fr: "Suspendue", en: "Suspended", cdar: 208, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "FOURNISSEUR" },
  COMPLETEE: { fr: "Complétée", en: "Completed", cdar: 209, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "DESTINATAIRE" },
  REJETEE: { fr: "Rejetée", en: "Rejected", cdar: 210, terminal: true, visibleToSupplier: true, visibleToRecipient: true, waitingFor: null },
  SERVICE_FAIT: { fr: "Service fait", en: "Service rendered", cdar: 205, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "DESTINATAIRE" },
  MANDATEE: { fr: "Mandatée", en: "Payment order issued", cdar: 205, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "COMPTABLE" },
  MISE_A_DISPOSITION_COMPTABLE: { fr: "Mise à disposition du comptable", en: "Sent to the public accountant", cdar: null, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "COMPTABLE" },
  COMPTABILISEE: { fr: "Comptabilisée", en: "Booked by the accountant", cdar: null, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "COMPTABLE" },
  MISE_EN_PAIEMENT: { fr: "Mise en paiement", en: "Payment sent", cdar: 211, terminal: false, visibleToSupplier: true, visibleToRecipient: true, waitingFor: "FOURNISSEUR" },
  ENCAISSEE: { fr: "Encaissée", en: "Payment received", cdar: 212, terminal: true, visibleToSupplier: true, visibleToRecipient: true, waitingFor: null },
} as const satisfies Record<string, StatusInfo>;

export type InvoiceStatus = keyof typeof INVOICE_STATUSES;

/** Every status, in lifecycle order. */
export const ALL_STATUSES = Object.keys(INVOICE_STATUSES) as InvoiceStatus[];

/** The statuses in which the recipient sees an invoice (not a draft, not one still with the main contractor). */
export const RECIPIENT_STATUSES: readonly InvoiceStatus[] = ALL_STATUSES.filter((s) => INVOICE_STATUSES[s].visibleToRecipient);

/** True for a known status code. */
export function isInvoiceStatus(value: string): value is InvoiceStatus {
  return Object.hasOwn(INVOICE_STATUSES, value);
}

/** The French label of a status. */
export function statusLabel(status: InvoiceStatus, locale: "fr" | "en" = "fr"): string {
  return INVOICE_STATUSES[status][locale];
}
