import type { MembershipRole } from "./domain/permissions.js";

/** Who is calling: a signed-in person (session cookie) or an ERP (bearer token from API credentials). */
export type Actor =
  | {
      kind: "user";
      userId: string;
      email: string;
      platformAdmin: boolean;
      /** True when the platform requires 2FA for managers and this user has not enabled it yet. */
      secondFactorMissing: boolean;
    }
  | { kind: "api-client"; clientId: string; structureSiret: string; role: MembershipRole };
