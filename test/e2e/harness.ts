// Browser-journey harness: the real server in-process on a temp SQLite file, Debian's chromium, and an axe check.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import type { FastifyInstance } from "fastify";
import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createDeps, type Deps } from "../../src/deps.js";
import { WEB_DIST } from "../../src/http/web-app.js";
import { runStartupTasks } from "../../src/startup.js";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The demo accounts' password in the browser journeys (the startup task creates them outside production). */
export const DEMO_PASSWORD = "demo-e2e-mot-de-passe";
/** Where journeys leave their screenshots, to look at after a run. */
export const SCREENSHOT_DIR = path.join(os.tmpdir(), "guichet-e2e");

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  deps: Deps;
  close(): Promise<void>;
}

/** Starts the whole portal as `guichet serve` would, on a fresh SQLite file in a temp DATA_DIR, on a free port. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  if (!fs.existsSync(path.join(WEB_DIST, "index.html"))) {
    throw new Error(`${WEB_DIST}/index.html is missing: run \`npm run build:web\` before the browser journeys (npm test does).`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-e2e-"));
  const config = loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", HOST: "127.0.0.1", PORT: "0", GUICHET_DEMO_PASSWORD: DEMO_PASSWORD, ...env });
  const deps = await createDeps(config);
  await runStartupTasks(deps);
  const app = await createApp(deps);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (address === null || typeof address === "string") throw new Error("the server did not listen on a TCP port");
  return {
    url: `http://127.0.0.1:${address.port}`,
    app,
    deps,
    close: async () => {
      await app.close();
      await deps.database.destroy();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's chromium headless (never a downloaded browser), without network chatter of its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}

/** A page in a fresh context (axe needs one): French locale, desktop size unless told otherwise. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: "fr-FR", viewport: { width: 1280, height: 900 }, ...options });
  return context.newPage();
}

/** Runs axe on the page as it is now and fails, listing them, on any violation of impact serious or critical. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (serious.length === 0) return;
  const lines = serious.map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n")}`);
  throw new Error(`${serious.length} serious accessibility violation(s) on ${page.url()}:\n${lines.join("\n")}`);
}

/** Saves a full-page screenshot as $TMPDIR/guichet-e2e/<name>.png (for a human to look at; nothing asserts on it). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** What the keyboard focus is on: its tag, accessible-ish text, label and link target. */
export interface FocusedElement {
  tag: string;
  text: string;
  label: string;
  href: string;
}

/**
 * Presses Tab (at most `max` times) until the focused element matches, as a keyboard user would;
 * fails naming the elements it went through when it never gets there.
 */
export async function tabTo(page: Page, matches: (el: FocusedElement) => boolean, max = 40): Promise<FocusedElement> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate((): FocusedElement => {
      const a = document.activeElement as HTMLElement | null;
      const input = a as HTMLInputElement | null;
      const labelText = input?.labels?.[0]?.textContent ?? a?.getAttribute("aria-label") ?? "";
      return { tag: a?.tagName.toLowerCase() ?? "", text: (a?.textContent ?? "").trim(), label: labelText.trim(), href: a?.getAttribute("href") ?? "" };
    });
    if (matches(el)) return el;
    seen.push(`${el.tag}:${el.text || el.label}`);
  }
  throw new Error(`Tab never reached the element; went through: ${seen.join(" | ")}`);
}

/**
 * Registers the usual hooks of a journey file: the server and the browser started once before its tests, closed after.
 * `use` receives both once they run.
 */
export function withServerAndBrowser(use: (server: RunningServer, browser: Browser) => void, env: Record<string, string> = {}): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(env);
    browser = await launchBrowser();
    use(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
