import { runInTransaction } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { AppError } from "../../shared/errors.js";
import { publishEvents } from "../notifications/index.js";
import type { BillingFramework } from "./domain/billing-frameworks.js";
import { type DepositFinding, finding, findingsIn } from "./domain/deposit-findings.js";
import { checkAttachments, checkNumber, checkRouting, checkTypedAgainstFile, numberKey, type TypedFacts } from "./domain/deposit-rules.js";
import { amountCents, type Resolved, resolveDepositData } from "./deposit-data.js";
import { storeDepositFiles } from "./deposit-files.js";
import { depositRequestHash, replayDeposit } from "./deposit-idempotency.js";
import { checkDepositValidator, depositRouting } from "./deposit-routing.js";
import { invoiceError } from "./invoice-errors.js";
import { findInvoiceByNumber, type InvoiceRow, insertIdempotencyKey, insertInvoice, insertInvoiceEvents, insertInvoiceFiles } from "./invoice.repository.js";
import type { AccessPort, Actor, DirectoryPort } from "./ports.js";
import type { ReadFile } from "./read-deposit-file.js";
import { readDeposited } from "./read-deposit-job.js";
import { STATUS_CHANGED, statusChangedPayload } from "./record-transition.js";

export interface DepositFile {
  name: string;
  bytes: Uint8Array;
  mime?: string | undefined;
}

/** The invoice data typed by the user for a plain PDF (the PDF is the original; these are its routing metadata). */
export interface PlainPdfData {
  number: string;
  issueDate: string;
  dueDate?: string | undefined;
  documentType?: "FACTURE" | "AVOIR" | undefined;
  currency?: string | undefined;
  totalWithoutVat: string;
  totalVat: string;
  totalWithVat: string;
  amountDue?: string | undefined;
}

export interface DepositRequest {
  file: DepositFile;
  attachments?: DepositFile[];
  supplierSiret?: string | undefined;
  recipientSiret?: string | undefined;
  serviceCode?: string | undefined;
  engagementNumber?: string | undefined;
  contractNumber?: string | undefined;
  framework?: BillingFramework | undefined;
  /** A9 (subcontractor): the main contractor who validates the invoice before the recipient (deposit-routing.ts). */
  validatorSiret?: string | undefined;
  /** What the user typed beside the file: compared with the file's own data. */
  typed?: TypedFacts | undefined;
  /** The user saw the differences between what they typed and the file, and sends anyway (the file wins). */
  acceptDifferences?: boolean | undefined;
  /** Required when the file is a plain PDF. */
  pdfData?: PlainPdfData | undefined;
  source: "API" | "UPLOAD" | "BATCH" | "FORM";
  idempotencyKey?: string | undefined;
  /** Extra files produced by the portal (e.g. the Factur-X generated from the form), stored as GENERATED. */
  extraData?: Record<string, unknown> | undefined;
}

export interface DepositPorts {
  access: AccessPort;
  directory: DirectoryPort;
  /** Test hook: called between the steps of the transaction; throwing there must leave nothing behind. */
  fault?: (step: "invoice" | "events" | "files" | "routing" | "idempotency" | "outbox") => void;
}

export interface DepositResult {
  invoice: InvoiceRow;
  warnings: DepositFinding[];
  /** True when an earlier request with the same Idempotency-Key produced this invoice. */
  replayed: boolean;
}

function refused(findings: DepositFinding[]): AppError {
  const first = findings[0];
  return invoiceError("INVOICE_REFUSED", { errors: findings, ...(first ? { rule: first.rule } : {}), ...(first?.field ? { field: first.field } : {}) });
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return e?.code === "23505" || e?.code === "SQLITE_CONSTRAINT_UNIQUE" || e?.code === "SQLITE_CONSTRAINT_PRIMARYKEY" || /UNIQUE constraint failed/.test(e?.message ?? "");
}

/** Which structure deposits: the one named, or the seller of the file, or the only one the actor may deposit for. */
async function resolveSupplier(deps: Deps, ports: DepositPorts, actor: Actor, request: DepositRequest, sellerSiret: string | undefined): Promise<{ siret?: string; findings: DepositFinding[] }> {
  const allowed = await ports.access.structuresFor(deps.database.db, actor, "invoice.deposit");
  const named = request.supplierSiret?.trim();
  if (named) {
    if (!allowed.includes(named)) {
      // Same answer whether the structure exists or not; requireAccess gives the precise refusal.
      await ports.access.requireAccess(deps.database.db, actor, named, "invoice.deposit");
      return { findings: [finding("DEP-SUPPLIER-NOT-ALLOWED", { siret: named })] };
    }
    return { siret: named, findings: [] };
  }
  if (sellerSiret && allowed.includes(sellerSiret)) return { siret: sellerSiret, findings: [] };
  if (allowed.length === 1) return { siret: allowed[0] as string, findings: [] };
  if (allowed.length === 0) {
    throw new AppError("FORBIDDEN", { status: 403, message: "Vous n'êtes rattaché à aucune structure qui puisse déposer des factures.", messageEn: "You belong to no structure that may deposit invoices.", details: { rule: "DEPOSIT_NOT_ALLOWED" } });
  }
  return { findings: [finding("DEP-SUPPLIER-REQUIRED")] };
}

/** Everything the deposit checks found, with the data and routing they resolved (nothing is written). */
export interface PreparedDeposit {
  read: ReadFile;
  data: Resolved | undefined;
  supplierSiret: string | undefined;
  recipientSiret: string | undefined;
  recipientName: string | null;
  serviceCode: string | undefined;
  engagementNumber: string | undefined;
  contractNumber: string | undefined;
  findings: DepositFinding[];
}

/**
 * Reads the file and runs every deposit check at once, without writing anything: used by the deposit itself and by
 * the preview that shows the user what would be refused before sending.
 */
export async function prepareDeposit(deps: Deps, ports: DepositPorts, actor: Actor, request: DepositRequest): Promise<PreparedDeposit> {
  const read = await readDeposited(request.file.bytes);
  const data = resolveDepositData(read, request.pdfData);
  const supplier = await resolveSupplier(deps, ports, actor, request, data?.sellerSiret);
  const findings: DepositFinding[] = [...read.findings, ...supplier.findings];
  if (read.kind === "PDF" && !request.pdfData) findings.push(finding("DEP-NUMBER-REQUIRED"), finding("DEP-DATE-REQUIRED"));
  const db = deps.database.db;
  const now = deps.clock.now();
  const today = now.toISOString().slice(0, 10);

  let recipientSiret = request.recipientSiret?.trim() || data?.buyerSiret;
  const serviceCode = request.serviceCode?.trim() || data?.buyerReference || undefined;
  const engagementNumber = request.engagementNumber?.trim() || data?.orderReference || undefined;
  const contractNumber = request.contractNumber?.trim() || data?.contractReference || undefined;
  let recipientName: string | null = null;
  if (data) {
    findings.push(...checkNumber(data.number, today));
    if (!data.issueDate) findings.push(finding("DEP-DATE-REQUIRED"));
    if (supplier.siret && data.sellerSiret && data.sellerSiret !== supplier.siret) {
      findings.push(finding("DEP-SELLER-MISMATCH", { seller: data.sellerSiret, supplier: supplier.siret }));
    } else if (supplier.siret && !data.sellerSiret && data.sellerSiren && !supplier.siret.startsWith(data.sellerSiren)) {
      findings.push(finding("DEP-SELLER-MISMATCH", { seller: data.sellerSiren, supplier: supplier.siret }));
    }
    recipientSiret ??= undefined;
    const recipient = recipientSiret ? await ports.directory.findStructure(db, recipientSiret) : undefined;
    const service = recipientSiret && serviceCode ? await ports.directory.findService(db, recipientSiret, serviceCode) : undefined;
    recipientName = recipient?.name ?? null;
    findings.push(...checkRouting({ recipientSiret, recipient, serviceCode, service, engagementNumber }));
    findings.push(...(await checkDepositValidator(db, ports.directory, request, supplier.siret, recipientSiret)));
    if (supplier.siret && data.number && data.issueDate) {
      const twin = await findInvoiceByNumber(db, supplier.siret, Number(data.issueDate.slice(0, 4)), numberKey(data.number));
      if (twin) findings.push({ ...finding("DEP-NUMBER-DUPLICATE", { number: twin.number, year: data.issueDate.slice(0, 4), depositedAt: (twin.deposited_at ?? twin.created_at).slice(0, 10) }), details: { invoiceId: twin.id, number: twin.number } });
    }
    if (request.typed && !request.acceptDifferences) {
      const fileSide = { number: data.number, issueDate: data.issueDate, totalWithVat: data.totals.withVat, totalWithoutVat: data.totals.withoutVat, supplierSiret: data.sellerSiret, recipientSiret: data.buyerSiret };
      findings.push(...checkTypedAgainstFile(request.typed, fileSide));
    }
  }
  findings.push(...checkAttachments((request.attachments ?? []).map((a) => ({ name: a.name, size: a.bytes.byteLength })), request.file.bytes.byteLength));
  return { read, data, supplierSiret: supplier.siret, recipientSiret, recipientName, serviceCode, engagementNumber, contractNumber, findings };
}

/**
 * Deposits an invoice file (Factur-X, CII, UBL, or a plain PDF with its typed data): checks access, reads and
 * validates the file, runs every deposit check at once (refusing with all findings), stores the files, then in one
 * transaction writes the invoice, its history (DEPOSEE, then MISE_A_DISPOSITION once routed), its files, the
 * idempotency key and the outbox entries.
 */
export async function depositInvoice(deps: Deps, ports: DepositPorts, actor: Actor, request: DepositRequest): Promise<DepositResult> {
  const hash = request.idempotencyKey ? depositRequestHash(request) : "";
  if (request.idempotencyKey) {
    const earlier = await replayDeposit(deps, actor, request.idempotencyKey, hash);
    if (earlier) return earlier;
  }
  const prepared = await prepareDeposit(deps, ports, actor, request);
  const { read, data, recipientSiret, recipientName, serviceCode, engagementNumber, contractNumber, findings } = prepared;
  const supplier = { siret: prepared.supplierSiret };
  if (findings.some((f) => f.severity === "fatal") || !data || !supplier.siret || !recipientSiret) {
    // A concurrent request with the same key may have committed meanwhile (our duplicate check then sees its
    // invoice): same key, same answer.
    if (request.idempotencyKey) {
      const earlier = await replayDeposit(deps, actor, request.idempotencyKey, hash);
      if (earlier) return earlier;
    }
    throw refused(findings.filter((f) => f.severity === "fatal"));
  }
  const db = deps.database.db;
  const now = deps.clock.now();
  const warnings = findings.filter((f) => f.severity === "warning");

  // Large files first, outside the transaction; small ones with its rows (deposit-files.ts): a crash leaves at most
  // unreferenced, invisible bytes.
  const files = [{ kind: "ORIGINAL", file: request.file, mime: request.file.mime ?? ("mime" in read ? read.mime : "application/octet-stream") }, ...(request.attachments ?? []).map((a) => ({ kind: "ATTACHMENT", file: a, mime: a.mime ?? "application/octet-stream" }))];
  const stored = await storeDepositFiles(deps, files.map((f) => f.file.bytes));
  const shas = stored.shas;
  const originalSha = shas[0] as string;
  const at = now.toISOString();
  const id = deps.ids.uuid();
  const year = Number((data.issueDate as string).slice(0, 4));
  const structured = read.kind === "FACTURX" || read.kind === "XML" ? read : undefined;
  const row: InvoiceRow = {
    id,
    status: "DEPOSEE",
    status_at: at,
    version: 1,
    source: request.source,
    supplier_siret: supplier.siret,
    supplier_name: data.sellerName ?? null,
    recipient_siret: recipientSiret,
    recipient_name: recipientName,
    service_code: serviceCode ?? null,
    engagement_number: engagementNumber ?? null,
    contract_number: contractNumber ?? null,
    framework: request.framework ?? "A1_FACTURE_FOURNISSEUR",
    document_type: data.documentType,
    number: data.number.trim(),
    number_key: numberKey(data.number),
    number_year: year,
    issue_date: data.issueDate ?? null,
    due_date: data.dueDate ?? null,
    currency: data.currency,
    total_without_vat: data.totals.withoutVat ?? null,
    total_vat: data.totals.vat ?? null,
    total_with_vat: data.totals.withVat ?? null,
    amount_due: data.totals.due ?? null,
    amount_due_cents: amountCents(data.totals.due ?? data.totals.withVat),
    syntax: structured?.syntax ?? null,
    profile: structured?.profile ?? null,
    original_sha256: originalSha,
    data: JSON.stringify({ kind: read.kind, facts: structured?.facts ?? request.pdfData ?? null, typed: request.typed ?? null, ...(request.extraData ?? {}) }),
    findings: JSON.stringify(findingsIn(warnings, "fr")),
    deposited_at: at,
    created_by: actor.id,
    created_at: at,
    updated_at: at,
  };
  const fault = ports.fault ?? (() => undefined);
  // Routing is synchronous (recipient and service were just checked), so the invoice is written already routed: the
  // table decides the step (DEPOSEE --METTRE_A_DISPOSITION--> ...), both events and both outbox entries are written
  // in single statements. Fewer round trips, same history.
  const route = depositRouting(request, { recipientSiret, serviceCode }, now);
  const routedStatus = route.status;
  const routed: InvoiceRow = { ...row, status: routedStatus, version: 2 };
  const system = { id: "system", name: "Guichet (acheminement)" };
  try {
    const invoice = await runInTransaction(db, async (scope) => {
      await stored.writeWithin(scope.trx);
      await insertInvoice(scope.trx, routed);
      await route.record(scope.trx, id);
      fault("invoice");
      if (request.idempotencyKey) await insertIdempotencyKey(scope.trx, { actor_id: actor.id, key: request.idempotencyKey, request_hash: hash, invoice_id: id, created_at: at });
      fault("idempotency");
      await insertInvoiceEvents(scope.trx, [
        { invoice_id: id, at, action: "DEPOSER", from_status: null, to_status: "DEPOSEE", actor_id: actor.id, actor_name: actor.name, actor_role: "FOURNISSEUR", motif: null, details: JSON.stringify({ source: request.source, sha256: originalSha }) },
        { invoice_id: id, at, action: route.action, from_status: "DEPOSEE", to_status: routedStatus, actor_id: system.id, actor_name: system.name, actor_role: "SYSTEME", motif: null, details: JSON.stringify(route.details) },
      ]);
      fault("events");
      await insertInvoiceFiles(scope.trx, files.map((f, i) => ({ invoice_id: id, kind: f.kind, sha256: shas[i] as string, name: f.file.name.slice(0, 255), mime: f.mime, size: f.file.bytes.byteLength, created_at: at })));
      fault("files");
      await publishEvents(scope, deps, [
        { topic: STATUS_CHANGED, aggregateId: id, at, payload: statusChangedPayload(row, null, "DEPOSEE", "DEPOSER", at, 1) },
        { topic: STATUS_CHANGED, aggregateId: id, at, payload: statusChangedPayload(routed, "DEPOSEE", routedStatus, route.action, at, 2) },
      ]);
      fault("outbox");
      fault("routing");
      return routed;
    });
    return { invoice, warnings, replayed: false };
  } catch (error) {
    await stored.discard();
    if (isUniqueViolation(error)) {
      if (request.idempotencyKey) {
        const earlier = await replayDeposit(deps, actor, request.idempotencyKey, hash);
        if (earlier) return earlier;
      }
      const twin = await findInvoiceByNumber(db, supplier.siret, year, numberKey(data.number));
      if (twin) throw refused([{ ...finding("DEP-NUMBER-DUPLICATE", { number: twin.number, year, depositedAt: (twin.deposited_at ?? twin.created_at).slice(0, 10) }), details: { invoiceId: twin.id, number: twin.number } }]);
    }
    throw error;
  }
}

