import type { Invoice } from "../../einvoice/index.js";
import { runEngineJob } from "../../shared/engine-pool.js";

// Writing an invoice of the model as a file (CII XML, or a Factur-X PDF/A-3 with its XML inside) for the form and the
// JSON model deposit: on the engine pool when the server has one (the writers and pdf-lib then stay off the main
// thread), here otherwise.

/** The job's name in the engine worker's table (src/engine-worker.ts). */
export const WRITE_INVOICE_JOB = "invoices.writeInvoice";

export type InvoiceFileSyntax = "CII" | "FACTURX";

/** The job, as the worker runs it: `now` (ISO 8601) dates the PDF. */
export async function writeInvoiceJob(model: Invoice, syntax: InvoiceFileSyntax, now: string): Promise<Uint8Array> {
  if (syntax === "FACTURX") {
    const { writeFacturx } = await import("../../einvoice/facturx/index.js");
    return writeFacturx(model, { now: new Date(now) });
  }
  const { writeCii } = await import("../../einvoice/cii/write/write-cii.js");
  return new TextEncoder().encode(writeCii(model));
}

/**
 * Writes the model as that syntax. A writer that refuses the model fails with its message (on a worker, the error
 * keeps its message: the callers turn it into their own refusal).
 */
export function writeInvoiceFile(model: Invoice, syntax: InvoiceFileSyntax, now: Date): Promise<Uint8Array> {
  return runEngineJob(WRITE_INVOICE_JOB, [model, syntax, now.toISOString()], () => writeInvoiceJob(model, syntax, now.toISOString()));
}
