import type { RecipientInfo } from "../ports.js";
import { BILLING_FRAMEWORKS, type BillingFramework } from "./billing-frameworks.js";
import { type DepositFinding, finding } from "./deposit-findings.js";
import { STATUS_TIMEOUTS } from "./invoice-lifecycle.js";
import { INVOICE_STATUSES } from "./invoice-statuses.js";

// The subcontractor's circuit (A9, chorus-pro.md §1.4): the invoice goes first to the main contractor (titulaire),
// who validates or refuses it within 15 days (silence is tacit validation), and only then to the public buyer.

/** True when invoices of that framework are validated by the main contractor before reaching the recipient. */
export function needsValidation(framework: string | null | undefined): boolean {
  const info = (BILLING_FRAMEWORKS as Record<string, { validation: boolean } | undefined>)[framework ?? ""];
  return info?.validation === true;
}

/** The billing frameworks whose invoices go to the main contractor first (A9). */
export const FRAMEWORKS_WITH_VALIDATION: readonly string[] = Object.keys(BILLING_FRAMEWORKS).filter((f) => needsValidation(f));

/** The statuses an invoice passes before routing: for a framework with validation, the recipient does not see them. */
export const BEFORE_ROUTING = ["DEPOSEE", "EN_COURS_ACHEMINEMENT"] as const;

/**
 * Whether the recipient's side is told of a change to `to` (live events, change feed, webhooks, mails): the status
 * must be one it sees, and an invoice still on its way to the main contractor (A9) is not yet the recipient's.
 */
export function recipientSeesChange(framework: string | null | undefined, to: string): boolean {
  const status = (INVOICE_STATUSES as Record<string, { visibleToRecipient: boolean } | undefined>)[to];
  if (!status?.visibleToRecipient) return false;
  return !(needsValidation(framework) && (BEFORE_ROUTING as readonly string[]).includes(to));
}

/** How long the main contractor has before the validation is tacit. */
export const VALIDATION_DELAY_DAYS: number = STATUS_TIMEOUTS.find((t) => t.status === "A_VALIDER_1")?.afterDays ?? 15;

/** The instant after which a validation requested at `requestedAt` becomes tacit. */
export function validationDueAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + VALIDATION_DELAY_DAYS * 24 * 3600_000);
}

export interface ValidatorFacts {
  framework: BillingFramework | undefined;
  validatorSiret: string | undefined;
  /** The validator's structure in the directory (undefined: not registered). */
  validator: RecipientInfo | undefined;
  supplierSiret: string | undefined;
  recipientSiret: string | undefined;
}

/** The checks on the main contractor named for a subcontractor's invoice (none for other frameworks). */
export function checkValidator(facts: ValidatorFacts): DepositFinding[] {
  if (!needsValidation(facts.framework)) return [];
  const siret = facts.validatorSiret?.trim();
  if (!siret) return [finding("DEP-VALIDATOR-REQUIRED")];
  if (siret === facts.supplierSiret) return [finding("DEP-VALIDATOR-IS-SUPPLIER")];
  if (siret === facts.recipientSiret) return [finding("DEP-VALIDATOR-IS-RECIPIENT")];
  if (!facts.validator) return [finding("DEP-VALIDATOR-UNKNOWN", { siret })];
  if (!facts.validator.active) return [finding("DEP-VALIDATOR-INACTIVE", { siret })];
  return [];
}
