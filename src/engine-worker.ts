// The engine worker (src/shared/engine-pool.ts): the jobs the main thread sends it, by name. It imports only the files
// of those jobs, not the modules' index files, which would bring routes, repositories and their libraries onto a thread
// that needs none of them (the architecture test allows this file alone to do so).
import { CONVERT_ORIGINAL_JOB, convertOriginalJob } from "./modules/buyer/convert-original.js";
import { PDF_TEXT_JOB, pdfTextJob } from "./modules/invoices/pdf-text.js";
import { READ_DEPOSIT_JOB, readDepositJob } from "./modules/invoices/read-deposit-job.js";
import { RECEIPT_PDF_JOB, receiptPdfJob } from "./modules/invoices/receipt-pdf.js";
import { ENGINE_FINDINGS_IN_ENGLISH_JOB, engineFindingsInEnglishJob } from "./modules/invoices/stored-findings-locale.js";
import { WRITE_INVOICE_JOB, writeInvoiceJob } from "./modules/invoices/write-invoice-file.js";
import { VALIDATE_JOB, validateInvoiceJob } from "./modules/validation/validate-invoice.js";
import { serveEngineJobs } from "./shared/engine-worker-host.js";

serveEngineJobs({
  [READ_DEPOSIT_JOB]: readDepositJob,
  [WRITE_INVOICE_JOB]: writeInvoiceJob,
  [VALIDATE_JOB]: validateInvoiceJob,
  [CONVERT_ORIGINAL_JOB]: convertOriginalJob,
  [RECEIPT_PDF_JOB]: receiptPdfJob,
  [PDF_TEXT_JOB]: pdfTextJob,
  [ENGINE_FINDINGS_IN_ENGLISH_JOB]: engineFindingsInEnglishJob,
});
