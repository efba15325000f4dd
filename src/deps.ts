import path from "node:path";
import pino, { type Logger } from "pino";
import type { Config } from "./config.js";
import { type DatabaseHandle, openDatabase } from "./db/database.js";
import { migrateToLatest } from "./db/migrate.js";
import { devMailbox } from "./mail/dev-mailbox.js";
import type { Mailer } from "./mail/mailer.js";
import { smtpMailer } from "./mail/smtp-mailer.js";
import { type Clock, systemClock } from "./shared/clock.js";
import { type IdGenerator, randomIds } from "./shared/ids.js";
import type { FileStorage } from "./storage/file-storage.js";
import { loadSecretKey, type SecretBox, secretBoxFromKey } from "./shared/secret-box.js";
import { databaseFileStorage } from "./storage/database-file-storage.js";
import { localFileStorage } from "./storage/local-file-storage.js";

/** Everything the application needs from the outside world, built in one place and passed down explicitly. */
export interface Deps {
  config: Config;
  database: DatabaseHandle;
  files: FileStorage;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
  /** Outgoing mail: SMTP when SMTP_URL is set, else (outside production) a development mailbox. */
  mailer: Mailer;
  /** Seals the secrets the server must read back (TOTP seeds) under a key kept out of the database. */
  secrets: SecretBox;
}

/** Builds the real adapters from the configuration and brings the schema up to date. */
export async function createDeps(config: Config, overrides: Partial<Omit<Deps, "config">> = {}): Promise<Deps> {
  const logger = overrides.logger ?? pino({ level: config.logLevel });
  const database = overrides.database ?? openDatabase(config.database, (error) => logger.warn({ err: error }, "connexion PostgreSQL inactive perdue"));
  await migrateToLatest(database.db);
  return {
    config,
    database,
    files: overrides.files ?? defaultFileStorage(config, database),
    clock: overrides.clock ?? systemClock,
    ids: overrides.ids ?? randomIds,
    logger,
    mailer: overrides.mailer ?? buildMailer(config, logger, overrides.clock ?? systemClock),
    secrets: overrides.secrets ?? secretBoxFromKey(loadSecretKey({ hexKey: config.secretsKey, dataDir: config.dataDir })),
  };
}

/** Small files in the database, the rest under DATA_DIR/files (docs/adr/0008); FILES_INLINE_MAX_KB=0: all on disk. */
export function defaultFileStorage(config: Config, database: DatabaseHandle): FileStorage {
  const disk = localFileStorage(path.join(config.dataDir, "files"));
  return config.filesInlineMaxBytes > 0 ? databaseFileStorage(database.db, disk, { inlineMaxBytes: config.filesInlineMaxBytes }) : disk;
}

function buildMailer(config: Config, logger: Logger, clock: Clock): Mailer {
  if (config.smtpUrl) return smtpMailer(config.smtpUrl, config.mailFrom);
  // Printed as plain text (not a JSON log line) so links can be copied; silent in tests.
  if (!config.production) return devMailbox(config.mailFrom, config.env === "test" ? () => {} : (text) => console.log(text), clock);
  logger.warn("SMTP_URL absent en production : aucun e-mail ne sera envoyé (activation, réinitialisation...)");
  return { send: async (mail) => void logger.error({ to: mail.to, subject: mail.subject }, "e-mail non envoyé : SMTP_URL absent") };
}
