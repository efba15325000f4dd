import type { Insertable, Selectable } from "kysely";
import type { WebhookDeliveryTable, WebhookTable } from "../../../db/schema.js";
import type { Db } from "../../../db/transaction.js";

// Persistence of webhooks and their delivery log.

export type WebhookRow = Selectable<WebhookTable>;
export type DeliveryRow = Selectable<WebhookDeliveryTable>;

/** Registers a webhook. */
export async function insertWebhook(db: Db, row: Insertable<WebhookTable>): Promise<void> {
  await db.insertInto("webhooks").values(row).execute();
}

/** The webhook with that id, if any. */
export async function findWebhook(db: Db, id: string): Promise<WebhookRow | undefined> {
  return db.selectFrom("webhooks").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The webhooks of a structure, oldest first. */
export async function findWebhooksOf(db: Db, siret: string): Promise<WebhookRow[]> {
  return db.selectFrom("webhooks").selectAll().where("structure_siret", "=", siret).orderBy("created_at").orderBy("id").execute();
}

/** Changes a webhook's state (pause, resume, failure count). */
export async function updateWebhook(db: Db, id: string, changes: Partial<Omit<WebhookTable, "id">>): Promise<void> {
  await db.updateTable("webhooks").set(changes).where("id", "=", id).execute();
}

/** Removes a webhook and its delivery log. */
export async function deleteWebhook(db: Db, id: string): Promise<void> {
  await db.deleteFrom("webhook_deliveries").where("webhook_id", "=", id).execute();
  await db.deleteFrom("webhooks").where("id", "=", id).execute();
}

/** Queues deliveries; one per (webhook, outbox entry, event) even if the outbox handler runs twice. */
export async function insertDeliveries(db: Db, rows: Insertable<WebhookDeliveryTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto("webhook_deliveries").values(rows).onConflict((oc) => oc.columns(["webhook_id", "outbox_id", "event"]).doNothing()).execute();
}

/** The oldest undelivered delivery of each active webhook (deliveries go out one at a time, in order). */
export async function findHeadDeliveries(db: Db): Promise<Array<DeliveryRow & { url: string; secret: string }>> {
  const heads = db.selectFrom("webhook_deliveries").select((eb) => eb.fn.min("id").as("id")).where("status", "=", "PENDING").groupBy("webhook_id");
  return db
    .selectFrom("webhook_deliveries")
    .innerJoin("webhooks", "webhooks.id", "webhook_deliveries.webhook_id")
    .selectAll("webhook_deliveries")
    .select(["webhooks.url", "webhooks.secret"])
    .where("webhook_deliveries.id", "in", heads)
    .where("webhooks.active", "=", 1)
    .orderBy("webhook_deliveries.id")
    .execute();
}

/** Records the outcome of one attempt. */
export async function updateDelivery(db: Db, id: number, changes: Partial<Omit<WebhookDeliveryTable, "id">>): Promise<void> {
  await db.updateTable("webhook_deliveries").set(changes).where("id", "=", id).execute();
}

/** A webhook's delivery log, newest first. */
export async function findDeliveries(db: Db, webhookId: string, limit: number): Promise<DeliveryRow[]> {
  return db.selectFrom("webhook_deliveries").selectAll().where("webhook_id", "=", webhookId).orderBy("id", "desc").limit(limit).execute();
}

/** One delivery of a webhook. */
export async function findDelivery(db: Db, webhookId: string, id: number): Promise<DeliveryRow | undefined> {
  return db.selectFrom("webhook_deliveries").selectAll().where("webhook_id", "=", webhookId).where("id", "=", id).executeTakeFirst();
}
