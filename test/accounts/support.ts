// Shared helpers of the accounts tests: a real SMTP server in the test process, and an HTTP client over app.inject
// that keeps the session cookie and sends the CSRF header like the web client does.
import type { AddressInfo } from "node:net";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { SMTPServer } from "smtp-server";
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import type { Dialect } from "../../src/db/database.js";
import { createTestApp, type TestApp } from "../test-app.js";

export const PASSWORD = "Un-mot-de-passe-solide-42";
export const PUBLIC_SIRET = "22060001900016";
/** A SIRET with a valid Luhn key that no structure uses (for company creation). */
export const COMPANY_SIRET = "73282932000074";
export const OTHER_COMPANY_SIRET = "55210055400013";

/** One mail the SMTP server received, decoded. */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
}

function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi, (_m, kind: string, data: string) =>
    kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replaceAll("_", " ")),
  );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i] as string;
    if (c === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function parseMail(raw: string): ReceivedMail {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const header = (name: string) => head.match(new RegExp(`^${name}: (.*)$`, "im"))?.[1] ?? "";
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text = encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { to: decodeWords(header("To")).replace(/^.*<|>.*$/g, ""), subject: decodeWords(header("Subject")), text: text.replace(/\r\n/g, "\n") };
}

/** A real SMTP server on a free port that keeps what it receives. */
export interface MailCatcher {
  url: string;
  mails: ReceivedMail[];
  /** Waits for the next mail to `to` whose subject matches, received after `after` mails to that address. */
  waitFor(to: string, subject: RegExp, options?: { after?: number }): Promise<ReceivedMail>;
  countTo(to: string): number;
  close(): Promise<void>;
}

/** Starts the SMTP server. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        mails.push(parseMail(Buffer.concat(chunks).toString("utf8")));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  const countTo = (to: string) => mails.filter((m) => m.to === to).length;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    countTo,
    async waitFor(to, subject, options = {}) {
      // Mails leave in the background after the HTTP answer: poll until it arrives (vitest's timeout bounds it).
      for (;;) {
        const found = mails.filter((m) => m.to === to).slice(options.after ?? 0).find((m) => subject.test(m.subject));
        if (found) return found;
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The token of the link in a mail (after "#token="). */
export function tokenIn(mail: ReceivedMail): string {
  const token = mail.text.match(/#token=([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`no link token in mail "${mail.subject}"`);
  return token;
}

/** An HTTP client over app.inject keeping a session like a browser (cookie + x-csrf-token). */
export class Client {
  cookies: Record<string, string> = {};
  constructor(readonly app: FastifyInstance) {}

  async request(method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const cookie = Object.entries(this.cookies).map(([k, v]) => `${k}=${v}`).join("; ");
    const csrf = method !== "GET" && this.cookies.guichet_csrf ? { "x-csrf-token": this.cookies.guichet_csrf } : {};
    const response = await this.app.inject({
      method,
      url,
      headers: { ...(cookie ? { cookie } : {}), ...csrf, ...headers },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    for (const c of response.cookies) {
      if (c.value === "" || (c.expires && c.expires.getTime() < Date.now())) delete this.cookies[c.name];
      else this.cookies[c.name] = c.value;
    }
    return response;
  }
  get(url: string) {
    return this.request("GET", url);
  }
  post(url: string, body: unknown = {}, headers?: Record<string, string>) {
    return this.request("POST", url, body, headers);
  }
  patch(url: string, body: unknown = {}) {
    return this.request("PATCH", url, body);
  }
  delete(url: string) {
    return this.request("DELETE", url);
  }
}

/** The app with mail sent to the catcher, plus the Département's structure and two of its services. */
export async function createAccountsApp(dialect: Dialect, mail: MailCatcher, env: Record<string, string> = {}): Promise<TestApp> {
  const t = await createTestApp(dialect, { env: { SMTP_URL: mail.url, PUBLIC_URL: "https://guichet.example", ...env } });
  await insertPublicStructure(t, PUBLIC_SIRET, "Département des Alpes-Maritimes", ["DRIT", "PRESSE"]);
  return t;
}

/**
 * Registers the usual hooks of an accounts test: one mail catcher for the file, a fresh app per test (closed after
 * it). `use` receives both each time a new app is made.
 */
export function withAccountsApp(dialect: Dialect, use: (t: TestApp, mail: MailCatcher) => void, env: Record<string, string> = {}): void {
  let mail: MailCatcher;
  let t: TestApp;
  beforeAll(async () => {
    mail = await startMailCatcher();
  });
  afterAll(async () => mail.close());
  beforeEach(async () => {
    t = await createAccountsApp(dialect, mail, env);
    use(t, mail);
  });
  afterEach(async () => t.close());
}

/** Inserts a public structure and its services straight into the directory tables (test fixture). */
export async function insertPublicStructure(t: TestApp, siret: string, name: string, services: string[]): Promise<void> {
  const now = t.clock.now().toISOString();
  const db = t.deps.database.db;
  await db
    .insertInto("structures")
    .values({
      siret, siren: siret.slice(0, 9), identifier_type: "SIRET", name, name_search: name.toLowerCase(), kind: "PUBLIQUE",
      service_code_required: 1, engagement_required: 0, service_or_engagement_required: 0, payment_status_reported: 0,
      is_moa: 0, is_moa_only: 0, edi_sender: 0, edi_receiver: 0, active: 1, address_line1: null, address_line2: null,
      address_line3: null, postal_code: null, city: null, country_code: "FR", country_label: null, phone: null, email: null,
      payment_delay_days: 30, created_at: now, updated_at: now,
    })
    .execute();
  for (const code of services) {
    await db
      .insertInto("services")
      .values({ structure_siret: siret, code, code_search: code.toLowerCase(), name: code, name_search: code.toLowerCase(), engagement_required: 0, payment_status_reported: 0, active: 1, valid_from: null, valid_to: null, external_id: null, created_at: now, updated_at: now })
      .execute();
  }
}

/** Signs up, activates from the mail, logs in: returns a logged-in client and the user's id. */
export async function newUser(t: TestApp, mail: MailCatcher, email: string, password = PASSWORD): Promise<{ client: Client; userId: string }> {
  const client = new Client(t.app);
  const before = mail.countTo(email);
  const signUp = await client.post("/api/v1/auth/signup", { email, password, displayName: email.split("@")[0] });
  if (signUp.statusCode !== 202) throw new Error(`signup failed: ${signUp.body}`);
  const token = tokenIn(await mail.waitFor(email, /activez/, { after: before }));
  const activated = await client.post("/api/v1/auth/activate", { token });
  if (activated.statusCode !== 200) throw new Error(`activation failed: ${activated.body}`);
  const login = await client.post("/api/v1/auth/login", { email, password });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  return { client, userId: login.json().userId as string };
}

/** Makes an active user the manager of a structure, as the platform administrator would. */
export async function appoint(t: TestApp, siret: string, email: string): Promise<void> {
  const { appointManager } = await import("../../src/modules/accounts/index.js");
  await appointManager(t.deps, null, { siret, email }, { ip: null, userAgent: "test" });
}
