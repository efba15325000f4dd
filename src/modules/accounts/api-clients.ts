import { randomBytes } from "node:crypto";
import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { requireAccess } from "./access.js";
import type { Actor } from "./actor.js";
import { noticeMail } from "./account-mails.js";
import { type ApiClientRow, deleteAccessTokens, findApiClient, insertAccessToken, insertApiClient, listApiClients, listApiClientsToWarn, updateApiClient } from "./api-client.repository.js";
import type { RequestOrigin } from "./audit.repository.js";
import { hashSecret, newSecret, safeEqual } from "./domain/tokens.js";
import { findManagerEmails } from "./membership.repository.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { findStructureSummary } from "./structure.repository.js";

/** Bearer tokens live one hour (as PISTE's). */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;
/** Managers are warned this long before credentials with an end date stop working. */
export const EXPIRY_WARNING_MS = 14 * 24 * 3600_000;

/** API credentials as listed (never the secret). */
export interface ApiClientView {
  clientId: string;
  name: string;
  role: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  active: boolean;
}

function present(row: ApiClientRow, now: string): ApiClientView {
  return {
    clientId: row.client_id,
    name: row.name,
    role: row.role,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
    active: row.revoked_at === null && (row.expires_at === null || row.expires_at > now),
  };
}

/** The API credentials of a structure (managers only). */
export async function listStructureApiClients(deps: Deps, actor: Actor, siret: string): Promise<ApiClientView[]> {
  await requireAccess(deps.database.db, actor, siret, "api_clients.manage");
  const now = deps.clock.now().toISOString();
  return (await listApiClients(deps.database.db, siret)).map((row) => present(row, now));
}

/** Creates named credentials for a structure; the secret is returned once and stored only hashed. */
export async function createApiClient(deps: Deps, actor: Actor, siret: string, input: { name: string; expiresAt?: string | undefined }, origin: RequestOrigin): Promise<ApiClientView & { clientSecret: string }> {
  const db = deps.database.db;
  await requireAccess(db, actor, siret, "api_clients.manage");
  const structure = await findStructureSummary(db, siret);
  if (!structure) throw appError("STRUCTURE_NOT_FOUND");
  const now = deps.clock.now().toISOString();
  if (input.expiresAt !== undefined && new Date(input.expiresAt).toISOString() <= now) {
    throw appError("VALIDATION_FAILED", { field: "expiresAt", rule: "FUTURE_DATE" }, "La date de fin doit être dans le futur.");
  }
  const secret = newSecret();
  const row: ApiClientRow = {
    client_id: `gch_${randomBytes(12).toString("hex")}`,
    structure_siret: siret,
    name: input.name.trim(),
    secret_hash: hashSecret(secret),
    role: structure.kind === "PUBLIQUE" ? "AGENT" : "MEMBER",
    created_by: actor.kind === "user" ? actor.userId : null,
    created_at: now,
    expires_at: input.expiresAt === undefined ? null : new Date(input.expiresAt).toISOString(),
    expiry_warned_at: null,
    revoked_at: null,
    last_used_at: null,
  };
  await insertApiClient(db, row);
  await audit(db, deps, origin, { event: "api_client.created", actor: row.created_by, userId: row.created_by, structureSiret: siret, details: { clientId: row.client_id, name: row.name } });
  return { ...present(row, now), clientSecret: secret };
}

/** Revokes credentials at once (their bearer tokens stop working). */
export async function revokeApiClient(deps: Deps, actor: Actor, siret: string, clientId: string, origin: RequestOrigin): Promise<void> {
  const db = deps.database.db;
  await requireAccess(db, actor, siret, "api_clients.manage");
  const row = await findApiClient(db, clientId);
  if (!row || row.structure_siret !== siret) throw appError("NOT_FOUND", { field: "clientId" }, "Identifiants d'API introuvables.");
  await runInTransaction(db, async ({ trx }) => {
    if (row.revoked_at === null) await updateApiClient(trx, clientId, { revoked_at: deps.clock.now().toISOString() });
    await deleteAccessTokens(trx, { clientId });
    await audit(trx, deps, origin, { event: "api_client.revoked", userId: actor.kind === "user" ? actor.userId : null, structureSiret: siret, details: { clientId } });
  });
}

/** OAuth 2 client credentials: a bearer token valid one hour, carrying the structure and its role. */
export async function issueAccessToken(deps: Deps, input: { clientId: string; clientSecret: string }): Promise<{ access_token: string; token_type: "Bearer"; expires_in: number; scope: string; structure_siret: string; role: string }> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const row = await findApiClient(db, input.clientId);
  // Compare against a dummy hash for unknown ids so the timing does not reveal which ids exist.
  const matches = safeEqual(hashSecret(input.clientSecret), row?.secret_hash ?? hashSecret(newSecret()));
  if (!row || !matches || row.revoked_at !== null || (row.expires_at !== null && row.expires_at <= now.toISOString())) {
    throw appError("INVALID_CLIENT", { error: "invalid_client" });
  }
  const token = newSecret();
  await insertAccessToken(db, { token_hash: hashSecret(token), client_id: row.client_id, created_at: now.toISOString(), expires_at: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000).toISOString() });
  await updateApiClient(db, row.client_id, { last_used_at: now.toISOString() });
  await deleteAccessTokens(db, { expiredBefore: now.toISOString() });
  return { access_token: token, token_type: "Bearer", expires_in: ACCESS_TOKEN_TTL_SECONDS, scope: `structure:${row.structure_siret} role:${row.role}`, structure_siret: row.structure_siret, role: row.role };
}

/** Mails the managers of every structure whose credentials end within 14 days (once per credentials). */
export async function warnExpiringApiClients(deps: Deps): Promise<number> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const rows = await listApiClientsToWarn(db, now.toISOString(), new Date(now.getTime() + EXPIRY_WARNING_MS).toISOString());
  const brand = brandOf(deps);
  for (const row of rows) {
    const managers = await findManagerEmails(db, row.structure_siret);
    const day = (row.expires_at ?? "").slice(0, 10);
    sendInBackground(
      deps,
      ...managers.map((to) =>
        noticeMail(brand, to, "identifiants d'API bientôt expirés", `Les identifiants d'API « ${row.name} » (${row.client_id}) de la structure ${row.structure_siret} cesseront de fonctionner le ${day}.\nCréez-en de nouveaux et remplacez-les dans votre logiciel avant cette date : ${brand.publicUrl}/structures/${row.structure_siret}/api`),
      ),
    );
    await updateApiClient(db, row.client_id, { expiry_warned_at: now.toISOString() });
  }
  return rows.length;
}
