import { z } from "zod";
import type { Invoice } from "../../einvoice/index.js";
import { AppError } from "../../shared/errors.js";
import type { DepositFile } from "./deposit-invoice.js";
import { DepositFields, JsonFile } from "./invoice.schemas.js";
import { ModelInvoice } from "./model-invoice.schemas.js";
import { writeInvoiceFile } from "./write-invoice-file.js";

// Deposit of an invoice given as JSON in the engine's model shape (BT/BG business terms): the server writes it as
// CII (default) or Factur-X, and that file is the original, deposited through the same checks as any file.

/** The JSON body of a model deposit: the invoice, the routing fields, the output syntax, attachments. */
export const ModelDepositBody = DepositFields.pick({ supplierSiret: true, recipientSiret: true, serviceCode: true, engagementNumber: true, contractNumber: true, framework: true, validatorSiret: true })
  .extend({
    invoice: ModelInvoice.describe("La facture dans la forme du modèle EN 16931 du moteur (src/einvoice/model) : chaque valeur est un objet { value }"),
    output: z.enum(["CII", "FACTURX"]).default("CII").describe("Le fichier écrit par le serveur, qui devient l'original : CII (XML, par défaut) ou Factur-X (PDF/A-3 EN 16931)"),
    attachments: z.array(JsonFile).max(50).optional(),
  })
  .strict();
export type ModelDepositBody = z.infer<typeof ModelDepositBody>;

/** True when a JSON deposit body carries the invoice as a model (`invoice`) rather than as a file (`file`). */
export function isModelBody(body: unknown): boolean {
  return typeof body === "object" && body !== null && "invoice" in body && !("file" in body);
}

function invalid(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): AppError {
  const errors = issues.map((i) => ({ field: i.path.map(String).join("."), message: i.message }));
  return new AppError("VALIDATION_FAILED", { status: 400, message: "La requête contient des données invalides.", details: { errors, rule: "MODEL-SHAPE", ...(errors[0]?.field ? { field: errors[0].field } : {}) } });
}

const safeName = (number: string) => number.trim().replace(/[^\w.-]+/g, "_").slice(0, 40) || "facture";

/**
 * Reads a model deposit body (400 with each wrong field when it is not in the model's shape) and writes the invoice
 * file. A Factur-X carries the invoice's issue date as its creation date, so the same request always produces the
 * same bytes (the Idempotency-Key compares requests by their file).
 */
export async function readModelDeposit(body: unknown): Promise<{ file: DepositFile; attachments: DepositFile[]; fields: DepositFields }> {
  const parsed = ModelDepositBody.safeParse(body);
  if (!parsed.success) throw invalid(parsed.error.issues);
  const { invoice, output, attachments, ...fields } = parsed.data;
  // The schema mirrors the model field by field; zod's optional fields (`T | undefined`) are the only difference.
  const model = invoice as unknown as Invoice;
  const number = safeName(model.number?.value ?? "");
  let file: DepositFile;
  try {
    // On the engine pool when the server has one (write-invoice-file.ts): a server that only takes files never loads
    // the writers nor pdf-lib on its main thread.
    if (output === "FACTURX") {
      const day = /^\d{4}-\d{2}-\d{2}$/.test(model.issueDate?.value ?? "") ? `${model.issueDate?.value}T12:00:00.000Z` : "2000-01-01T00:00:00.000Z";
      file = { name: `facture-${number}.pdf`, bytes: await writeInvoiceFile(model, "FACTURX", new Date(day)), mime: "application/pdf" };
    } else {
      file = { name: `facture-${number}.xml`, bytes: await writeInvoiceFile(model, "CII", new Date(0)), mime: "application/xml" };
    }
  } catch (error) {
    // The writers expect what a reader produces; what they cannot write is bad input, not a server fault.
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("VALIDATION_FAILED", { status: 400, message: `La facture ne peut pas être écrite en ${output === "FACTURX" ? "Factur-X" : "CII"} : ${reason}`, messageEn: `The invoice cannot be written as ${output === "FACTURX" ? "Factur-X" : "CII"}: ${reason}`, details: { rule: "MODEL-WRITE", field: "invoice" } });
  }
  const decode = (f: { name: string; contentBase64: string; mime?: string | undefined }) => ({ name: f.name, bytes: new Uint8Array(Buffer.from(f.contentBase64, "base64")), mime: f.mime });
  return { file, attachments: (attachments ?? []).map(decode), fields };
}
