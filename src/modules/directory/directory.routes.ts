import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { presentStructure, presentSummary } from "./directory.presenter.js";
import { ListServicesQuery, SearchStructuresQuery, Service, SiretParams, StructureDetail, StructureSummary } from "./directory.schemas.js";
import { getStructure } from "./get-structure.js";
import { listServices } from "./list-services.js";
import { searchStructures } from "./search-structures.js";

const TAGS = ["annuaire"];

/** Directory HTTP routes (structures and services). The directory is public: no session needed. */
export function directoryRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const db = deps.database.db;

    r.get(
      "/api/v1/structures",
      {
        schema: {
          tags: TAGS,
          summary: "Rechercher une structure par SIRET, SIREN ou nom",
          querystring: SearchStructuresQuery,
          response: { 200: z.object({ items: z.array(StructureSummary) }) },
        },
      },
      async (request) => ({ items: (await searchStructures(db, request.query.q, request.query.limit)).map(presentSummary) }),
    );

    r.get(
      "/api/v1/structures/:siret",
      { schema: { tags: TAGS, summary: "Consulter une structure et ses paramètres", params: SiretParams, response: { 200: StructureDetail } } },
      async (request) => presentStructure(await getStructure(db, request.params.siret)),
    );

    r.get(
      "/api/v1/structures/:siret/services",
      {
        schema: {
          tags: TAGS,
          summary: "Lister les services d'une structure",
          params: SiretParams,
          querystring: ListServicesQuery,
          response: { 200: z.object({ items: z.array(Service) }) },
        },
      },
      async (request) => {
        const { q, activeOnly } = request.query;
        const items = await listServices(db, request.params.siret, { ...(q !== undefined ? { q } : {}), ...(activeOnly !== undefined ? { activeOnly } : {}) });
        return { items };
      },
    );
  };
}
