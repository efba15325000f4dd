import type { FastifyInstance } from "fastify";
import type { Deps } from "../../../deps.js";
import { STATUS_CHANGED } from "../../invoices/index.js";
import { registerOutboxHandler } from "../../notifications/index.js";
import { mailInvoiceEvent } from "./mail-invoice-event.js";
import { startDigestJob } from "./send-daily-digests.js";

let registered = false;

/** Invoice mails: the outbox handler of status changes (registered once) and, outside tests, the daily digest job. */
export function invoiceMailJobs(deps: Deps) {
  if (!registered) {
    registerOutboxHandler(STATUS_CHANGED, mailInvoiceEvent);
    registered = true;
  }
  return async (app: FastifyInstance) => {
    let stop: (() => Promise<void>) | undefined;
    if (deps.config.env !== "test") {
      app.addHook("onReady", async () => {
        stop = startDigestJob(deps);
      });
    }
    app.addHook("onClose", async () => stop?.());
  };
}
