import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";

const KeptMail = z.object({ id: z.number(), from: z.string(), to: z.string(), subject: z.string(), text: z.string(), sentAt: z.string() });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

/** Outside production without SMTP: the mails the platform would have sent, as JSON and as a small page. */
export function devMailRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const kept = deps.mailer.kept;
    if (deps.config.production || !kept) return;
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get("/api/dev/mails", { schema: { tags: ["développement"], summary: "Mails gardés par la boîte de développement (hors production, sans SMTP)", response: { 200: z.array(KeptMail) } } }, async () =>
      kept().map(({ id, from, to, subject, text, sentAt }) => ({ id, from, to, subject, text, sentAt })),
    );
    app.get("/dev/mails", { schema: { hide: true } }, async (_request, reply) => {
      const items = kept()
        .map((m) => `<article><h2>${escapeHtml(m.subject)}</h2><p><small>${escapeHtml(m.sentAt)} — à ${escapeHtml(m.to)}</small></p><pre>${linkify(escapeHtml(m.text))}</pre></article>`)
        .join("\n");
      reply.type("text/html; charset=utf-8").send(
        `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Mails de développement</title><style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}article{border-bottom:1px solid #ccc;padding:1rem 0}pre{white-space:pre-wrap}</style></head><body><h1>Mails de développement</h1><p>Ces mails n'ont pas été envoyés (aucun SMTP_URL configuré). Les plus récents d'abord.</p>${items || "<p>Aucun mail pour l'instant.</p>"}</body></html>`,
      );
    });
  };
}
