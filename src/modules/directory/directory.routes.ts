import type { FastifyInstance } from "fastify";
import type { Deps } from "../../deps.js";

/** Directory HTTP routes (structures and services). */
export function directoryRoutes(_deps: Deps) {
  return async (_app: FastifyInstance) => {};
}
