import { Badge, Button, Checkbox, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import type { Service } from "../../api/directory";
import { BADGE_COLORS } from "../../components/badge-colors";
import type { MessageKey } from "../../i18n/fr";
import { useT } from "../../i18n/i18n";
import { filterAndSort, type ServiceColumn as Column, type SortDirection as Direction } from "../../lib/service-filter";

const COLUMNS: { id: Column; label: MessageKey }[] = [
  { id: "code", label: "structure.col.code" },
  { id: "name", label: "structure.col.name" },
  { id: "status", label: "structure.col.status" },
  { id: "engagement", label: "structure.col.engagement" },
];

/** Rows drawn at once: a national structure may have thousands of services; the filter finds the rest. */
const PAGE_SIZE = 100;

/** A structure's services, like the annuaire's table (code, label, status, engagement), filterable and sortable. */
export function ServiceTable({ services, caption }: { services: Service[]; caption: string }) {
  const t = useT();
  const [filter, setFilter] = useState("");
  const [activeOnly, setActiveOnly] = useState(false);
  const [sort, setSort] = useState<{ column: Column; direction: Direction }>({ column: "code", direction: "ascending" });
  const shown = useMemo(() => filterAndSort(services, filter, activeOnly, sort.column, sort.direction), [services, filter, activeOnly, sort]);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const rows = shown.slice(0, limit);

  const toggle = (column: Column) =>
    setSort((s) => ({ column, direction: s.column === column && s.direction === "ascending" ? "descending" : "ascending" }));

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="lg">
        <TextInput
          label={t("structure.filterLabel")}
          description={t("structure.filterHint")}
          value={filter}
          onChange={(event) => {
            setFilter(event.currentTarget.value);
            setLimit(PAGE_SIZE);
          }}
          type="search"
          autoComplete="off"
          w={{ base: "100%", sm: 360 }}
        />
        <Checkbox
          label={t("structure.activeOnly")}
          checked={activeOnly}
          onChange={(event) => {
            setActiveOnly(event.currentTarget.checked);
            setLimit(PAGE_SIZE);
          }}
          mb={8}
        />
      </Group>
      <Text role="status" aria-live="polite" size="sm">
        {t("structure.servicesShown", { shown: shown.length, total: services.length })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs" captionSide="top">
          <Table.Caption className="visually-hidden">{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {COLUMNS.map((c) => (
                <Table.Th key={c.id} scope="col" aria-sort={sort.column === c.id ? sort.direction : "none"}>
                  <button type="button" className="sort-button" onClick={() => toggle(c.id)}>
                    {t(c.label)}
                    <span aria-hidden="true">{sort.column === c.id ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}</span>
                  </button>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((s) => (
              <Table.Tr key={s.code}>
                <Table.Th scope="row" ff="monospace" fw={700}>
                  {s.code}
                </Table.Th>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>
                  <Badge variant="filled" color={s.active ? BADGE_COLORS.active : BADGE_COLORS.inactive} size="sm">
                    {t(s.active ? "structure.serviceActive" : "structure.serviceInactive")}
                  </Badge>
                </Table.Td>
                <Table.Td>{t(s.engagementRequired ? "structure.yes" : "structure.no")}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 ? <Text>{t("structure.noMatchingService")}</Text> : null}
      {shown.length > rows.length ? (
        <Group gap="sm">
          <Text size="sm">{t("structure.firstRows", { count: rows.length })}</Text>
          <Button variant="outline" size="xs" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
            {t("structure.moreRows", { count: Math.min(PAGE_SIZE, shown.length - rows.length) })}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}
