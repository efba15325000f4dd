import type { Db } from "../../db/transaction.js";
import { type Actor as AccountsActor, can, listAccessibleStructures, type ServiceScope } from "../accounts/index.js";
import type { Actor } from "../invoices/index.js";

/** A structure whose received invoices the caller may read, with the services it covers and whether it may process. */
export interface ReceivedScope {
  siret: string;
  scope: ServiceScope;
  canProcess: boolean;
}

/** Where the caller reads received invoices: managers the whole structure, agents the services they are attached to. */
export async function receivedScopes(db: Db, actor: Actor): Promise<ReceivedScope[]> {
  const accesses = await listAccessibleStructures(db, actor.principal as AccountsActor, "invoice.read_received");
  return accesses.map((a) => ({ siret: a.structureSiret, scope: a.scope, canProcess: can(a.role, "invoice.process") }));
}
