import os from "node:os";
import path from "node:path";
import { z } from "zod";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** One engine worker on a machine of two cores or more; none on one core, where it would only compete (ADR 0009). */
const defaultEngineWorkers = os.availableParallelism() >= 2 ? 1 : 0;
const workerCount = z.coerce.number().int().min(0).max(32);

/** The environment Guichet reads, validated once at start. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .min(1)
    .optional()
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || v.startsWith("file:"), {
      message: "DATABASE_URL doit être un chemin de fichier SQLite, « :memory: » ou une URL postgres://",
    }),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default("Guichet <no-reply@guichet.test>"),
  GUICHET_DEMO_PASSWORD: z.string().min(12).optional(),
  // The key that seals stored secrets (TOTP seeds); when unset, DATA_DIR/secrets.key is created and used.
  SECRETS_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, "64 caractères hexadécimaux attendus (32 octets)").optional(),
  MAX_UPLOAD_MB: z.coerce.number().positive().max(500).default(20),
  // Worker threads running the e-invoice engine off the main thread: reading and validating deposits, the public
  // checker, writing CII and Factur-X (0: on the main thread). By default one, on a machine of two cores or more
  // (docs/adr/0009, 0010). DEPOSIT_READ_WORKERS is its former name, still read when ENGINE_WORKERS is not set.
  ENGINE_WORKERS: workerCount.optional(),
  DEPOSIT_READ_WORKERS: workerCount.optional(),
  FILES_INLINE_MAX_KB: z.coerce.number().int().min(0).max(16384).default(512),
  REQUIRE_2FA_FOR_MANAGERS: booleanFlag.default(false),
  BRAND_NAME: z.string().min(1).default("Département des Alpes-Maritimes"),
  BRAND_SHORT_NAME: z.string().min(1).default("Guichet 06"),
  BRAND_PRIMARY_COLOR: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "couleur attendue au format #RRGGBB")
    .default("#1f4e79"),
  BRAND_LOGO_URL: z.string().optional(),
  WEBHOOK_ALLOW_PRIVATE: booleanFlag.default(false),
  TRUST_PROXY: booleanFlag.default(false),
  // Late-payment interest of public buyers: ECB main refinancing rate (percent) + margin points (8 by law, R.2192-31).
  LATE_PAYMENT_ECB_RATE: z.string().regex(/^\d{1,2}(\.\d{1,4})?$/, "taux en pourcentage attendu, par exemple 2.15").default("2.15"),
  LATE_PAYMENT_MARGIN_POINTS: z.string().regex(/^\d{1,2}(\.\d{1,4})?$/, "nombre de points attendu, par exemple 8").default("8"),
});
export type Env = z.infer<typeof EnvSchema>;

/** Where the database lives: an SQLite file (or :memory:) or a PostgreSQL URL. */
export type DatabaseConfig = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export interface Config {
  env: Env["NODE_ENV"];
  production: boolean;
  port: number;
  host: string;
  dataDir: string;
  database: DatabaseConfig;
  publicUrl: string;
  logLevel: Env["LOG_LEVEL"];
  smtpUrl: string | undefined;
  mailFrom: string;
  demoPassword: string | undefined;
  maxUploadBytes: number;
  /** Worker threads running the engine's jobs (src/shared/engine-pool.ts); 0 runs them on the main thread. */
  engineWorkers: number;
  /** Stored files up to this size (bytes) are kept in the database, larger ones on disk; 0 keeps them all on disk. */
  filesInlineMaxBytes: number;
  /** SECRETS_KEY as given (hex), or undefined to use the key file of the data directory. */
  secretsKey: string | undefined;
  require2faForManagers: boolean;
  webhookAllowPrivate: boolean;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For (otherwise anyone could forge it). */
  trustProxy: boolean;
  latePayment: { ecbRate: string; marginPoints: string };
  brand: { name: string; shortName: string; primaryColor: string; logoUrl: string | undefined };
}

/** Thrown when the environment is wrong: the message lists every bad variable in French. */
export class ConfigError extends Error {}

/** Reads and checks the environment; throws ConfigError listing what is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const url = e.DATABASE_URL;
  const database: DatabaseConfig =
    url && /^postgres(ql)?:\/\//.test(url)
      ? { kind: "postgres", url }
      : { kind: "sqlite", file: url ? url.replace(/^file:/, "") : path.join(dataDir, "guichet.sqlite") };
  return {
    env: e.NODE_ENV,
    production: e.NODE_ENV === "production",
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demoPassword: e.GUICHET_DEMO_PASSWORD,
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    engineWorkers: e.ENGINE_WORKERS ?? e.DEPOSIT_READ_WORKERS ?? defaultEngineWorkers,
    filesInlineMaxBytes: e.FILES_INLINE_MAX_KB * 1024,
    secretsKey: e.SECRETS_KEY,
    require2faForManagers: e.REQUIRE_2FA_FOR_MANAGERS,
    webhookAllowPrivate: e.WEBHOOK_ALLOW_PRIVATE,
    trustProxy: e.TRUST_PROXY,
    latePayment: { ecbRate: e.LATE_PAYMENT_ECB_RATE, marginPoints: e.LATE_PAYMENT_MARGIN_POINTS },
    brand: { name: e.BRAND_NAME, shortName: e.BRAND_SHORT_NAME, primaryColor: e.BRAND_PRIMARY_COLOR, logoUrl: e.BRAND_LOGO_URL },
  };
}
