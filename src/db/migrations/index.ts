import type { Migration } from "kysely";
import * as m0001 from "./0001-directory.js";
import * as m0002 from "./0002-directory-search.js";
import * as m0003 from "./0003-accounts.js";
import * as m0004 from "./0004-invoices.js";
import * as m0005 from "./0005-buyer.js";
import * as m0006 from "./0006-invoice-followups.js";
import * as m0007 from "./0007-notification-mails.js";
import * as m0008 from "./0008-directory-word-counts.js";
import * as m0009 from "./0009-buyer-settings-notes.js";
import * as m0010 from "./0010-stored-files.js";

/**
 * Every migration, in order. Names are frozen once shipped: add new files at the end with the next number
 * (`NNNN-what.ts`) and register them here.
 */
export const migrations: Record<string, Migration> = {
  "0001-directory": m0001,
  "0002-directory-search": m0002,
  "0003-accounts": m0003,
  "0004-invoices": m0004,
  "0005-buyer": m0005,
  "0006-invoice-followups": m0006,
  "0007-notification-mails": m0007,
  "0008-directory-word-counts": m0008,
  "0009-buyer-settings-notes": m0009,
  "0010-stored-files": m0010,
};
