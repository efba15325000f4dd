import type { Db } from "../../db/transaction.js";

// What the invoices module needs from the accounts and directory modules, as small ports: the use cases depend on
// these shapes only, and the adapters plug in the real modules (see access.adapter.ts, directory.adapter.ts).

/** Who is calling: a user (session) or an API client (bearer token). */
export interface Actor {
  id: string;
  /** Shown in histories: the user's name, or the API client's name. */
  name: string;
  kind: "user" | "api_client";
  /** The accounts module's own actor, passed back to it untouched by the access adapter. */
  principal: unknown;
}

/** The permission actions the invoices module checks (accounts' permission table). */
export type InvoicePermission = "invoice.deposit" | "invoice.read_sent" | "invoice.read_received" | "invoice.process";

export interface AccessPort {
  /** Throws FORBIDDEN unless the actor may do `action` on that structure (and service). */
  requireAccess(db: Db, actor: Actor, structureSiret: string, action: InvoicePermission, options?: { serviceCode?: string | null }): Promise<void>;
  /** The SIRETs of the structures on which the actor may do `action`. */
  structuresFor(db: Db, actor: Actor, action: InvoicePermission): Promise<string[]>;
}

/** A structure of the directory, with the flags that drive deposit checks (chorus-pro.md §4.1). */
export interface RecipientInfo {
  siret: string;
  name: string;
  active: boolean;
  serviceCodeRequired: boolean;
  engagementRequired: boolean;
  serviceOrEngagementRequired: boolean;
  /** The postal address, for the Factur-X generated from the form. */
  address?: { line1: string | null; postalCode: string | null; city: string | null; countryCode: string | null } | undefined;
}

/** A service of a structure (§4.2). */
export interface ServiceInfo {
  code: string;
  name: string;
  active: boolean;
  engagementRequired: boolean;
}

export interface DirectoryPort {
  findStructure(db: Db, siret: string): Promise<RecipientInfo | undefined>;
  findService(db: Db, siret: string, code: string): Promise<ServiceInfo | undefined>;
}
