import type { Selectable, Updateable } from "kysely";
import type { Db } from "../../db/transaction.js";
import type { ApiClientTable } from "../../db/schema.js";

export type ApiClientRow = Selectable<ApiClientTable>;

/** Stores new API credentials (the secret only as a hash). */
export async function insertApiClient(db: Db, row: ApiClientRow): Promise<void> {
  await db.insertInto("api_clients").values(row).execute();
}

/** The API client with this id, if any. */
export async function findApiClient(db: Db, clientId: string): Promise<ApiClientRow | undefined> {
  return db.selectFrom("api_clients").selectAll().where("client_id", "=", clientId).executeTakeFirst();
}

/** Every API client of a structure, newest first. */
export async function listApiClients(db: Db, siret: string): Promise<ApiClientRow[]> {
  return db.selectFrom("api_clients").selectAll().where("structure_siret", "=", siret).orderBy("created_at", "desc").execute();
}

/** Updates an API client. */
export async function updateApiClient(db: Db, clientId: string, changes: Updateable<ApiClientTable>): Promise<void> {
  await db.updateTable("api_clients").set(changes).where("client_id", "=", clientId).execute();
}

/** Clients that end before `before`, not revoked, not yet warned. */
export async function listApiClientsToWarn(db: Db, now: string, before: string): Promise<ApiClientRow[]> {
  return db
    .selectFrom("api_clients")
    .selectAll()
    .where("revoked_at", "is", null)
    .where("expiry_warned_at", "is", null)
    .where("expires_at", "is not", null)
    .where("expires_at", ">", now)
    .where("expires_at", "<=", before)
    .execute();
}

/** Stores a bearer token (by hash) issued to a client. */
export async function insertAccessToken(db: Db, row: { token_hash: string; client_id: string; created_at: string; expires_at: string }): Promise<void> {
  await db.insertInto("access_tokens").values(row).execute();
}

/** A bearer token with its client, if both exist. */
export async function findAccessToken(db: Db, tokenHash: string) {
  return db
    .selectFrom("access_tokens")
    .innerJoin("api_clients", "api_clients.client_id", "access_tokens.client_id")
    .select([
      "access_tokens.expires_at as token_expires_at",
      "api_clients.client_id",
      "api_clients.structure_siret",
      "api_clients.role",
      "api_clients.revoked_at",
      "api_clients.expires_at as client_expires_at",
    ])
    .where("access_tokens.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Deletes a client's bearer tokens (on revocation) and expired ones. */
export async function deleteAccessTokens(db: Db, filter: { clientId?: string; expiredBefore?: string }): Promise<void> {
  let query = db.deleteFrom("access_tokens");
  if (filter.clientId) query = query.where("client_id", "=", filter.clientId);
  if (filter.expiredBefore) query = query.where("expires_at", "<", filter.expiredBefore);
  await query.execute();
}
