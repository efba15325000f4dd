import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../deps.js";

export const PlatformInfo = z.object({
  name: z.string().describe("Nom de l'organisme qui déploie le portail"),
  shortName: z.string(),
  primaryColor: z.string(),
  logoUrl: z.string().nullable(),
  environment: z.enum(["development", "production", "test"]),
});
export type PlatformInfo = z.infer<typeof PlatformInfo>;

/** Health and the deploying body's look, read by the front end at start. */
export function platformRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get("/api/health", { schema: { tags: ["plateforme"], summary: "État du service", response: { 200: z.object({ status: z.literal("ok") }) } } }, async () => ({
      status: "ok" as const,
    }));
    r.get("/api/v1/platform", { schema: { tags: ["plateforme"], summary: "Identité visuelle du portail", response: { 200: PlatformInfo } } }, async () => ({
      name: deps.config.brand.name,
      shortName: deps.config.brand.shortName,
      primaryColor: deps.config.brand.primaryColor,
      logoUrl: deps.config.brand.logoUrl ?? null,
      environment: deps.config.env,
    }));
  };
}
