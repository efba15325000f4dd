import type { Kysely, Transaction } from "kysely";
import type { Database } from "./schema.js";

/** A database or an open transaction: repositories accept either. */
export type Db = Kysely<Database> | Transaction<Database>;

/** What a transactional block receives: the transaction, and a way to run something once it has committed. */
export interface TransactionScope {
  trx: Transaction<Database>;
  afterCommit(callback: () => void | Promise<void>): void;
}

/**
 * Runs `work` in one transaction; callbacks registered with afterCommit run only if it commits (side effects such as
 * waking the outbox worker must never fire for a change that rolled back).
 */
export async function runInTransaction<T>(db: Kysely<Database>, work: (scope: TransactionScope) => Promise<T>): Promise<T> {
  const callbacks: Array<() => void | Promise<void>> = [];
  const result = await db.transaction().execute((trx) => work({ trx, afterCommit: (cb) => callbacks.push(cb) }));
  for (const cb of callbacks) {
    try {
      await cb();
    } catch {
      // After-commit work is best effort: the outbox retries what matters.
    }
  }
  return result;
}
