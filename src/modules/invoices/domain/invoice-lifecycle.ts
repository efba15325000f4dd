import { INVOICE_STATUSES, type InvoiceStatus } from "./invoice-statuses.js";

// The invoice lifecycle as data (chorus-pro.md §1.4): status × action × role → next status, with the fields the
// action requires. Everything else (buttons, API `allowedTransitions`, docs/lifecycle.md) is derived from this table.

/** Who acts: the supplier, the recipient (ordonnateur), the main contractor validating a subcontractor's invoice,
 * the public accountant (or Hélios), or the platform itself. */
export type LifecycleRole = "FOURNISSEUR" | "DESTINATAIRE" | "VALIDEUR" | "COMPTABLE" | "SYSTEME";
export const LIFECYCLE_ROLES: readonly LifecycleRole[] = ["FOURNISSEUR", "DESTINATAIRE", "VALIDEUR", "COMPTABLE", "SYSTEME"];

/** Fields an action may or must carry. */
export type TransitionField = "motif" | "numeroDPMandat" | "attachments" | "routing" | "comment" | "paymentDate";

export interface TransitionRule {
  action: string;
  from: readonly InvoiceStatus[];
  to: InvoiceStatus;
  roles: readonly LifecycleRole[];
  /** What the caller must give (a motif for a suspension, new routing for a recycling...). */
  requires: readonly TransitionField[];
  /** What the caller may give. */
  accepts: readonly TransitionField[];
  fr: string;
  en: string;
}

/** The statuses from which a recipient can still process an invoice (PASTELL's `getListeStatutCourant`, widened). */
const PROCESSABLE = ["MISE_A_DISPOSITION", "PRISE_EN_COMPTE_DESTINATAIRE", "COMPLETEE", "SERVICE_FAIT"] as const;
/** Optional statuses can be skipped, and Hélios may push accounting statuses out of order (§1.4). */
const BEFORE_PAYMENT = [...PROCESSABLE, "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE", "COMPTABILISEE"] as const;

export const TRANSITIONS = [
  { action: "DEPOSER", from: ["BROUILLON"], to: "DEPOSEE", roles: ["FOURNISSEUR"], requires: [], accepts: [], fr: "Valider et envoyer", en: "Validate and send" },
  { action: "ACHEMINER", from: ["DEPOSEE"], to: "EN_COURS_ACHEMINEMENT", roles: ["SYSTEME"], requires: [], accepts: [], fr: "Acheminer", en: "Route" },
  { action: "SOUMETTRE_VALIDATION", from: ["DEPOSEE", "EN_COURS_ACHEMINEMENT"], to: "A_VALIDER_1", roles: ["SYSTEME"], requires: [], accepts: [], fr: "Soumettre au titulaire", en: "Submit to main contractor" },
  { action: "VALIDER", from: ["A_VALIDER_1"], to: "VALIDEE_1", roles: ["VALIDEUR"], requires: [], accepts: ["comment"], fr: "Valider", en: "Validate" },
  { action: "REFUSER", from: ["A_VALIDER_1"], to: "REFUSEE_1", roles: ["VALIDEUR"], requires: ["motif"], accepts: ["comment"], fr: "Refuser", en: "Refuse" },
  { action: "CONSTATER_ABSENCE_VALIDATION", from: ["A_VALIDER_1"], to: "ABSENCE_VALIDATION_1_HORS_DELAI", roles: ["SYSTEME"], requires: [], accepts: [], fr: "Valider tacitement (15 jours)", en: "Tacit validation (15 days)" },
  { action: "METTRE_A_DISPOSITION", from: ["DEPOSEE", "EN_COURS_ACHEMINEMENT", "VALIDEE_1", "ABSENCE_VALIDATION_1_HORS_DELAI"], to: "MISE_A_DISPOSITION", roles: ["SYSTEME"], requires: [], accepts: [], fr: "Mettre à disposition du destinataire", en: "Make available to the recipient" },
  { action: "REPRENDRE", from: ["SUSPENDUE", "PRISE_EN_COMPTE_DESTINATAIRE"], to: "MISE_A_DISPOSITION", roles: ["DESTINATAIRE"], requires: [], accepts: ["comment"], fr: "Remettre à disposition", en: "Put back in the inbox" },
  { action: "PRENDRE_EN_CHARGE", from: ["MISE_A_DISPOSITION", "COMPLETEE"], to: "PRISE_EN_COMPTE_DESTINATAIRE", roles: ["DESTINATAIRE"], requires: [], accepts: ["comment"], fr: "Prendre en charge", en: "Take in hand" },
  { action: "SUSPENDRE", from: PROCESSABLE, to: "SUSPENDUE", roles: ["DESTINATAIRE"], requires: ["motif"], accepts: ["comment"], fr: "Suspendre", en: "Suspend" },
  { action: "DEMANDER_RECYCLAGE", from: ["MISE_A_DISPOSITION", "PRISE_EN_COMPTE_DESTINATAIRE", "COMPLETEE"], to: "A_RECYCLER", roles: ["DESTINATAIRE"], requires: ["motif"], accepts: ["comment"], fr: "Mettre à recycler", en: "Send back for re-addressing" },
  { action: "REJETER", from: [...PROCESSABLE, "MANDATEE"], to: "REJETEE", roles: ["DESTINATAIRE"], requires: ["motif"], accepts: ["comment"], fr: "Rejeter", en: "Reject" },
  { action: "CONSTATER_SERVICE_FAIT", from: ["MISE_A_DISPOSITION", "PRISE_EN_COMPTE_DESTINATAIRE", "COMPLETEE"], to: "SERVICE_FAIT", roles: ["DESTINATAIRE"], requires: [], accepts: ["comment"], fr: "Constater le service fait", en: "Certify service rendered" },
  { action: "MANDATER", from: PROCESSABLE, to: "MANDATEE", roles: ["DESTINATAIRE"], requires: [], accepts: ["numeroDPMandat", "comment"], fr: "Mandater", en: "Issue payment order" },
  { action: "TRANSMETTRE_AU_COMPTABLE", from: [...PROCESSABLE, "MANDATEE"], to: "MISE_A_DISPOSITION_COMPTABLE", roles: ["DESTINATAIRE", "COMPTABLE", "SYSTEME"], requires: [], accepts: ["comment"], fr: "Mettre à disposition du comptable", en: "Send to the accountant" },
  { action: "COMPTABILISER", from: [...PROCESSABLE, "MANDATEE", "MISE_A_DISPOSITION_COMPTABLE"], to: "COMPTABILISEE", roles: ["DESTINATAIRE", "COMPTABLE"], requires: [], accepts: ["comment"], fr: "Comptabiliser", en: "Book" },
  { action: "METTRE_EN_PAIEMENT", from: BEFORE_PAYMENT, to: "MISE_EN_PAIEMENT", roles: ["DESTINATAIRE", "COMPTABLE", "SYSTEME"], requires: [], accepts: ["paymentDate", "comment"], fr: "Mettre en paiement", en: "Send payment" },
  { action: "COMPLETER", from: ["SUSPENDUE"], to: "COMPLETEE", roles: ["FOURNISSEUR"], requires: ["attachments"], accepts: ["comment"], fr: "Compléter", en: "Complete" },
  { action: "RECYCLER", from: ["A_RECYCLER"], to: "DEPOSEE", roles: ["FOURNISSEUR"], requires: ["routing"], accepts: ["comment"], fr: "Recycler (corriger le destinataire)", en: "Re-address" },
  { action: "CONSTATER_ENCAISSEMENT", from: ["MISE_EN_PAIEMENT"], to: "ENCAISSEE", roles: ["FOURNISSEUR"], requires: [], accepts: ["paymentDate", "comment"], fr: "Déclarer encaissée", en: "Mark as received" },
] as const satisfies readonly TransitionRule[];

export type InvoiceAction = (typeof TRANSITIONS)[number]["action"];
export const ALL_ACTIONS = [...new Set(TRANSITIONS.map((t) => t.action))] as InvoiceAction[];

/** Thrown when the table has no row for (status, action, role), or a required field is missing. */
export class InvalidTransitionError extends Error {
  readonly from: InvoiceStatus;
  readonly action: string;
  readonly role: LifecycleRole;
  readonly missing: readonly TransitionField[];

  constructor(from: InvoiceStatus, action: string, role: LifecycleRole, missing: readonly TransitionField[] = []) {
    super(
      missing.length > 0
        ? `L'action « ${action} » demande : ${missing.join(", ")}.`
        : `L'action « ${action} » n'est pas possible pour le rôle ${role} sur une facture au statut « ${INVOICE_STATUSES[from].fr} ».`,
    );
    this.name = "InvalidTransitionError";
    this.from = from;
    this.action = action;
    this.role = role;
    this.missing = missing;
  }
}

/** What the caller gives with an action. */
export type TransitionInput = Partial<Record<TransitionField, unknown>>;

function given(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** The table row for (status, action, role), or undefined. */
export function findTransition(from: InvoiceStatus, action: string, role: LifecycleRole): TransitionRule | undefined {
  return (TRANSITIONS as readonly TransitionRule[]).find((t) => t.action === action && t.from.includes(from) && t.roles.includes(role));
}

/** The next status for (status, action, role); throws InvalidTransitionError when not allowed or incomplete. */
export function transition(from: InvoiceStatus, action: string, role: LifecycleRole, input: TransitionInput = {}): InvoiceStatus {
  const rule = findTransition(from, action, role);
  if (!rule) throw new InvalidTransitionError(from, action, role);
  const missing = rule.requires.filter((f) => !given(input[f]));
  if (missing.length > 0) throw new InvalidTransitionError(from, action, role, missing);
  return rule.to;
}

/** Every action `role` may take on an invoice in `status`, with its target and required fields (for the UI/API). */
export function allowedTransitions(status: InvoiceStatus, role: LifecycleRole): TransitionRule[] {
  return (TRANSITIONS as readonly TransitionRule[]).filter((t) => t.from.includes(status) && t.roles.includes(role));
}

/**
 * What the platform does by itself once an invoice reaches a status (SYSTEME actions of the table): a deposited
 * invoice is routed to its recipient, or first to the main contractor when its billing framework needs a validation
 * (A9 subcontractor, chorus-pro.md §1.4); a validated one (expressly or tacitly) goes on to the recipient.
 */
export const AUTOMATIC_FOLLOW_UPS = {
  DEPOSEE: { direct: "METTRE_A_DISPOSITION", validation: "SOUMETTRE_VALIDATION" },
  VALIDEE_1: { direct: "METTRE_A_DISPOSITION", validation: "METTRE_A_DISPOSITION" },
  ABSENCE_VALIDATION_1_HORS_DELAI: { direct: "METTRE_A_DISPOSITION", validation: "METTRE_A_DISPOSITION" },
} as const satisfies Partial<Record<InvoiceStatus, { direct: InvoiceAction; validation: InvoiceAction }>>;

/** The automatic follow-up of a status, for an invoice whose framework needs a validation or not. */
export function automaticFollowUp(status: InvoiceStatus, needsValidation: boolean): InvoiceAction | undefined {
  const entry = (AUTOMATIC_FOLLOW_UPS as Partial<Record<InvoiceStatus, { direct: InvoiceAction; validation: InvoiceAction }>>)[status];
  return entry ? entry[needsValidation ? "validation" : "direct"] : undefined;
}

/** Statuses that end by themselves when nobody answers in time: the main contractor has 15 days (tacit validation). */
export const STATUS_TIMEOUTS = [{ status: "A_VALIDER_1", afterDays: 15, action: "CONSTATER_ABSENCE_VALIDATION" }] as const satisfies ReadonlyArray<{ status: InvoiceStatus; afterDays: number; action: InvoiceAction }>;
