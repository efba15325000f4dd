import { createHash } from "node:crypto";
import type { Deps } from "../../deps.js";
import type { DepositRequest } from "./deposit-invoice.js";
import type { DepositFinding } from "./domain/deposit-findings.js";
import { invoiceError } from "./invoice-errors.js";
import { findIdempotencyKey, findInvoice, type InvoiceRow } from "./invoice.repository.js";
import type { Actor } from "./ports.js";

// Idempotency-Key of the deposit: a request is identified by the hash of its files and fields; the same key with the
// same request answers the invoice it produced, the same key with another request is refused.

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The hash stored beside an Idempotency-Key: the files by their SHA-256, then every other field. */
export function depositRequestHash(request: DepositRequest): string {
  const h = createHash("sha256");
  h.update(sha256(request.file.bytes));
  for (const a of request.attachments ?? []) h.update(`|${a.name}:${sha256(a.bytes)}`);
  const { file: _f, attachments: _a, idempotencyKey: _k, ...rest } = request;
  h.update(JSON.stringify(rest));
  return h.digest("hex");
}

/** Replays an earlier deposit made with the same Idempotency-Key, or refuses a key reused for another request. */
export async function replayDeposit(deps: Deps, actor: Actor, key: string, hash: string): Promise<{ invoice: InvoiceRow; warnings: DepositFinding[]; replayed: true } | undefined> {
  const known = await findIdempotencyKey(deps.database.db, actor.id, key);
  if (!known) return undefined;
  if (known.request_hash !== hash) throw invoiceError("IDEMPOTENCY_KEY_REUSED", { field: "Idempotency-Key" });
  const invoice = await findInvoice(deps.database.db, known.invoice_id);
  if (!invoice) return undefined;
  return { invoice, warnings: JSON.parse(invoice.findings) as DepositFinding[], replayed: true };
}
