import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Where `npm run build:web` puts the front end. */
export const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Serves the built React app and falls back to its index.html for client-side routes (never for /api). */
export async function registerWebApp(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const index = path.join(dist, "index.html");
  if (!fs.existsSync(index)) {
    app.log.warn(`front end not built (${index} missing): run npm run build:web`);
    return;
  }
  await app.register(fastifyStatic, { root: dist, prefix: "/", wildcard: false, index: false });
  const html = fs.readFileSync(index, "utf8");
  app.get("/*", { schema: { hide: true } }, async (request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    if (url.startsWith("/api/")) return reply.callNotFound();
    const file = path.join(dist, path.normalize(url).replace(/^(\.\.[/\\])+/, ""));
    if (url !== "/" && file.startsWith(dist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(dist, file));
    }
    return reply.type("text/html; charset=utf-8").send(html);
  });
}
