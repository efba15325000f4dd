import { describe, expect, it } from "vitest";
import { ACTIONS, can, ROLES, scopeCovers } from "./permissions.js";

describe("permission table", () => {
  it("gives each role exactly its actions", () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, ACTIONS.filter((a) => can(role, a))]));
    expect(table).toEqual({
      MANAGER: ["structure.read", "structure.manage_users", "api_clients.manage", "invoice.deposit", "invoice.read_sent", "invoice.read_received", "invoice.process", "webhooks.manage", "stats.read"],
      MEMBER: ["structure.read", "invoice.deposit", "invoice.read_sent", "stats.read"],
      AGENT: ["structure.read", "invoice.read_received", "invoice.process", "stats.read"],
      PLATFORM_ADMIN: ["structure.read", "structure.appoint_manager"],
    });
  });

  it("lets only managers manage users and API credentials", () => {
    for (const role of ROLES) {
      expect(can(role, "structure.manage_users")).toBe(role === "MANAGER");
      expect(can(role, "api_clients.manage")).toBe(role === "MANAGER");
    }
  });

  it("covers a service only when the scope is all services or lists its code", () => {
    expect(scopeCovers({ all: true }, null)).toBe(true);
    expect(scopeCovers({ all: false, codes: ["DRIT"] }, "DRIT")).toBe(true);
    expect(scopeCovers({ all: false, codes: ["DRIT"] }, "PRESSE")).toBe(false);
    expect(scopeCovers({ all: false, codes: ["DRIT"] }, null)).toBe(false);
  });
});
