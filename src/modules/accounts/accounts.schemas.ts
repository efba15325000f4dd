import { z } from "zod";

// Request and response schemas of the accounts API (they feed validation, the OpenAPI document and the front).

export const Email = z.string().trim().toLowerCase().email("adresse e-mail invalide").max(254);
export const Password = z.string().min(1).max(1024);
export const Siret = z.string().trim().regex(/^[\d ]{14,17}$/, "un SIRET compte 14 chiffres");
export const TokenBody = z.object({ token: z.string().min(10).max(200) });
export const Ok = z.object({ ok: z.literal(true) });
export const Accepted = z.object({ ok: z.literal(true), message: z.string() });

export const SignUpBody = z.object({ email: Email, password: Password, displayName: z.string().trim().min(1).max(120) });
export const EmailBody = z.object({ email: Email });
export const LogInBody = z.object({
  email: Email,
  password: Password,
  totpCode: z.string().trim().max(12).optional(),
  recoveryCode: z.string().trim().max(32).optional(),
});
export const LogInResult = z.object({ ok: z.literal(true), userId: z.string(), csrfToken: z.string() });
export const ResetBody = z.object({ token: z.string().min(10).max(200), password: Password });
export const CodeBody = z.object({ code: z.string().trim().min(6).max(12) });
export const DisableTotpBody = z.object({ password: Password, code: z.string().trim().min(6).max(12) });
export const TotpSetup = z.object({ secret: z.string(), otpauthUri: z.string() });
export const RecoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });
export const ChangePasswordBody = z.object({ currentPassword: Password, newPassword: Password });
export const ChangeEmailBody = z.object({ newEmail: Email, password: Password });
export const UpdateMeBody = z.object({ displayName: z.string().trim().min(1).max(120) });

export const MembershipView = z.object({
  id: z.number(),
  siret: z.string(),
  structureName: z.string(),
  structureKind: z.enum(["PUBLIQUE", "PRIVEE"]),
  userId: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.string(),
  roleLabel: z.string(),
  status: z.string(),
  allServices: z.boolean(),
  serviceCodes: z.array(z.string()),
  message: z.string().nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  actions: z.array(z.string()),
});
export const MeView = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  platformAdmin: z.boolean(),
  totpEnabled: z.boolean(),
  totpRequired: z.boolean(),
  recoveryCodesLeft: z.number(),
  memberships: z.array(MembershipView),
});
export const AccountEvent = z.object({ event: z.string(), at: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable(), structureSiret: z.string().nullable() });

export const NewCompany = z.object({
  name: z.string().trim().min(2).max(200),
  addressLine1: z.string().trim().max(200).optional(),
  postalCode: z.string().trim().max(16).optional(),
  city: z.string().trim().max(100).optional(),
  countryCode: z.string().trim().length(2).optional(),
});
export const RequestMembershipBody = z.object({ siret: Siret, message: z.string().max(1000).optional(), company: NewCompany.optional() });
export const RequestMembershipResult = z.object({ membershipId: z.number(), status: z.enum(["ACTIVE", "PENDING"]), created: z.boolean() });
export const IdParams = z.object({ id: z.coerce.number().int().positive() });
export const RoleChoiceBody = z.object({
  role: z.enum(["MANAGER", "MEMBER", "AGENT"]).optional(),
  allServices: z.boolean().optional(),
  serviceCodes: z.array(z.string().trim().min(1).max(100)).max(500).optional(),
});
export const RefuseBody = z.object({ reason: z.string().max(1000).optional() });
export const LeaveBody = z.object({ successorUserId: z.string().max(36).optional() });
export const SiretParams = z.object({ siret: z.string().regex(/^\d{14}$/, "un SIRET compte 14 chiffres") });
export const SiretUserParams = SiretParams.extend({ userId: z.string().min(1).max(36) });
export const SiretClientParams = SiretParams.extend({ clientId: z.string().min(1).max(64) });

export const ApiClientView = z.object({
  clientId: z.string(),
  name: z.string(),
  role: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  active: z.boolean(),
});
export const CreateApiClientBody = z.object({ name: z.string().trim().min(1).max(100), expiresAt: z.string().datetime({ offset: true }).optional() });
export const CreatedApiClient = ApiClientView.extend({ clientSecret: z.string().describe("Affiché une seule fois : conservez-le") });
export const TokenRequest = z.object({
  grant_type: z.string(),
  client_id: z.string().max(64).optional(),
  client_secret: z.string().max(200).optional(),
  scope: z.string().max(200).optional(),
});
export const TokenResponse = z.object({
  access_token: z.string(),
  token_type: z.literal("Bearer"),
  expires_in: z.number(),
  scope: z.string(),
  structure_siret: z.string(),
  role: z.string(),
});
export const AppointManagerBody = z.object({ email: Email });

// Inferred types, shared with the front end (type-only imports).
export type MembershipView = z.infer<typeof MembershipView>;
export type MeView = z.infer<typeof MeView>;
export type AccountEvent = z.infer<typeof AccountEvent>;
export type ApiClientView = z.infer<typeof ApiClientView>;
export type CreatedApiClient = z.infer<typeof CreatedApiClient>;
export type TotpSetup = z.infer<typeof TotpSetup>;
export type RequestMembershipResult = z.infer<typeof RequestMembershipResult>;
export type NewCompany = z.infer<typeof NewCompany>;
export type RoleChoiceBody = z.infer<typeof RoleChoiceBody>;
