import { formatCsvBoolean as b, SERVICE_COLUMNS, STRUCTURE_COLUMNS } from "./csv-layout.js";
import { formatCsvLine } from "./csv.js";
import type { ServiceRecord } from "./service-line.js";
import type { Structure } from "./structure.js";

// Writing the national layout: the same columns, in the same order, that the import reads back.

/** The header line of the structures file. */
export const STRUCTURE_HEADER = formatCsvLine(STRUCTURE_COLUMNS);

/** The header line of the services file. */
export const SERVICE_HEADER = formatCsvLine(SERVICE_COLUMNS);

const text = (v: string | null) => v ?? "";

/** One line of the structures file. */
export function structureCsvLine(s: Structure): string {
  const f = s.flags;
  const a = s.address;
  return formatCsvLine([
    s.identifierType, s.siret, s.name, b(f.ediSender), b(f.ediReceiver), b(f.paymentStatusReported), b(f.engagementRequired),
    b(f.serviceCodeRequired), b(f.serviceOrEngagementRequired), b(f.isMoa), b(f.isMoaOnly), b(s.active),
    text(a.line1), text(a.line2), text(a.line3), text(a.postalCode), text(a.city), text(s.phone), text(s.email),
    text(a.countryCode), text(a.countryLabel),
  ]);
}

/** One line of the services file (RaisonSociale repeats the structure's name, as the reference does). */
export function serviceCsvLine(s: ServiceRecord, structureName: string): string {
  const a = s.address;
  return formatCsvLine([
    text(s.externalId), s.siret, structureName, s.code, s.name, b(s.engagementRequired), b(s.active),
    text(a.line1), text(a.line2), text(a.line3), text(a.postalCode), text(a.city), text(s.phone), text(s.email),
    text(a.countryCode), text(a.countryLabel),
  ]);
}
