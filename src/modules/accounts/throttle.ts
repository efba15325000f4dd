import type { Db } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { hashSecret } from "./domain/tokens.js";
import { deleteRateCounter, findRateCounter, saveRateCounter } from "./rate-counter.repository.js";

// Per-account counters kept in the database (so they hold across restarts and instances), keyed by a hash of the
// e-mail: an unknown address is counted exactly like a known one, so the answers never tell them apart.

const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES = 5;
const MAX_LOCK_MS = 60 * 60_000;

/** The counter key of an e-mail for a purpose ("login", "reset", "signup"...). */
export function accountKey(purpose: string, email: string): string {
  return `${purpose}:${hashSecret(email)}`;
}

function retryAfter(lockedUntil: string, now: Date): Error {
  const seconds = Math.max(1, Math.ceil((Date.parse(lockedUntil) - now.getTime()) / 1000));
  return appError("RATE_LIMITED", { retryAfterSeconds: seconds }, `Trop de tentatives pour ce compte : réessayez dans ${Math.ceil(seconds / 60)} minute(s).`);
}

/** Throws 429 while the key is locked. */
export async function assertNotLocked(db: Db, key: string, now: Date): Promise<void> {
  const row = await findRateCounter(db, key);
  if (row?.locked_until && row.locked_until > now.toISOString()) throw retryAfter(row.locked_until, now);
}

/** Counts a failure; from the 6th within 15 minutes the key locks for 1, 2, 4... minutes (at most an hour). */
export async function recordFailure(db: Db, key: string, now: Date): Promise<void> {
  const row = await findRateCounter(db, key);
  const fresh = !row || now.getTime() - Date.parse(row.window_start) > WINDOW_MS + (row.locked_until ? MAX_LOCK_MS : 0);
  const failures = fresh ? 1 : row.failures + 1;
  const over = failures - FREE_FAILURES;
  const lockedUntil = over > 0 ? new Date(now.getTime() + Math.min(MAX_LOCK_MS, 60_000 * 2 ** (over - 1))).toISOString() : null;
  await saveRateCounter(db, { key, failures, window_start: fresh ? now.toISOString() : row.window_start, locked_until: lockedUntil });
}

/** Forgets the failures of a key (after a success). */
export async function clearFailures(db: Db, key: string): Promise<void> {
  await deleteRateCounter(db, key);
}

/** Counts one request against a quota (e.g. 3 reset mails per hour per address); throws 429 beyond it. */
export async function consumeQuota(db: Db, key: string, now: Date, quota: { max: number; windowMs: number }): Promise<void> {
  const row = await findRateCounter(db, key);
  const fresh = !row || now.getTime() - Date.parse(row.window_start) > quota.windowMs;
  const count = fresh ? 1 : row.failures + 1;
  const windowStart = fresh ? now.toISOString() : row.window_start;
  if (count > quota.max) throw retryAfter(new Date(Date.parse(windowStart) + quota.windowMs).toISOString(), now);
  await saveRateCounter(db, { key, failures: count, window_start: windowStart, locked_until: null });
}
