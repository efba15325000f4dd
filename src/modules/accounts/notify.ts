import type { Deps } from "../../deps.js";
import type { Db } from "../../db/transaction.js";
import type { Mail } from "../../mail/mailer.js";
import { type AuditEvent, insertAuditEvent, type RequestOrigin } from "./audit.repository.js";

/** The sender's look used in mails. */
export function brandOf(deps: Pick<Deps, "config">) {
  return { shortName: deps.config.brand.shortName, publicUrl: deps.config.publicUrl.replace(/\/$/, "") };
}

/**
 * Sends mails in the background: the HTTP answer never waits for SMTP (so it takes as long whether or not an account
 * exists), and a failing relay is logged, never shown to the caller.
 */
export function sendInBackground(deps: Pick<Deps, "mailer" | "logger">, ...mails: Mail[]): void {
  for (const mail of mails) {
    deps.mailer.send(mail).catch((error: unknown) => deps.logger.error({ err: error, to: mail.to, subject: mail.subject }, "envoi d'e-mail échoué"));
  }
}

/** Records an account event in the audit log (who, what, when, from where). */
export async function audit(db: Db, deps: Pick<Deps, "clock">, origin: RequestOrigin, event: AuditEvent): Promise<void> {
  await insertAuditEvent(db, event, origin, deps.clock.now().toISOString());
}
