import type { StructureWithCount } from "./directory.repository.js";
import type { StructureDetail, StructureSummary } from "./directory.schemas.js";
import { flagLabels } from "./domain/flag-labels.js";

/** A search result row. */
export function presentSummary(s: StructureWithCount): StructureSummary {
  return {
    siret: s.siret,
    siren: s.siren,
    name: s.name,
    kind: s.kind,
    active: s.active,
    postalCode: s.address.postalCode,
    city: s.address.city,
    serviceCount: s.serviceCount,
  };
}

/** A structure's page: the summary, its flags in data and in French words, its address and payment delay. */
export function presentStructure(s: StructureWithCount): StructureDetail {
  return {
    ...presentSummary(s),
    identifierType: s.identifierType,
    flags: { ...s.flags },
    flagLabels: flagLabels(s.flags),
    address: { ...s.address },
    paymentDelayDays: s.paymentDelayDays,
  };
}
