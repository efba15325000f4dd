/** Lower case without accents, for filtering as people type ("Évènement" matches "evenement"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

/** The service fields the table filters and sorts on. */
export interface FilterableService {
  code: string;
  name: string;
  active: boolean;
  engagementRequired: boolean;
}

export type ServiceColumn = "code" | "name" | "status" | "engagement";
export type SortDirection = "ascending" | "descending";

function sortValue(service: FilterableService, column: ServiceColumn): string {
  if (column === "status") return service.active ? "0" : "1";
  if (column === "engagement") return service.engagementRequired ? "0" : "1";
  return fold(column === "code" ? service.code : service.name);
}

/** Keeps the services whose code or label contains the filter (accents and case ignored), sorted; ties by code. */
export function filterAndSort<S extends FilterableService>(services: readonly S[], filter: string, activeOnly: boolean, column: ServiceColumn, direction: SortDirection): S[] {
  const needle = fold(filter.trim());
  const kept = services.filter((s) => (!activeOnly || s.active) && (!needle || fold(`${s.code} ${s.name}`).includes(needle)));
  const sign = direction === "ascending" ? 1 : -1;
  return kept.sort((a, b) => sign * sortValue(a, column).localeCompare(sortValue(b, column), "fr") || a.code.localeCompare(b.code, "fr"));
}
