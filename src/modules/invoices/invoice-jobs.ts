import type { FastifyInstance } from "fastify";
import type { Deps } from "../../deps.js";
import { registerOutboxHandler } from "../notifications/index.js";
import { announceValidation } from "./announce-validation.js";
import { expireValidations } from "./expire-validations.js";
import { STATUS_CHANGED } from "./record-transition.js";
import { remindDrafts } from "./remind-drafts.js";
import { sweepOrphanFiles } from "./sweep-orphan-files.js";

const HOURLY = 3600_000;
/** The outbox handler is registered once per process (the registry is module-wide). */
let announcing = false;

/** A periodic job of the invoices module: what it does, and what to log when it fails. */
interface InvoiceJob {
  name: string;
  run(deps: Deps): Promise<unknown>;
}

/** The invoices module's periodic jobs, in the order they run. */
export const INVOICE_JOBS: InvoiceJob[] = [
  { name: "validation tacite des factures de sous-traitants (15 jours)", run: expireValidations },
  { name: "rappel des brouillons jamais envoyés", run: remindDrafts },
  { name: "nettoyage des fichiers orphelins", run: sweepOrphanFiles },
];

/** Runs every job once, each failure logged and not stopping the others. */
export async function runInvoiceJobs(deps: Deps, jobs: readonly InvoiceJob[] = INVOICE_JOBS): Promise<void> {
  for (const job of jobs) {
    try {
      await job.run(deps);
    } catch (error) {
      deps.logger.error({ err: error }, `tâche périodique échouée : ${job.name}`);
    }
  }
}

/**
 * The invoices module's follow-ups: the main contractor's validation mail (A9), and the background jobs (same
 * pattern as the accounts module's credential warnings): hourly, and once when the server is ready; a missed hour is
 * caught up on the next. Jobs are off in tests, which call them with the fixed clock.
 */
export function invoiceJobsRoutes(deps: Deps) {
  if (!announcing) {
    registerOutboxHandler(STATUS_CHANGED, announceValidation);
    announcing = true;
  }
  return async (app: FastifyInstance) => {
    if (deps.config.env === "test") return;
    let running: Promise<void> | undefined;
    const run = () => {
      // One pass at a time: a slow sweep is never overlapped by the next tick.
      running ??= runInvoiceJobs(deps).finally(() => {
        running = undefined;
      });
    };
    const timer = setInterval(run, HOURLY);
    timer.unref();
    app.addHook("onReady", async () => run());
    app.addHook("onClose", async () => {
      clearInterval(timer);
      await running;
    });
  };
}
