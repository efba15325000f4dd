import type { Db } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { assertSiret, sirenOf } from "../../shared/siret.js";
import { findStructure } from "./directory.repository.js";
import { updateSearchWords, upsertStructures } from "./directory-import.repository.js";
import { DEFAULT_PAYMENT_DELAY_DAYS, EMPTY_ADDRESS, NO_FLAGS, type PostalAddress, type Structure } from "./domain/structure.js";

/** What a supplier gives about its company when it creates it. */
export interface PrivateStructureInput {
  siret: string;
  name: string;
  address?: Partial<PostalAddress>;
  phone?: string | null;
  email?: string | null;
}

/**
 * Creates a supplier's structure (PRIVEE, active, no routing flag), or updates its name and contact details when it
 * is already a private structure. A SIRET the directory lists as public is left as the directory says. The caller
 * (accounts) checks who may do this, and passes a transaction when this write is part of a larger one.
 */
export async function upsertPrivateStructure(db: Db, input: PrivateStructureInput, now: string): Promise<Structure> {
  const siret = assertSiret(input.siret, "siret");
  if (!input.name.trim()) throw appError("VALIDATION_FAILED", { field: "name" }, "La raison sociale est obligatoire.");
  const existing = await findStructure(db, siret);
  if (existing?.kind === "PUBLIQUE") return existing;
  const structure: Structure = {
    siret,
    siren: sirenOf(siret),
    identifierType: "SIRET",
    name: input.name.trim(),
    kind: "PRIVEE",
    active: true,
    flags: NO_FLAGS,
    address: { ...EMPTY_ADDRESS, ...(existing?.address ?? {}), ...input.address },
    phone: input.phone ?? existing?.phone ?? null,
    email: input.email ?? existing?.email ?? null,
    paymentDelayDays: existing?.paymentDelayDays ?? DEFAULT_PAYMENT_DELAY_DAYS,
  };
  await upsertStructures(db, [structure], now);
  await updateSearchWords(db, [{ now: structure, before: existing }]);
  return structure;
}
