// The accounts API, typed from the server's zod schemas (type-only: nothing of zod reaches the bundle).
import type * as Contract from "../../../src/modules/accounts/accounts.schemas";
import { apiDelete, apiGet, apiPatch, apiPost } from "./client";

export type Me = Contract.MeView;
export type Membership = Contract.MembershipView;
export type AccountEvent = Contract.AccountEvent;
export type ApiClient = Contract.ApiClientView;
export type CreatedApiClient = Contract.CreatedApiClient;
export type TotpSetup = Contract.TotpSetup;
export type NewCompany = Contract.NewCompany;
export type RoleChoice = Contract.RoleChoiceBody;
type Accepted = { ok: true; message: string };

export const signUp = (body: { email: string; password: string; displayName: string }) => apiPost<Accepted>("/api/v1/auth/signup", body);
export const activate = (token: string) => apiPost<{ ok: true; email: string }>("/api/v1/auth/activate", { token });
export const resendActivation = (email: string) => apiPost<Accepted>("/api/v1/auth/activate/resend", { email });
export const logIn = (body: { email: string; password: string; totpCode?: string; recoveryCode?: string }) => apiPost<{ ok: true; userId: string }>("/api/v1/auth/login", body);
export const logOut = () => apiPost<{ ok: true }>("/api/v1/auth/logout", {});
export const logOutEverywhere = () => apiPost<{ ok: true }>("/api/v1/auth/logout-everywhere", {});
export const requestReset = (email: string) => apiPost<Accepted>("/api/v1/auth/reset/request", { email });
export const resetPassword = (token: string, password: string) => apiPost<{ ok: true }>("/api/v1/auth/reset", { token, password });
export const confirmEmail = (token: string) => apiPost<{ ok: true; email: string }>("/api/v1/auth/email/confirm", { token });
export const setUpTotp = () => apiPost<TotpSetup>("/api/v1/auth/totp/setup", {});
export const enableTotp = (code: string) => apiPost<{ recoveryCodes: string[] }>("/api/v1/auth/totp/enable", { code });
export const disableTotp = (password: string, code: string) => apiPost<{ ok: true }>("/api/v1/auth/totp/disable", { password, code });
export const regenerateRecoveryCodes = (code: string) => apiPost<{ recoveryCodes: string[] }>("/api/v1/auth/totp/recovery-codes", { code });

export const getMe = (signal?: AbortSignal) => apiGet<Me>("/api/v1/me", signal ? { signal } : {});
export const updateMe = (displayName: string) => apiPatch<Me>("/api/v1/me", { displayName });
export const changePassword = (currentPassword: string, newPassword: string) => apiPost<{ ok: true }>("/api/v1/me/password", { currentPassword, newPassword });
export const changeEmail = (newEmail: string, password: string) => apiPost<Accepted>("/api/v1/me/email", { newEmail, password });
export const listMyEvents = (signal?: AbortSignal) => apiGet<AccountEvent[]>("/api/v1/me/events", signal ? { signal } : {});

export const requestMembership = (body: { siret: string; message?: string; company?: NewCompany }) => apiPost<Contract.RequestMembershipResult>("/api/v1/memberships", body);
export const listRequestsToApprove = (signal?: AbortSignal) => apiGet<Membership[]>("/api/v1/memberships/pending", signal ? { signal } : {});
export const approveMembership = (id: number, choice: RoleChoice = {}) => apiPost<{ ok: true }>(`/api/v1/memberships/${id}/approve`, choice);
export const refuseMembership = (id: number, reason?: string) => apiPost<{ ok: true }>(`/api/v1/memberships/${id}/refuse`, reason ? { reason } : {});
export const leaveMembership = (id: number, successorUserId?: string) => apiPost<{ ok: true }>(`/api/v1/memberships/${id}/leave`, successorUserId ? { successorUserId } : {});

export const listStructureUsers = (siret: string, signal?: AbortSignal) => apiGet<Membership[]>(`/api/v1/structures/${siret}/users`, signal ? { signal } : {});
export const updateStructureUser = (siret: string, userId: string, choice: RoleChoice) => apiPatch<{ ok: true }>(`/api/v1/structures/${siret}/users/${userId}`, choice);
export const removeStructureUser = (siret: string, userId: string) => apiDelete<{ ok: true }>(`/api/v1/structures/${siret}/users/${userId}`);
export const listApiClients = (siret: string, signal?: AbortSignal) => apiGet<ApiClient[]>(`/api/v1/structures/${siret}/api-clients`, signal ? { signal } : {});
export const createApiClient = (siret: string, body: { name: string; expiresAt?: string }) => apiPost<CreatedApiClient>(`/api/v1/structures/${siret}/api-clients`, body);
export const revokeApiClient = (siret: string, clientId: string) => apiDelete<{ ok: true }>(`/api/v1/structures/${siret}/api-clients/${clientId}`);

export const listStructuresWithoutManager = (signal?: AbortSignal) => apiGet<{ siret: string; name: string; pending: number }[]>("/api/v1/admin/structures-without-manager", signal ? { signal } : {});
export const appointManager = (siret: string, email: string) => apiPost<{ ok: true }>(`/api/v1/admin/structures/${siret}/managers`, { email });

/** The token a mailed link carries after "#token=" (kept out of server logs). */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, "")).get("token") ?? "";
}
