// Public API of the invoices module: other modules (the buyer side, notifications, stats) import only from here.
export { ALL_FRAMEWORKS, BILLING_FRAMEWORKS, type BillingFramework } from "./domain/billing-frameworks.js";
export { DEPOSIT_RULES, type DepositFinding } from "./domain/deposit-findings.js";
export {
  ALL_ACTIONS,
  allowedTransitions,
  findTransition,
  type InvoiceAction,
  InvalidTransitionError,
  LIFECYCLE_ROLES,
  type LifecycleRole,
  TRANSITIONS,
  type TransitionField,
  type TransitionRule,
  transition,
} from "./domain/invoice-lifecycle.js";
export { ALL_STATUSES, CDAR_CODES, INVOICE_STATUSES, type InvoiceStatus, isInvoiceStatus, RECIPIENT_STATUSES, statusLabel } from "./domain/invoice-statuses.js";
export { checkSealedFields, editableFields, INVOICE_FIELDS, type InvoiceField, SealedFieldsError } from "./domain/sealed-fields.js";
export { type DepositRequest, type DepositResult, depositInvoice } from "./deposit-invoice.js";
export { INVOICE_ERRORS, invoiceError } from "./invoice-errors.js";
export { findInvoice, findInvoiceEvents, findInvoiceFiles, type InvoiceEventRow, type InvoiceFileRow, type InvoiceRow } from "./invoice.repository.js";
export type { AccessPort, Actor, DirectoryPort, InvoicePermission, RecipientInfo, ServiceInfo } from "./ports.js";
export { recordTransition, STATUS_CHANGED, type TransitionRequest } from "./record-transition.js";
export { invoiceDepositRoutes } from "./invoice-deposit.routes.js";
export { invoiceRoutes } from "./invoice.routes.js";
export { presentInvoice, presentInvoiceDetail, presentTransitions } from "./invoice.presenter.js";
export { getInvoice, getReadableInvoice } from "./get-invoice.js";
export { rolesOn } from "./invoice-roles.js";
export { accessAdapter, actorOf } from "./access.adapter.js";
export { directoryAdapter } from "./directory.adapter.js";
export { InvoiceView, InvoiceDetail, Finding as InvoiceFinding } from "./invoice.schemas.js";
export { INVOICE_ERRORS as INVOICE_ERROR_CODES, lifecycleAppError } from "./invoice-errors.js";
export { applySupplierAction, type SupplierActionInput } from "./apply-supplier-action.js";
export { listSentInvoices } from "./list-invoices.js";
export { ListQuery as InvoiceListQuery } from "./invoice.schemas.js";
export { saveDraft } from "./save-draft.js";
export type { ReadFile } from "./read-deposit-file.js";
export { type ClockEvent, type ClockInput, computePaymentClock, fromScaled, type PaymentClock, toScaled } from "./domain/payment-clock.js";
export { paymentClockOf } from "./payment-clock.js";
export { findPaymentSettings, type PaymentSettings, upsertPaymentSettings } from "./payment-settings.repository.js";
export { PaymentClockView } from "./payment-clock.schemas.js";
export { INVOICE_JOBS, invoiceJobsRoutes, runInvoiceJobs } from "./invoice-jobs.js";
export { invoiceValidationRoutes } from "./invoice-validation.routes.js";
export { remindDrafts } from "./remind-drafts.js";
export { ORPHAN_GRACE_MS, type SweepReport, sweepOrphanFiles } from "./sweep-orphan-files.js";
export { BEFORE_ROUTING, FRAMEWORKS_WITH_VALIDATION, needsValidation, recipientSeesChange } from "./domain/subcontracting.js";
