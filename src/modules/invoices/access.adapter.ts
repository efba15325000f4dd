import type { FastifyRequest } from "fastify";
import type { Db } from "../../db/transaction.js";
import { type Actor as AccountsActor, listAccessibleStructures, requireAccess, requireActor } from "../accounts/index.js";
import type { AccessPort, Actor } from "./ports.js";

/** The caller of a request as the invoices module sees it (401 when anonymous). */
export function actorOf(request: FastifyRequest): Actor {
  const a = requireActor(request);
  return a.kind === "user"
    ? { id: a.userId, name: a.email, kind: "user", principal: a }
    : { id: `api:${a.clientId}`, name: `API ${a.clientId}`, kind: "api_client", principal: a };
}

/** The accounts module's permission table, behind the invoices module's access port. */
export const accessAdapter: AccessPort = {
  async requireAccess(db: Db, actor, siret, action, options) {
    await requireAccess(db, actor.principal as AccountsActor, siret, action, options ?? {});
  },
  async structuresFor(db: Db, actor, action) {
    return (await listAccessibleStructures(db, actor.principal as AccountsActor, action)).map((a) => a.structureSiret);
  },
};
