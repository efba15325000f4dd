// The one permission table: role → actions. Every use case checks it first (through requireAccess).

/** Roles a caller can hold on a structure (PLATFORM_ADMIN is platform-wide). */
export const ROLES = ["MANAGER", "MEMBER", "AGENT", "PLATFORM_ADMIN"] as const;
export type Role = (typeof ROLES)[number];

/** Roles stored on a membership (the platform administrator is a flag on the user, not a membership). */
export const MEMBERSHIP_ROLES = ["MANAGER", "MEMBER", "AGENT"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** What a caller may do on a structure. */
export const ACTIONS = [
  "structure.read",
  "structure.manage_users",
  "structure.appoint_manager",
  "api_clients.manage",
  "invoice.deposit",
  "invoice.read_sent",
  "invoice.read_received",
  "invoice.process",
  "webhooks.manage",
  "stats.read",
] as const;
export type Action = (typeof ACTIONS)[number];

/** French labels of the roles, as users read them. */
export const ROLE_LABELS: Record<Role, string> = {
  MANAGER: "Gestionnaire",
  MEMBER: "Utilisateur",
  AGENT: "Agent",
  PLATFORM_ADMIN: "Administrateur de la plateforme",
};

const TABLE: Record<Role, readonly Action[]> = {
  MANAGER: [
    "structure.read",
    "structure.manage_users",
    "api_clients.manage",
    "invoice.deposit",
    "invoice.read_sent",
    "invoice.read_received",
    "invoice.process",
    "webhooks.manage",
    "stats.read",
  ],
  MEMBER: ["structure.read", "invoice.deposit", "invoice.read_sent", "stats.read"],
  AGENT: ["structure.read", "invoice.read_received", "invoice.process", "stats.read"],
  // The platform administrator unblocks structures; it reads no invoice and acts for no one.
  PLATFORM_ADMIN: ["structure.read", "structure.appoint_manager"],
};

/** True when the role allows the action. */
export function can(role: Role, action: Action): boolean {
  return TABLE[role].includes(action);
}

/** Every action the role allows (sent to the front so it shows only what the caller may do). */
export function actionsOf(role: Role): Action[] {
  return [...TABLE[role]];
}

/** Which services of a public structure an agent sees: all of them, or a list of service codes. */
export type ServiceScope = { all: true } | { all: false; codes: string[] };

/** True when the scope covers the service (a missing service code is covered only by an all-services scope). */
export function scopeCovers(scope: ServiceScope, serviceCode: string | null | undefined): boolean {
  if (scope.all) return true;
  return serviceCode !== null && serviceCode !== undefined && scope.codes.includes(serviceCode);
}
