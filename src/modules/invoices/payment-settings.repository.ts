import type { Selectable } from "kysely";
import { bool } from "../../db/database.js";
import type { PaymentSettingsTable } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";
import { DEFAULT_PAYMENT_DELAY_DAYS, findStructure } from "../directory/index.js";

// The payment clock settings of a public structure: the row its managers saved (payment_settings), or else the
// directory's delay counted from the deposit. Read by every clock (detail, payment-clock endpoint, figures).

/** How a structure's payment clock runs. */
export interface PaymentSettings {
  delayDays: number;
  fromServiceFait: boolean;
  /** Who saved them and when; null while the structure runs on the directory's delay. */
  updatedBy: string | null;
  updatedAt: string | null;
}

/** The clock settings of a structure (its managers' row, else the directory's delay from the deposit). */
export async function findPaymentSettings(db: Db, siret: string): Promise<PaymentSettings> {
  const row = await db.selectFrom("payment_settings").selectAll().where("structure_siret", "=", siret).executeTakeFirst();
  if (row) return { delayDays: row.delay_days, fromServiceFait: bool(row.from_service_fait), updatedBy: row.updated_by, updatedAt: row.updated_at };
  const structure = await findStructure(db, siret);
  return { delayDays: structure?.paymentDelayDays ?? DEFAULT_PAYMENT_DELAY_DAYS, fromServiceFait: false, updatedBy: null, updatedAt: null };
}

/** Saves a structure's clock settings, replacing the earlier ones. */
export async function upsertPaymentSettings(db: Db, row: Selectable<PaymentSettingsTable>): Promise<void> {
  await db
    .insertInto("payment_settings")
    .values(row)
    .onConflict((oc) => oc.column("structure_siret").doUpdateSet({ delay_days: row.delay_days, from_service_fait: row.from_service_fait, updated_by: row.updated_by, updated_at: row.updated_at }))
    .execute();
}
