import type { Deps } from "../../deps.js";
import { AppError } from "../../shared/errors.js";
import { type DepositPorts, depositInvoice } from "./deposit-invoice.js";
import type { DepositFinding } from "./domain/deposit-findings.js";
import type { Actor } from "./ports.js";
import { ArchiveError, readArchive } from "./read-archive.js";

/** One line of the batch report. */
export type BatchEvent =
  | { type: "start"; total: number }
  | { type: "result"; index: number; name: string; status: "DEPOSEE"; invoiceId: string; number: string; invoiceStatus: string }
  | { type: "result"; index: number; name: string; status: "REFUSEE"; errors: DepositFinding[] }
  | { type: "end"; deposited: number; refused: number };

export interface BatchOptions {
  recipientSiret?: string | undefined;
  serviceCode?: string | undefined;
  supplierSiret?: string | undefined;
  /** With an Idempotency-Key, each file gets its own derived key: re-sending the batch deposits nothing twice. */
  idempotencyKey?: string | undefined;
}

/** Opens the archive first (refusing a bad one whole, before any deposit). */
export function openBatch(archive: Uint8Array) {
  try {
    return readArchive(archive);
  } catch (error) {
    if (error instanceof ArchiveError) throw new AppError("BATCH_REFUSED", { status: 422, message: error.message, messageEn: error.messageEn, details: { field: "file" } });
    throw error;
  }
}

/**
 * Deposits each structured invoice of a batch (up to 500) one after the other, yielding a report line per invoice as
 * it goes (for a progress bar): deposited, or refused with its reasons. One bad invoice never blocks the others.
 */
export async function* depositBatch(deps: Deps, ports: DepositPorts, actor: Actor, entries: Array<{ name: string; bytes: Uint8Array }>, options: BatchOptions = {}): AsyncGenerator<BatchEvent> {
  yield { type: "start", total: entries.length };
  let deposited = 0;
  let refused = 0;
  for (const [index, entry] of entries.entries()) {
    try {
      const { invoice } = await depositInvoice(deps, ports, actor, {
        file: { name: entry.name.split("/").pop() ?? entry.name, bytes: entry.bytes },
        source: "BATCH",
        recipientSiret: options.recipientSiret,
        serviceCode: options.serviceCode,
        supplierSiret: options.supplierSiret,
        idempotencyKey: options.idempotencyKey ? `${options.idempotencyKey}:${entry.name}` : undefined,
      });
      deposited++;
      yield { type: "result", index, name: entry.name, status: "DEPOSEE", invoiceId: invoice.id, number: invoice.number, invoiceStatus: invoice.status };
    } catch (error) {
      refused++;
      const errors: DepositFinding[] =
        error instanceof AppError
          ? ((error.details?.errors as DepositFinding[] | undefined) ?? [{ rule: error.code, severity: "fatal", message: error.message }])
          : [{ rule: "INTERNAL_ERROR", severity: "fatal", message: "Erreur interne pendant le dépôt de cette facture : elle a été enregistrée." }];
      if (!(error instanceof AppError)) deps.logger.error({ err: error, entry: entry.name }, "batch entry failed");
      yield { type: "result", index, name: entry.name, status: "REFUSEE", errors };
    }
  }
  yield { type: "end", deposited, refused };
}
