import { randomBytes } from "node:crypto";
import { createDemoAccounts } from "../../src/modules/accounts/index.js";
import { createTestApp, type TestApp } from "../test-app.js";
import type { Dialect } from "../../src/db/database.js";
import { seedDirectory } from "./factories.js";

// HTTP test helpers for the invoices API: real users (the accounts module's demo accounts, created on a seeded
// directory), sessions from the real login route, multipart bodies built by hand.

export const DEMO_PASSWORD = "mot-de-passe-de-test-42";
export const SUPPLIER_EMAIL = "fournisseur@guichet.test";
export const BUYER_MANAGER_EMAIL = "gestionnaire.cd06@guichet.test";
export const AGENT_EMAIL = "agent.drit@guichet.test";

/** A test app with the directory seeded and the demo accounts created. */
export async function createInvoicesTestApp(dialect: Dialect): Promise<TestApp> {
  const t = await createTestApp(dialect, { env: { GUICHET_DEMO_PASSWORD: DEMO_PASSWORD } });
  await seedDirectory(t.deps.database.db);
  await createDemoAccounts(t.deps, () => undefined);
  return t;
}

export interface Session {
  headers: Record<string, string>;
}

/** Logs in through the real route and returns the headers a browser would send (cookie + CSRF token). */
export async function logIn(t: TestApp, email: string): Promise<Session> {
  const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: DEMO_PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookies = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return { headers: { cookie: cookies, "x-csrf-token": (res.json() as { csrfToken: string }).csrfToken } };
}

export interface Part {
  name: string;
  value: string | Uint8Array;
  filename?: string;
  type?: string;
}

/** A multipart/form-data body and its content-type header. */
export function multipart(parts: Part[]): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----guichet${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}`;
    const head = `--${boundary}\r\ncontent-disposition: ${disposition}\r\n${p.filename ? `content-type: ${p.type ?? "application/octet-stream"}\r\n` : ""}\r\n`;
    chunks.push(Buffer.from(head), Buffer.from(p.value), Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Deposit parts: the invoice file plus routing fields. */
export function depositParts(file: Uint8Array, fields: Record<string, string> = {}, filename = "facture.xml"): Part[] {
  return [{ name: "file", value: file, filename, type: filename.endsWith(".pdf") ? "application/pdf" : "application/xml" }, ...Object.entries(fields).map(([name, value]) => ({ name, value }))];
}
