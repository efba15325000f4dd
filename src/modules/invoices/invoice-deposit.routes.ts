import { Readable } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { AppError } from "../../shared/errors.js";
import { localeOf } from "../../shared/errors-en.js";
import { accessAdapter, actorOf } from "./access.adapter.js";
import { depositBatch, openBatch } from "./deposit-batch.js";
import { findingsIn } from "./domain/deposit-findings.js";
import { isModelBody, ModelDepositBody, readModelDeposit } from "./deposit-model.js";
import { type DepositFile, type DepositRequest, depositInvoice } from "./deposit-invoice.js";
import { directoryAdapter } from "./directory.adapter.js";
import type { BillingFramework } from "./domain/billing-frameworks.js";
import { presentInvoice } from "./invoice.presenter.js";
import { ActionFields, DepositFields, DepositResponse, IdParams, JsonDepositBody } from "./invoice.schemas.js";
import { applySupplierAction } from "./apply-supplier-action.js";
import { lifecycleAppError } from "./invoice-errors.js";
import { readInvoicePreview } from "./read-invoice-preview.js";
import { InvoicePreview } from "./read-invoice-preview.schemas.js";

const tags = ["factures"];

function invalid(issues: Array<{ path: PropertyKey[]; message: string }>): AppError {
  const errors = issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message }));
  return new AppError("VALIDATION_FAILED", { status: 400, message: "La requête contient des données invalides.", details: { errors, ...(errors[0]?.field ? { field: errors[0].field } : {}) } });
}

interface ParsedDeposit {
  file: DepositFile | undefined;
  attachments: DepositFile[];
  fields: DepositFields;
}

/** Reads a multipart deposit: `file`, repeated `attachment`, and the routing/typed fields. */
async function readMultipart(request: FastifyRequest): Promise<ParsedDeposit> {
  let file: DepositFile | undefined;
  const attachments: DepositFile[] = [];
  const raw: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === "file") {
      // The Buffer is a Uint8Array already: no copy of the file.
      const bytes: Uint8Array = await part.toBuffer();
      const entry = { name: part.filename || part.fieldname, bytes, mime: part.mimetype };
      if (part.fieldname === "file" && !file) file = entry;
      else if (part.fieldname === "attachment" || part.fieldname === "attachments") attachments.push(entry);
    } else if (typeof part.value === "string") {
      raw[part.fieldname] = part.value;
    }
  }
  const parsed = DepositFields.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== "")));
  if (!parsed.success) throw invalid(parsed.error.issues);
  return { file, attachments, fields: parsed.data };
}

function readJson(body: unknown): ParsedDeposit {
  const parsed = JsonDepositBody.safeParse(body ?? {});
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { file, attachments, ...fields } = parsed.data;
  const decode = (f: { name: string; contentBase64: string; mime?: string | undefined }) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.contentBase64, "base64")), mime: f.mime });
  return { file: decode(file), attachments: (attachments ?? []).map(decode), fields };
}

/** Turns the parsed request into the use case's input. */

/** A deposit or preview request without the invoice file. */
function missingFile(): AppError {
  return new AppError("VALIDATION_FAILED", { status: 400, message: "Joignez la facture dans le champ « file ».", messageEn: 'Attach the invoice in the "file" field.', details: { field: "file" } });
}

export function toDepositRequest(p: ParsedDeposit & { file: DepositFile }, source: DepositRequest["source"], idempotencyKey: string | undefined): DepositRequest {
  const f = p.fields;
  const typed = { number: f.typedNumber, issueDate: f.typedIssueDate, totalWithVat: f.typedTotalWithVat, totalWithoutVat: f.typedTotalWithoutVat };
  const anyTyped = Object.values(typed).some((v) => v !== undefined);
  const pdfData =
    f.number && f.issueDate && f.totalWithoutVat && f.totalVat && f.totalWithVat
      ? { number: f.number, issueDate: f.issueDate, dueDate: f.dueDate, documentType: f.documentType, currency: f.currency, totalWithoutVat: f.totalWithoutVat, totalVat: f.totalVat, totalWithVat: f.totalWithVat }
      : undefined;
  return {
    file: p.file,
    attachments: p.attachments,
    supplierSiret: f.supplierSiret,
    recipientSiret: f.recipientSiret,
    serviceCode: f.serviceCode,
    engagementNumber: f.engagementNumber,
    contractNumber: f.contractNumber,
    framework: f.framework as BillingFramework | undefined,
    validatorSiret: f.validatorSiret,
    typed: anyTyped ? typed : undefined,
    acceptDifferences: f.acceptDifferences,
    pdfData,
    source,
    idempotencyKey,
  };
}

/** The deposit API: POST /api/v1/invoices (multipart or JSON) and POST /api/v1/invoices/read (preview, no deposit). */
export function invoiceDepositRoutes(deps: Deps) {
  const ports = { access: accessAdapter, directory: directoryAdapter };
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/api/v1/invoices",
      {
        schema: {
          tags,
          summary: "Déposer une facture (Factur-X, CII, UBL ou PDF simple)",
          description:
            "multipart/form-data : `file` (la facture), `attachment` (répétable), `recipientSiret`, `serviceCode`, `engagementNumber`, `contractNumber`, `supplierSiret` (si vous êtes rattaché à plusieurs structures), `framework`; pour un PDF simple : `number`, `issueDate`, `totalWithoutVat`, `totalVat`, `totalWithVat`. Ou JSON : les mêmes champs avec `file: {name, contentBase64}`. Ou JSON avec `invoice` : la facture dans la forme du modèle EN 16931 (termes BT/BG, chaque valeur en `{value}`), écrite par le serveur en CII (`output`: `CII`, par défaut) ou Factur-X (`FACTURX`), fichier qui devient l'original et passe les mêmes contrôles. En-tête `Idempotency-Key` : même clé, même réponse, une seule facture. Refus : 422 avec `errors[]` (règle, message, champ).",
          // Documents the two JSON shapes; the handler validates (body may also be multipart), with the wrong field.
          body: z.union([JsonDepositBody, ModelDepositBody]).optional(),
          response: { 201: DepositResponse },
        },
        validatorCompiler: () => (data: unknown) => ({ value: data }),
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const parsed = request.isMultipart() ? await readMultipart(request) : isModelBody(request.body) ? await readModelDeposit(request.body) : readJson(request.body);
        if (!parsed.file) throw missingFile();
        const key = request.headers["idempotency-key"];
        const idempotencyKey = typeof key === "string" && key.trim() ? key.trim().slice(0, 255) : undefined;
        const source = request.headers["x-guichet-channel"] === "upload" ? "UPLOAD" : "API";
        const result = await depositInvoice(deps, ports, actor, toDepositRequest({ ...parsed, file: parsed.file }, source, idempotencyKey));
        reply.status(201).header("location", `/api/v1/invoices/${result.invoice.id}`);
        if (result.replayed) reply.header("idempotent-replayed", "true");
        return presentInvoice(result.invoice, ["FOURNISSEUR"]);
      },
    );
    r.post(
      "/api/v1/invoices/batches",
      {
        schema: {
          tags,
          summary: "Déposer un lot (ZIP ou tar.gz de 500 factures structurées au plus), avec un compte rendu par facture au fil de l'eau",
          description:
            "multipart/form-data : `file` (l'archive), et pour tout le lot si les factures ne les donnent pas : `recipientSiret`, `serviceCode`, `supplierSiret`. Réponse application/x-ndjson, une ligne JSON par événement : `start` {total}, `result` {index, name, status DEPOSEE|REFUSEE, invoiceId | errors[]}, `end` {deposited, refused}. Une facture refusée ne bloque pas les autres.",
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const parsed = await readMultipart(request);
        if (!parsed.file) throw new AppError("VALIDATION_FAILED", { status: 400, message: "Joignez l'archive dans le champ « file ».", messageEn: "Attach the archive in the \"file\" field.", details: { field: "file" } });
        const entries = openBatch(parsed.file.bytes);
        const key = request.headers["idempotency-key"];
        const f = parsed.fields;
        const events = depositBatch(deps, ports, actor, entries, { recipientSiret: f.recipientSiret, serviceCode: f.serviceCode, supplierSiret: f.supplierSiret, idempotencyKey: typeof key === "string" && key.trim() ? key.trim().slice(0, 200) : undefined });
        const locale = localeOf(request.headers["accept-language"]);
        const lines = Readable.from((async function* () {
          for await (const event of events) yield `${JSON.stringify("errors" in event ? { ...event, errors: findingsIn(event.errors, locale) } : event)}\n`;
        })());
        return reply.type("application/x-ndjson; charset=utf-8").header("cache-control", "no-store").send(lines);
      },
    );
    r.post(
      "/api/v1/invoices/:id/actions",
      {
        schema: {
          tags,
          summary: "Faire une action du fournisseur prévue par le cycle de vie (COMPLETER, RECYCLER, CONSTATER_ENCAISSEMENT)",
          description:
            "JSON ou multipart/form-data : `action` (une des `allowedTransitions` du fournisseur), `comment`; COMPLETER : `attachment` (répétable, multipart); RECYCLER : `recipientSiret`, `serviceCode`, `engagementNumber` (le même numéro de facture est gardé, la facture est acheminée de nouveau); CONSTATER_ENCAISSEMENT : `paymentDate`. 409 INVALID_TRANSITION si le cycle de vie ne le permet pas.",
          params: IdParams,
          response: { 200: DepositResponse },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        let fields: Record<string, string> = {};
        let attachments: DepositFile[] = [];
        if (request.isMultipart()) {
          const raw: Record<string, string> = {};
          for await (const part of request.parts()) {
            if (part.type === "file") attachments.push({ name: part.filename || part.fieldname, bytes: new Uint8Array(await part.toBuffer()), mime: part.mimetype });
            else if (typeof part.value === "string") raw[part.fieldname] = part.value;
          }
          fields = raw;
        } else {
          fields = Object.fromEntries(Object.entries((request.body ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === "string")) as Record<string, string>;
          attachments = [];
        }
        const parsed = ActionFields.safeParse(fields);
        if (!parsed.success) throw invalid(parsed.error.issues);
        try {
          const invoice = await applySupplierAction(deps, ports, actor, request.params.id, { ...parsed.data, attachments });
          return presentInvoice(invoice, ["FOURNISSEUR"], deps.clock.now());
        } catch (error) {
          throw lifecycleAppError(error);
        }
      },
    );
    r.post(
      "/api/v1/invoices/read",
      {
        schema: {
          tags,
          summary: "Lire une facture sans la déposer (aperçu des données et des contrôles avant envoi)",
          description: "multipart/form-data avec `file` : Factur-X, CII, UBL (données lues et contrôlées) ou PDF simple (texte lu pour pré-remplir le formulaire).",
          response: { 200: InvoicePreview },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const parsed = await readMultipart(request);
        if (!parsed.file) throw missingFile();
        const f = parsed.fields;
        const routing = Object.fromEntries(
          Object.entries({ recipientSiret: f.recipientSiret, serviceCode: f.serviceCode, engagementNumber: f.engagementNumber, supplierSiret: f.supplierSiret }).filter(([, v]) => v !== undefined),
        );
        const preview = await readInvoicePreview(deps, ports, actor, parsed.file, routing);
        return { ...preview, findings: findingsIn(preview.findings, localeOf(request.headers["accept-language"])) };
      },
    );
  };
}
