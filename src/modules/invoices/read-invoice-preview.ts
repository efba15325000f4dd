import type { Deps } from "../../deps.js";
import { type DepositFile, type DepositPorts, prepareDeposit } from "./deposit-invoice.js";
import { guessFromPdfText, type PdfGuess } from "./domain/pdf-guess.js";
import { readPdfText } from "./pdf-text.js";
import type { Actor } from "./ports.js";
import type { InvoicePreview } from "./read-invoice-preview.schemas.js";

async function guess(file: DepositFile): Promise<PdfGuess | undefined> {
  try {
    return guessFromPdfText(await readPdfText(file.bytes));
  } catch {
    return undefined;
  }
}

/**
 * Reads a file as the deposit would and runs every check, writing nothing: the upload screen shows the data beside
 * the PDF with the findings in plain French. A plain PDF's text is read to pre-fill what the user must complete.
 */
export async function readInvoicePreview(deps: Deps, ports: DepositPorts, actor: Actor, file: DepositFile, routing: { recipientSiret?: string; serviceCode?: string; engagementNumber?: string; supplierSiret?: string } = {}): Promise<InvoicePreview> {
  const first = await prepareDeposit(deps, ports, actor, { file, source: "UPLOAD", ...routing });
  let p = first;
  let guessed: PdfGuess | undefined;
  if (first.read.kind === "PDF") {
    guessed = await guess(file);
    const g = guessed;
    if (g?.number && g.issueDate && g.totalWithoutVat && g.totalVat && g.totalWithVat) {
      const pdfData = { number: g.number, issueDate: g.issueDate, dueDate: g.dueDate, documentType: g.documentType, totalWithoutVat: g.totalWithoutVat, totalVat: g.totalVat, totalWithVat: g.totalWithVat };
      p = await prepareDeposit(deps, ports, actor, { file, source: "UPLOAD", pdfData, recipientSiret: routing.recipientSiret ?? g.recipientSiret, serviceCode: routing.serviceCode ?? g.serviceCode, engagementNumber: routing.engagementNumber ?? g.engagementNumber, supplierSiret: routing.supplierSiret });
    }
  }
  const d = p.data;
  const recipient = p.recipientSiret ? await ports.directory.findStructure(deps.database.db, p.recipientSiret) : undefined;
  const read = p.read;
  return {
    kind: read.kind,
    syntax: read.kind === "FACTURX" || read.kind === "XML" ? read.syntax : null,
    profile: read.kind === "FACTURX" || read.kind === "XML" ? read.profile : null,
    guessedFromText: read.kind === "PDF",
    data: {
      number: d?.number ?? guessed?.number ?? null,
      issueDate: d?.issueDate ?? guessed?.issueDate ?? null,
      dueDate: d?.dueDate ?? guessed?.dueDate ?? null,
      documentType: d?.documentType ?? guessed?.documentType ?? null,
      currency: d?.currency ?? null,
      totalWithoutVat: d?.totals.withoutVat ?? guessed?.totalWithoutVat ?? null,
      totalVat: d?.totals.vat ?? guessed?.totalVat ?? null,
      totalWithVat: d?.totals.withVat ?? guessed?.totalWithVat ?? null,
      amountDue: d?.totals.due ?? null,
      supplierSiret: p.supplierSiret ?? d?.sellerSiret ?? guessed?.supplierSiret ?? null,
      supplierName: d?.sellerName ?? null,
      recipientSiret: p.recipientSiret ?? guessed?.recipientSiret ?? null,
      serviceCode: p.serviceCode ?? guessed?.serviceCode ?? null,
      engagementNumber: p.engagementNumber ?? guessed?.engagementNumber ?? null,
      contractNumber: p.contractNumber ?? null,
    },
    recipient: recipient ?? null,
    findings: p.findings,
    canDeposit: !p.findings.some((f) => f.severity === "fatal") && p.data !== undefined,
  };
}
