import type { RecipientInfo } from "../ports.js";
import { BILLING_FRAMEWORKS, type BillingFramework } from "./billing-frameworks.js";
import { type DepositFinding, finding } from "./deposit-findings.js";
import { STATUS_TIMEOUTS } from "./invoice-lifecycle.js";

// The subcontractor's circuit (A9, chorus-pro.md §1.4): the invoice goes first to the main contractor (titulaire),
// who validates or refuses it within 15 days (silence is tacit validation), and only then to the public buyer.

/** True when invoices of that framework are validated by the main contractor before reaching the recipient. */
export function needsValidation(framework: string | null | undefined): boolean {
  const info = (BILLING_FRAMEWORKS as Record<string, { validation: boolean } | undefined>)[framework ?? ""];
  return info?.validation === true;
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
