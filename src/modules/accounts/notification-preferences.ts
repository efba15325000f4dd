import { bool } from "../../db/database.js";
import type { Db } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import { scopeOfRow } from "./access.js";
import type { Actor } from "./actor.js";
import { type Action, can, MEMBERSHIP_ROLES, scopeCovers } from "./domain/permissions.js";
import { listMembershipsOfUser } from "./membership.repository.js";
import { findNotificationPreferences, findStructureMembersWithPreferences, upsertNotificationPreferences } from "./notification-preferences.repository.js";
import { findStructureSummaries } from "./structure.repository.js";
import { findUserById } from "./user.repository.js";

// Which mails a person wants: new received invoices (agents and managers of a public structure) at once, in one
// daily digest, or not at all; status changes of the invoices their structures sent (suppliers), on or off.

export const NEW_INVOICE_MODES = ["IMMEDIATE", "DAILY", "OFF"] as const;
export type NewInvoiceMode = (typeof NEW_INVOICE_MODES)[number];

export interface NotificationPreferences {
  newInvoices: NewInvoiceMode;
  statusChanges: boolean;
}

/** Until a user chooses: each new invoice at once, and every status change. */
export const DEFAULT_PREFERENCES: NotificationPreferences = { newInvoices: "IMMEDIATE", statusChanges: true };

const modeOf = (value: string | null | undefined): NewInvoiceMode => (NEW_INVOICE_MODES as readonly string[]).includes(value ?? "") ? (value as NewInvoiceMode) : DEFAULT_PREFERENCES.newInvoices;

function userIdOf(actor: Actor): string {
  if (actor.kind !== "user") throw appError("FORBIDDEN", {}, "Les préférences de notification concernent une personne connectée, pas des identifiants d'API.");
  return actor.userId;
}

/** The caller's preferences, and which of them concern it (it receives invoices, it sends invoices). */
export async function getNotificationPreferences(deps: Deps, actor: Actor) {
  const userId = userIdOf(actor);
  const db = deps.database.db;
  const [row, memberships] = await Promise.all([findNotificationPreferences(db, userId), listMembershipsOfUser(db, userId, ["ACTIVE"])]);
  // Public structures receive invoices, companies send them (a manager can do both by role, not in practice).
  const publicSirets = new Set((await findStructureSummaries(db, memberships.map((m) => m.structure_siret))).filter((s) => s.kind === "PUBLIQUE").map((s) => s.siret));
  const holds = (action: Action, isPublic: boolean) => memberships.some((m) => publicSirets.has(m.structure_siret) === isPublic && can(m.role as (typeof MEMBERSHIP_ROLES)[number], action));
  return {
    newInvoices: row ? modeOf(row.new_invoices) : DEFAULT_PREFERENCES.newInvoices,
    statusChanges: row ? bool(row.status_changes) : DEFAULT_PREFERENCES.statusChanges,
    concerns: { receivedInvoices: holds("invoice.process", true), sentInvoices: holds("invoice.read_sent", false) },
  };
}

/** Saves the caller's preferences. */
export async function updateNotificationPreferences(deps: Deps, actor: Actor, input: NotificationPreferences) {
  const userId = userIdOf(actor);
  await upsertNotificationPreferences(deps.database.db, { user_id: userId, new_invoices: input.newInvoices, status_changes: input.statusChanges, updated_at: deps.clock.now().toISOString() });
  return getNotificationPreferences(deps, actor);
}

/** Someone to notify by mail, with the preferences that decide how. */
export interface MailRecipient {
  userId: string;
  email: string;
  displayName: string;
  preferences: NotificationPreferences;
}

/**
 * The active users of a structure whose role allows `action` there and, for a received invoice, whose services cover
 * `serviceCode` (an agent sees only its services): who hears about an invoice by mail.
 */
export async function listMailRecipients(db: Db, siret: string, action: Action, options: { serviceCode?: string | null } = {}): Promise<MailRecipient[]> {
  const roles = MEMBERSHIP_ROLES.filter((r) => can(r, action));
  const rows = await findStructureMembersWithPreferences(db, siret, roles);
  return rows
    .filter((r) => !("serviceCode" in options) || scopeCovers(scopeOfRow(r), options.serviceCode))
    .map((r) => ({
      userId: r.user_id,
      email: r.email,
      displayName: r.display_name,
      preferences: { newInvoices: r.new_invoices ? modeOf(r.new_invoices) : DEFAULT_PREFERENCES.newInvoices, statusChanges: r.status_changes === null ? DEFAULT_PREFERENCES.statusChanges : bool(r.status_changes) },
    }));
}

/** The address of an active user (for a mail that concerns that user alone, such as a digest). */
export async function findMailAddress(db: Db, userId: string): Promise<{ email: string; displayName: string } | undefined> {
  const user = await findUserById(db, userId);
  return user?.status === "ACTIVE" ? { email: user.email, displayName: user.display_name } : undefined;
}
