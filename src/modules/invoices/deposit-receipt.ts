import type { Deps } from "../../deps.js";
import { getReadableInvoice } from "./get-invoice.js";
import { invoiceError } from "./invoice-errors.js";
import { findInvoiceEvents, findInvoiceFiles } from "./invoice.repository.js";
import type { AccessPort, Actor } from "./ports.js";

/** The deposit receipt ("accusé de dépôt"): when the invoice was deposited and the fingerprint of its original. */
export interface DepositReceipt {
  invoiceId: string;
  number: string;
  depositedAt: string;
  originalSha256: string;
  originalName: string;
  supplier: { siret: string; name: string | null };
  recipient: { siret: string; name: string | null };
  serviceCode: string | null;
  totalWithVat: string | null;
  currency: string;
  depositedBy: string;
  pdfUrl: string;
}

/** The deposit receipt of an invoice the caller may read (409 for a draft, which has none). */
export async function getDepositReceipt(deps: Deps, access: AccessPort, actor: Actor, id: string): Promise<DepositReceipt> {
  const { invoice } = await getReadableInvoice(deps, access, actor, id);
  if (!invoice.deposited_at || !invoice.original_sha256) throw invoiceError("RECEIPT_UNAVAILABLE");
  const [events, files] = await Promise.all([findInvoiceEvents(deps.database.db, id), findInvoiceFiles(deps.database.db, id)]);
  const deposit = events.find((e) => e.to_status === "DEPOSEE");
  const original = files.find((f) => f.kind === "ORIGINAL");
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    depositedAt: invoice.deposited_at,
    originalSha256: invoice.original_sha256,
    originalName: original?.name ?? "",
    supplier: { siret: invoice.supplier_siret, name: invoice.supplier_name },
    recipient: { siret: invoice.recipient_siret, name: invoice.recipient_name },
    serviceCode: invoice.service_code,
    totalWithVat: invoice.total_with_vat,
    currency: invoice.currency,
    depositedBy: deposit?.actor_name ?? invoice.created_by,
    pdfUrl: `/api/v1/invoices/${invoice.id}/receipt.pdf`,
  };
}
