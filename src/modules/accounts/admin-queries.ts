import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import type { Actor } from "./actor.js";
import { findStructuresWaitingForManager } from "./admin.repository.js";

/** Structures stuck without a manager while requests wait (platform administrator only). */
export async function listStructuresWaitingForManager(deps: Deps, actor: Actor) {
  if (!(actor.kind === "user" && actor.platformAdmin)) throw appError("FORBIDDEN");
  return findStructuresWaitingForManager(deps.database.db);
}
