import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { localeOf } from "../../shared/errors-en.js";
import { accessAdapter, actorOf } from "./access.adapter.js";
import { getDepositReceipt } from "./deposit-receipt.js";
import { renderReceiptPdf } from "./receipt-pdf.js";
import { getInvoice, getInvoiceFile } from "./get-invoice.js";
import { csvHeader, csvLines } from "./invoice-csv.js";
import { presentInvoice, presentInvoiceDetail } from "./invoice.presenter.js";
import { storedFindingsIn } from "./stored-findings-locale.js";
import { DraftBody, DraftResult, FileParams, IdParams, InvoiceDetail, InvoicePage, ListQuery, Receipt } from "./invoice.schemas.js";
import { directoryAdapter } from "./directory.adapter.js";
import type { InvoiceForm } from "./domain/invoice-form.js";
import { saveDraft } from "./save-draft.js";
import { listSentInvoices } from "./list-invoices.js";
import { paymentClockOf } from "./payment-clock.js";

const tags = ["factures"];

/** Reading invoices: the supplier's list (and CSV), one invoice with its history, its files, its deposit receipt. */
export function invoiceRoutes(deps: Deps) {
  const access = accessAdapter;
  const ports = { access, directory: directoryAdapter };
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get("/api/v1/invoices", { schema: { tags, summary: "Factures émises par mes structures (filtres, tri, pagination par curseur)", querystring: ListQuery, response: { 200: InvoicePage } } }, async (request) => {
      const actor = actorOf(request);
      const { rows, nextCursor } = await listSentInvoices(deps, access, actor, request.query);
      const now = deps.clock.now();
      return { items: rows.map((row) => presentInvoice(row, ["FOURNISSEUR"], now)), nextCursor };
    });

    r.get("/api/v1/invoices/export.csv", { schema: { tags, summary: "Export CSV des factures émises (mêmes filtres que la liste, 10 000 lignes au plus)", querystring: ListQuery.omit({ cursor: true, limit: true }), produces: ["text/csv"] } }, async (request, reply) => {
      const actor = actorOf(request);
      let body = csvHeader();
      let cursor: string | undefined;
      for (let fetched = 0; fetched < 10_000; ) {
        const page = await listSentInvoices(deps, access, actor, { ...request.query, limit: 200, ...(cursor ? { cursor } : {}) });
        body += csvLines(page.rows);
        fetched += page.rows.length;
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const stamp = deps.clock.now().toISOString().slice(0, 10);
      return reply.type("text/csv; charset=utf-8").header("content-disposition", `attachment; filename="factures-emises-${stamp}.csv"`).send(body);
    });

    r.get("/api/v1/invoices/:id", { schema: { tags, summary: "Une facture : données, historique des statuts, fichiers, actions possibles (allowedTransitions)", params: IdParams, response: { 200: InvoiceDetail } } }, async (request) => {
      const { invoice, roles, events, files } = await getInvoice(deps, access, actorOf(request), request.params.id);
      const detail = presentInvoiceDetail(invoice, roles, events, files, deps.clock.now());
      const warnings = await storedFindingsIn(detail.warnings, localeOf(request.headers["accept-language"]));
      return { ...detail, warnings, paymentClock: await paymentClockOf(deps, invoice, events) };
    });

    r.post("/api/v1/invoices/drafts", { schema: { tags, summary: "Enregistrer le formulaire « Saisir une facture » comme brouillon (totaux et contrôles calculés)", body: DraftBody, response: { 201: DraftResult } } }, async (request, reply) => {
      const result = await saveDraft(deps, ports, actorOf(request), request.body as InvoiceForm);
      reply.status(201).header("location", `/api/v1/invoices/${result.invoice.id}`);
      return { invoice: presentInvoice(result.invoice, ["FOURNISSEUR"]), findings: result.findings, totals: result.totals };
    });

    r.put("/api/v1/invoices/drafts/:id", { schema: { tags, summary: "Mettre à jour un brouillon (tant qu'il n'est pas envoyé)", params: IdParams, body: DraftBody, response: { 200: DraftResult } } }, async (request) => {
      const result = await saveDraft(deps, ports, actorOf(request), request.body as InvoiceForm, request.params.id);
      return { invoice: presentInvoice(result.invoice, ["FOURNISSEUR"]), findings: result.findings, totals: result.totals };
    });

    r.get("/api/v1/invoices/:id/receipt", { schema: { tags, summary: "Accusé de dépôt (date et heure du dépôt, empreinte SHA-256 de l'original) ; en PDF : /receipt.pdf", params: IdParams, response: { 200: Receipt } } }, async (request) =>
      getDepositReceipt(deps, access, actorOf(request), request.params.id),
    );

    r.get("/api/v1/invoices/:id/receipt.pdf", { schema: { tags, summary: "Accusé de dépôt en PDF", params: IdParams, produces: ["application/pdf"] } }, async (request, reply) => {
      const receipt = await getDepositReceipt(deps, access, actorOf(request), request.params.id);
      const pdf = await renderReceiptPdf(receipt, deps.config.brand.name);
      return reply.type("application/pdf").header("content-disposition", `attachment; filename="accuse-depot-${receipt.number.replace(/[^\w.-]/g, "_")}.pdf"`).send(Buffer.from(pdf));
    });

    r.get("/api/v1/invoices/:id/files/:fileId", { schema: { tags, summary: "Un fichier de la facture (original, pièce jointe)", params: FileParams, querystring: z.object({ download: z.enum(["0", "1"]).optional() }) } }, async (request, reply) => {
      const { file, bytes } = await getInvoiceFile(deps, access, actorOf(request), request.params.id, request.params.fileId);
      const disposition = request.query.download === "1" ? "attachment" : "inline";
      return reply
        .type(file.mime)
        .header("content-disposition", `${disposition}; filename="${file.name.replace(/[^\w.-]/g, "_")}"`)
        .header("x-content-type-options", "nosniff")
        .header("cache-control", "private, max-age=3600")
        .send(Buffer.from(bytes));
    });
  };
}
