import { Button, Group, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { MIN_SEARCH_LENGTH, searchStructures } from "../../api/directory";
import { useApi } from "../../api/use-api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { normalizeSearch } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { StructureResults } from "./structure-results";

const RESULT_LIMIT = 50;

/** `/annuaire`: search structures by SIRET, SIREN or name as one types; the search lives in `?q=` so Back keeps it. */
export function DirectorySearchPage() {
  const t = useT();
  usePageTitle(t("directory.title"));
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);

  // The field and `?q=` follow each other: typing updates the address after the debounce; a link or Back that changes
  // the address updates the field. `pushed` is the last value they agreed on, so neither echoes the other.
  const pushed = useRef(q);
  useEffect(() => {
    if (debounced === pushed.current) return;
    pushed.current = debounced;
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, setParams]);
  useEffect(() => {
    if (q === pushed.current) return;
    pushed.current = q;
    setText(q);
  }, [q]);

  const search = normalizeSearch(q);
  const ready = search.length >= MIN_SEARCH_LENGTH;
  const { data, error, loading } = useApi(ready ? search : null, (signal) => searchStructures(search, RESULT_LIMIT, { signal }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    pushed.current = text;
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
      {ready && data && data.items.length > 0 ? <StructureResults items={data.items} caption={t("directory.resultsCaption", { q: search })} from={params.toString()} /> : null}
    </Stack>
  );
}
