import type { Db } from "../../db/transaction.js";
import { findService, findStructure } from "../directory/index.js";
import type { DirectoryPort } from "./ports.js";

/** The directory as the invoices module sees it: a structure's routing flags, a service's state. */
export const directoryAdapter: DirectoryPort = {
  async findStructure(db: Db, siret: string) {
    const s = await findStructure(db, siret);
    if (!s) return undefined;
    return {
      siret: s.siret,
      name: s.name,
      active: s.active,
      serviceCodeRequired: s.flags.serviceCodeRequired,
      engagementRequired: s.flags.engagementRequired,
      serviceOrEngagementRequired: s.flags.serviceOrEngagementRequired,
      address: { line1: s.address.line1, postalCode: s.address.postalCode, city: s.address.city, countryCode: s.address.countryCode },
    };
  },
  async findService(db: Db, siret: string, code: string) {
    const s = await findService(db, siret, code);
    return s ? { code: s.code, name: s.name, active: s.active, engagementRequired: s.engagementRequired } : undefined;
  },
};
