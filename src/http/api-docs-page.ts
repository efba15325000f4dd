import type { OpenApiDocument } from "./openapi.js";

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/** A self-contained, readable page of the API (no external script): each operation with its parameters and schemas. */
export function renderApiDocs(doc: OpenApiDocument): string {
  const sections: string[] = [];
  for (const [route, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      const id = `${method}-${route}`.replace(/[^a-z0-9]+/gi, "-");
      sections.push(`<section id="${escapeHtml(id)}" aria-labelledby="${escapeHtml(id)}-h">
<h3 id="${escapeHtml(id)}-h"><span class="m m-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(route)}</code></h3>
${op.summary ? `<p>${escapeHtml(op.summary)}</p>` : ""}${op.description ? `<p>${escapeHtml(op.description)}</p>` : ""}
<details><summary>Paramètres, corps et réponses (JSON Schema)</summary><pre>${escapeHtml(
        JSON.stringify({ parameters: op.parameters, requestBody: op.requestBody, responses: op.responses }, null, 2),
      )}</pre></details></section>`);
    }
  }
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} — documentation</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:auto;padding:1rem;color:#1b1b1b;line-height:1.5}
code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f4;padding:1rem;overflow:auto}
.m{display:inline-block;min-width:4.5rem;text-align:center;border-radius:4px;color:#fff;background:#3a3a3a;padding:0 .4rem}
.m-get{background:#0b5394}.m-post{background:#1e6b32}.m-delete{background:#9b1c1c}.m-put,.m-patch{background:#7a4b00}
section{border-top:1px solid #ddd;padding:.5rem 0}a{color:#0b5394}</style></head>
<body><main><h1>${escapeHtml(doc.info.title)} <small>v${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? "")}</p><p>Document machine : <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1).</p>
<h2>Opérations</h2>${sections.join("\n")}</main></body></html>`;
}
