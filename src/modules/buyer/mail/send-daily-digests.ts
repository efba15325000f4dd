import type { Deps } from "../../../deps.js";
import { findMailAddress } from "../../accounts/index.js";
import { digestDay } from "../domain/digest-schedule.js";
import { digestMail, type InvoiceSummary } from "./invoice-mails.js";
import { brandOf, sendClaimed } from "./mail-invoice-event.js";
import { bindDigestItems, claimMail, findUsersWithPendingDigest } from "./mail-log.repository.js";

/**
 * Sends each waiting user the day's digest of new invoices, once a day from 07:00 (Paris), by the injected clock.
 * The digest of a day is one mail per user (key digest:user:day): running again the same day, or in two server
 * processes at once, sends nothing twice, and invoices queued after that day's digest wait for the next one.
 * Returns how many digests went out.
 */
export async function sendDailyDigests(deps: Deps): Promise<number> {
  const now = deps.clock.now();
  const day = digestDay(now);
  if (!day) return 0;
  const db = deps.database.db;
  let sent = 0;
  for (const userId of await findUsersWithPendingDigest(db, now.toISOString())) {
    const key = `digest:${userId}:${day}`;
    // Claimed before binding: once today's digest went out, later items stay unbound for tomorrow's.
    if (!(await claimMail(db, { key, user_id: userId, kind: "DIGEST", created_at: now.toISOString() }))) continue;
    const address = await findMailAddress(db, userId);
    const items = await bindDigestItems(db, userId, key, now.toISOString());
    if (!address || items.length === 0) continue;
    await sendClaimed(deps, key, digestMail(brandOf(deps), address.email, items.map((i) => JSON.parse(i.summary) as InvoiceSummary)));
    sent++;
  }
  return sent;
}

const EVERY_FIVE_MINUTES = 5 * 60_000;

/** Runs the digest job now and then every `intervalMs` (a missed run is caught up on the next); returns a stop function. */
export function startDigestJob(deps: Deps, intervalMs = EVERY_FIVE_MINUTES): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = running.then(() => (stopped ? 0 : sendDailyDigests(deps))).catch((error: unknown) => deps.logger.error({ err: error }, "récapitulatif quotidien des factures échoué"));
  };
  const timer = setInterval(run, intervalMs);
  timer.unref();
  run();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
