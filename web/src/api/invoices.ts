// The invoices API for the front end. Types come from the server's zod schemas (type-only imports), so a change to
// the contract breaks `npm run typecheck` here rather than a page at run time.
import { useEffect, useRef } from "react";
import type * as Contract from "../../../src/modules/invoices/invoice.schemas";
import type * as Preview from "../../../src/modules/invoices/read-invoice-preview.schemas";
import { ApiError, apiGet, apiPost, apiPut, csrfHeaders, languageHeaders, type Problem, query, type RequestOptions } from "./client";

export type InvoiceView = Contract.InvoiceView;
export type InvoiceDetail = Contract.InvoiceDetail;
export type Finding = Contract.Finding;
export type InvoicePreview = Preview.InvoicePreview;
export type ListFilters = Partial<Record<"status" | "recipientSiret" | "serviceCode" | "number" | "issueDateFrom" | "issueDateTo" | "amountMin" | "amountMax" | "sort" | "order", string>>;
export interface DraftResult {
  invoice: InvoiceView;
  findings: Finding[];
  totals: { lineAmounts: string[]; vatBreakdown: Array<{ rate: string; base: string; vat: string }>; totalWithoutVat: string; totalVat: string; totalWithVat: string };
}

/** A page of the supplier's sent invoices. */
export function listSentInvoices(filters: ListFilters, cursor?: string, options?: RequestOptions): Promise<{ items: InvoiceView[]; nextCursor: string | null }> {
  return apiGet(`/api/v1/invoices${query({ ...filters, ...(cursor ? { cursor } : {}), limit: 25 })}`, options);
}

/** The CSV export link for the same filters. */
export function exportCsvUrl(filters: ListFilters): string {
  return `/api/v1/invoices/export.csv${query(filters)}`;
}

/** One invoice with its history, files and allowed actions. */
export function getInvoice(id: string, options?: RequestOptions): Promise<InvoiceDetail> {
  return apiGet(`/api/v1/invoices/${encodeURIComponent(id)}`, options);
}

/** Reads a file without depositing it: data, recipient rules, findings. */
export function previewInvoice(form: FormData): Promise<InvoicePreview> {
  return apiPost("/api/v1/invoices/read", form);
}

/** Deposits a file (multipart: file, attachment*, routing and typed fields). */
export function depositInvoice(form: FormData, idempotencyKey: string): Promise<InvoiceView> {
  return apiPost("/api/v1/invoices", form, { headers: { "idempotency-key": idempotencyKey, "x-guichet-channel": "upload" } });
}

/** Saves the entry form as a draft (new, or an existing draft). */
export function saveDraft(body: unknown, id?: string): Promise<DraftResult> {
  return id ? apiPut(`/api/v1/invoices/drafts/${encodeURIComponent(id)}`, body) : apiPost("/api/v1/invoices/drafts", body);
}

/** A status change pushed by the server. */
export interface StatusChanged {
  invoiceId: string;
  number: string;
  from: string | null;
  to: string;
  at: string;
}

/** Calls `onChange` for every status change the server pushes (GET /api/v1/events); reconnects by itself. */
export function useInvoiceEvents(onChange: (event: StatusChanged) => void): void {
  const handler = useRef(onChange);
  handler.current = onChange;
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/v1/events", { withCredentials: true });
    const listener = (e: MessageEvent<string>) => {
      try {
        handler.current(JSON.parse(e.data) as StatusChanged);
      } catch {
        // an unreadable event is skipped; the next one still arrives
      }
    };
    source.addEventListener("invoice.status_changed", listener as EventListener);
    return () => source.close();
  }, []);
}

/** One line of a batch report (see POST /api/v1/invoices/batches). */
export type BatchEvent =
  | { type: "start"; total: number }
  | { type: "result"; index: number; name: string; status: "DEPOSEE"; invoiceId: string; number: string }
  | { type: "result"; index: number; name: string; status: "REFUSEE"; errors: Finding[] }
  | { type: "end"; deposited: number; refused: number };

/** Sends a batch and calls `onEvent` for each report line as the server processes the invoices. */
export async function depositBatch(form: FormData, idempotencyKey: string, onEvent: (e: BatchEvent) => void): Promise<void> {
  const response = await fetch("/api/v1/invoices/batches", { method: "POST", body: form, credentials: "same-origin", headers: { ...languageHeaders(), ...csrfHeaders("POST"), "idempotency-key": idempotencyKey } });
  if (!response.ok || !response.body) {
    const problem = (await response.json().catch(() => ({}))) as Partial<Problem>;
    throw new ApiError({ status: response.status, code: problem.code ?? `HTTP_${response.status}`, detail: problem.detail ?? response.statusText });
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut = buffer.indexOf("\n");
    while (cut >= 0) {
      const line = buffer.slice(0, cut).trim();
      buffer = buffer.slice(cut + 1);
      if (line) onEvent(JSON.parse(line) as BatchEvent);
      cut = buffer.indexOf("\n");
    }
  }
}

/** A supplier's lifecycle action (FormData when it carries attachments). */
/** A subcontractor's invoice (A9) waiting for, or answered by, one of the caller's structures as main contractor. */
export interface ValidationItem {
  invoice: InvoiceView;
  validation: { validatorSiret: string; requestedAt: string; dueAt: string; decidedAt: string | null; decision: string | null };
}

/** GET /api/v1/validations: pending (default) or decided. */
export function listValidations(state: "pending" | "decided" = "pending"): Promise<{ items: ValidationItem[] }> {
  return apiGet(`/api/v1/validations?state=${state}`);
}

/** The main contractor's answer to a subcontractor's invoice (A9): VALIDER, or REFUSER with a motif. */
export function decideValidation(id: string, body: { action: "VALIDER" | "REFUSER"; motif?: string; comment?: string }): Promise<InvoiceView> {
  return apiPost(`/api/v1/invoices/${encodeURIComponent(id)}/validation`, body);
}

export function applyInvoiceAction(id: string, body: FormData | Record<string, string>): Promise<InvoiceView> {
  return apiPost(`/api/v1/invoices/${encodeURIComponent(id)}/actions`, body);
}
