// The buyer side's API for the front end: processing, assignment, payment clock and figures. Response types come
// from the server's zod schemas (type-only imports), so a contract change breaks `npm run typecheck` here.
import type * as Figures from "../../../../src/modules/buyer/figures.schemas";
import type * as Notes from "../../../../src/modules/buyer/notes/invoice-notes.schemas";
import type * as Settings from "../../../../src/modules/buyer/settings/payment-settings.schemas";
import { apiGet, apiPost, apiPut, query, type RequestOptions } from "../../api/client";
import type { InvoiceView } from "../../api/invoices";

export type ReceivedFigures = Figures.ReceivedFiguresView;
export type InvoiceNote = Notes.InvoiceNote;
export type PaymentSettings = Settings.PaymentSettingsView;
export type FiguresFilters = Partial<Record<"siret" | "serviceCode" | "from" | "to", string | undefined>>;

/** Who a received invoice is assigned to. */
export interface CurrentAssignment {
  assignee: { id: string; name: string };
  assignedAt: string;
  assignedBy: string;
}

/** What a processing request carries (the target decides which fields are required). */
export interface ProcessingRequest {
  to: string;
  motif?: string;
  reason?: string;
  expectedDocuments?: string[];
  mandateNumber?: string;
  paymentDate?: string;
  amountPaid?: string;
  comment?: string;
}

/** Moves a received invoice to `to` (POST /api/v1/invoices/{id}/transitions); the key makes a retry harmless. */
export function processReceivedInvoice(id: string, body: ProcessingRequest, idempotencyKey: string): Promise<InvoiceView> {
  return apiPost(`/api/v1/invoices/${encodeURIComponent(id)}/transitions`, body, { headers: { "idempotency-key": idempotencyKey } });
}

/** The current assignment of a received invoice (null: nobody). */
export function getAssignment(id: string, options?: RequestOptions): Promise<CurrentAssignment | null> {
  return apiGet(`/api/v1/invoices/${encodeURIComponent(id)}/assignment`, options);
}

/** Assigns a received invoice to a person of the structure who may process it. */
export function assignInvoice(id: string, assigneeId: string): Promise<CurrentAssignment> {
  return apiPost(`/api/v1/invoices/${encodeURIComponent(id)}/assign`, { assigneeId });
}

/** The figures of received invoices for a structure, a service and a period. */
export function getFigures(filters: FiguresFilters, options?: RequestOptions): Promise<ReceivedFigures> {
  return apiGet(`/api/v1/received-invoices/figures${query(filters)}`, options);
}

/** The buyer's internal notes on a received invoice (never shown to the supplier). */
export function getNotes(id: string, options?: RequestOptions): Promise<InvoiceNote[]> {
  return apiGet(`/api/v1/invoices/${encodeURIComponent(id)}/notes`, options);
}

/** Adds an internal note to a received invoice. */
export function addNote(id: string, text: string): Promise<InvoiceNote> {
  return apiPost(`/api/v1/invoices/${encodeURIComponent(id)}/notes`, { text });
}

/** A public structure's payment delay and clock start. */
export function getPaymentSettings(siret: string, options?: RequestOptions): Promise<PaymentSettings> {
  return apiGet(`/api/v1/structures/${encodeURIComponent(siret)}/payment-settings`, options);
}

/** Sets a public structure's payment delay and clock start (its managers). */
export function savePaymentSettings(siret: string, body: { delayDays: number; fromServiceFait: boolean }): Promise<PaymentSettings> {
  return apiPut(`/api/v1/structures/${encodeURIComponent(siret)}/payment-settings`, body);
}
