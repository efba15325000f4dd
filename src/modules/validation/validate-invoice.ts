import { EInvoiceError } from "../../einvoice/errors.js";
import type { Invoice } from "../../einvoice/index.js";
import { INVOICE_PART_LABELS, invoicePartOf } from "../../einvoice/rules/invoice-part.js";
import { EngineJobError, runEngineJob } from "../../shared/engine-pool.js";
import type { InvoiceSummary, ValidationResult } from "./validation.schemas.js";

/** The job's name in the engine worker's table (src/engine-worker.ts). */
export const VALIDATE_JOB = "validation.validate";

export type ValidateOptions = { locale: "fr" | "en"; publicBuyer: boolean; maxBytes: number };

function summarise(model: Invoice): InvoiceSummary {
  const seller = model.seller;
  const buyer = model.buyer;
  return {
    number: model.number?.value ?? null,
    issueDate: model.issueDate?.value ?? null,
    dueDate: model.dueDate?.value ?? null,
    currency: model.currency?.value ?? null,
    sellerName: seller.name?.value ?? null,
    sellerId: seller.legalRegistrationId?.value ?? seller.identifiers[0]?.value ?? null,
    buyerName: buyer.name?.value ?? null,
    buyerId: buyer.legalRegistrationId?.value ?? null,
    buyerReference: model.buyerReference?.value ?? null,
    purchaseOrderReference: model.purchaseOrderReference?.value ?? null,
    totalWithoutVat: model.totals.taxExclusiveTotal?.value ?? null,
    totalVat: model.totals.vatTotal?.value ?? null,
    totalWithVat: model.totals.taxInclusiveTotal?.value ?? null,
    amountDue: model.totals.amountDue?.value ?? null,
    lineCount: model.lines.length,
  };
}

/** The job, as the worker runs it: an uploaded invoice validated, its findings grouped by part. */
export async function validateInvoiceJob(bytes: Uint8Array, options: ValidateOptions): Promise<ValidationResult> {
  // The engine is loaded on the first validation, not when the server starts.
  const { readInvoice, validateTree } = await import("../../einvoice/index.js");
  const read = await readInvoice(bytes, { limits: { maxBytes: options.maxBytes } });
  const report = validateTree(read.tree, { locale: options.locale, frenchPublicBuyer: options.publicBuyer });
  const findings = report.findings.map((f) => {
    const part = invoicePartOf(f);
    return { rule: f.rule, severity: f.severity, terms: [...f.terms], part, partLabel: INVOICE_PART_LABELS[part][options.locale], path: f.path, line: f.line, message: f.message };
  });
  return {
    syntax: report.syntax,
    kind: report.kind,
    profile: report.profile,
    source: read.source,
    valid: report.valid,
    fatalCount: findings.filter((f) => f.severity === "fatal").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    sets: report.sets,
    summary: summarise(read.model),
    findings,
  };
}

/**
 * Validates an uploaded invoice for the public checker: nothing is stored. On the engine pool when the server has one
 * (the main thread never loads the engine); a file the engine cannot read fails with its EInvoiceError either way.
 */
export async function validateInvoice(bytes: Uint8Array, options: ValidateOptions): Promise<ValidationResult> {
  try {
    return await runEngineJob(VALIDATE_JOB, [bytes, options], () => validateInvoiceJob(bytes, options));
  } catch (error) {
    if (error instanceof EngineJobError && error.remote.name === "EInvoiceError") throw new EInvoiceError(error.remote.code ?? "UNREADABLE", error.message, error.remote.details, error.remote.messageEn);
    throw error;
  }
}
