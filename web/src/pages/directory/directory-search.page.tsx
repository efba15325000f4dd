import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { BADGE_COLORS } from "../../components/badge-colors";
import { useDebouncedValue } from "@mantine/hooks";
import { type FormEvent, useEffect, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { MIN_SEARCH_LENGTH, searchStructures, type StructureSummary } from "../../api/directory";
import { useApi } from "../../api/use-api";
import { useT } from "../../i18n/i18n";
import { formatSiret, normalizeSearch } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { ProblemAlert } from "../../components/ProblemAlert";
import { KindBadge } from "./kind-badge";

const RESULT_LIMIT = 50;

/** `/annuaire`: search structures by SIRET, SIREN or name as one types; the search lives in `?q=` so Back keeps it. */
export function DirectorySearchPage() {
  const t = useT();
  usePageTitle(t("directory.title"));
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);

  useEffect(() => {
    if (normalizeSearch(debounced) !== normalizeSearch(q)) setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, q, setParams]);

  const search = normalizeSearch(q);
  const ready = search.length >= MIN_SEARCH_LENGTH;
  const { data, error, loading } = useApi(ready ? search : null, (signal) => searchStructures(search, RESULT_LIMIT, { signal }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text ? { q: text } : {}, { replace: true });
  };

  let status = "";
  if (search.length > 0 && !ready) status = t("directory.tooShort");
  else if (ready && loading) status = t("directory.searching");
  else if (ready && data && data.items.length === 0) status = t("directory.noResult", { q: search });
  else if (ready && data) status = data.items.length === 1 ? t("directory.resultCount.one") : t("directory.resultCount.other", { count: data.items.length });

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t("directory.title")}</Title>
        <Text maw={760}>{t("directory.intro")}</Text>
      </Stack>
      <search>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t("directory.searchLabel")}
              description={t("directory.searchHint")}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              autoComplete="off"
              spellCheck={false}
              w={{ base: "100%", sm: 440 }}
              size="md"
            />
            <Button type="submit" size="md">
              {t("directory.searchButton")}
            </Button>
          </Group>
        </form>
      </search>
      <Text role="status" aria-live="polite" fw={600}>
        {status}
      </Text>
      {error && ready ? <ProblemAlert error={error} title={t("error.generic")} /> : null}
      {ready && data && data.items.length >= RESULT_LIMIT ? <Text>{t("directory.refine", { count: RESULT_LIMIT })}</Text> : null}
      {ready && data && data.items.length > 0 ? <ResultsTable items={data.items} caption={t("directory.resultsCaption", { q: search })} from={params.toString()} /> : null}
    </Stack>
  );
}

function ResultsTable({ items, caption, from }: { items: StructureSummary[]; caption: string; from: string }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
        <Table.Caption className="visually-hidden">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("directory.col.name")}</Table.Th>
            <Table.Th scope="col">{t("directory.col.siret")}</Table.Th>
            <Table.Th scope="col">{t("directory.col.city")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("directory.col.services")}
            </Table.Th>
            <Table.Th scope="col">{t("directory.col.kind")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((s) => (
            <Table.Tr key={s.siret}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/annuaire/${s.siret}`} state={{ search: from }} fw={600}>
                  {s.name}
                </Anchor>
                {s.active ? null : (
                  <Badge ml="xs" color={BADGE_COLORS.inactive} variant="filled" size="sm">
                    {t("directory.inactive")}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>{formatSiret(s.siret)}</Table.Td>
              <Table.Td>{[s.postalCode, s.city].filter(Boolean).join(" ")}</Table.Td>
              <Table.Td ta="right">{s.serviceCount}</Table.Td>
              <Table.Td>
                <KindBadge kind={s.kind} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
