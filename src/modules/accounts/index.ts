// Public API of the accounts module: other modules import only from here.
export { accountsRoutes } from "./accounts.routes.js";
export type { Actor } from "./actor.js";
export { authenticate, originOf, requireActor } from "./authenticate.js";
export { type Access, assertActor, listAccessibleStructures, requireAccess, serviceScopeOf } from "./access.js";
export { ACTIONS, type Action, actionsOf, can, MEMBERSHIP_ROLES, type MembershipRole, ROLE_LABELS, ROLES, type Role, type ServiceScope, scopeCovers } from "./domain/permissions.js";
export { createDemoAccounts, DEMO_ACCOUNTS, demoAccountsTask } from "./demo-accounts.js";
export { warnExpiringApiClients } from "./api-clients.js";
export { appointManager, setPlatformAdmin } from "./appoint-manager.js";
export type { AuditEvent, RequestOrigin } from "./audit.repository.js";
export { audit as recordAuditEvent } from "./notify.js";
export { DEFAULT_PREFERENCES, findMailAddress, listMailRecipients, type MailRecipient, NEW_INVOICE_MODES, type NewInvoiceMode, type NotificationPreferences } from "./notification-preferences.js";
export { notificationPreferencesRoutes } from "./notification-preferences.routes.js";
