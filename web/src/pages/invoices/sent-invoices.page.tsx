import { Alert, Anchor, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import { ALL_STATUSES, INVOICE_STATUSES } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { ApiError } from "../../api/client";
import { exportCsvUrl, getInvoice, type InvoiceView, type ListFilters, listSentInvoices, useInvoiceEvents } from "../../api/invoices";
import { InvoiceListTable } from "../../components/InvoiceListTable";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { formatDate, formatDateTime } from "./format";
import { invoicesMessages } from "./invoices.messages";

const SORTS = [
  { value: "createdAt:desc", label: "sort.newest" },
  { value: "createdAt:asc", label: "sort.oldest" },
  { value: "statusAt:desc", label: "sort.statusAt" },
  { value: "issueDate:desc", label: "sort.issueDate" },
  { value: "amount:desc", label: "sort.amountDesc" },
  { value: "amount:asc", label: "sort.amountAsc" },
  { value: "number:asc", label: "sort.number" },
] as const;

function Filters({ value, onChange }: { value: ListFilters; onChange(next: ListFilters): void }) {
  const t = useT(invoicesMessages);
  const { lang } = useI18n();
  const statusOptions = ALL_STATUSES.map((s) => ({ value: s, label: INVOICE_STATUSES[s][lang] }));
  const [draft, setDraft] = useState<ListFilters>(value);
  const set = (key: keyof ListFilters) => (v: string | null) => setDraft((d) => ({ ...d, [key]: v || undefined }));
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); onChange(draft); }} aria-label={t("filters.label")}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <MultiSelect label={t("filters.statuses")} data={statusOptions} value={draft.status ? draft.status.split(",") : []} onChange={(v) => set("status")(v.join(","))} clearable clearButtonProps={{ "aria-label": t("filters.clearStatuses") }} searchable />
        <TextInput label={t("filters.number")} value={draft.number ?? ""} onChange={(e) => set("number")(e.currentTarget.value)} />
        <TextInput label={t("filters.recipientSiret")} value={draft.recipientSiret ?? ""} onChange={(e) => set("recipientSiret")(e.currentTarget.value.replace(/\s/g, ""))} maxLength={17} />
        <TextInput label={t("filters.serviceCode")} value={draft.serviceCode ?? ""} onChange={(e) => set("serviceCode")(e.currentTarget.value)} />
        <TextInput label={t("filters.from")} type="date" value={draft.issueDateFrom ?? ""} onChange={(e) => set("issueDateFrom")(e.currentTarget.value)} />
        <TextInput label={t("filters.to")} type="date" value={draft.issueDateTo ?? ""} onChange={(e) => set("issueDateTo")(e.currentTarget.value)} />
        <TextInput label={t("filters.amountMin")} inputMode="decimal" value={draft.amountMin ?? ""} onChange={(e) => set("amountMin")(e.currentTarget.value.replace(",", "."))} />
        <TextInput label={t("filters.amountMax")} inputMode="decimal" value={draft.amountMax ?? ""} onChange={(e) => set("amountMax")(e.currentTarget.value.replace(",", "."))} />
      </SimpleGrid>
      <Group mt="md" justify="space-between">
        <Select
          label={t("filters.sortBy")}
          data={SORTS.map((s) => ({ value: s.value, label: t(s.label) }))}
          value={`${draft.sort ?? "createdAt"}:${draft.order ?? "desc"}`}
          onChange={(v) => {
            const [sort, order] = (v ?? "createdAt:desc").split(":");
            const next = { ...draft, sort: sort ?? "createdAt", order: order ?? "desc" };
            setDraft(next);
            onChange(next);
          }}
          allowDeselect={false}
          w={260}
        />
        <Group>
          <Button variant="default" onClick={() => { setDraft({}); onChange({}); }}>
            {t("filters.clear")}
          </Button>
          <Button type="submit">{t("filters.apply")}</Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** "Factures émises": the supplier's invoices, filtered, sorted, paged, exported, and updated live. */
export function SentInvoicesPage() {
  const t = useT(invoicesMessages);
  const { lang } = useI18n();
  usePageTitle(t("sent.title"));
  const [filters, setFilters] = useState<ListFilters>({});
  const [items, setItems] = useState<InvoiceView[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | undefined>();
  const [loading, setLoading] = useState(true);
  const [announce, setAnnounce] = useState("");

  const load = useCallback(async (f: ListFilters, after?: string) => {
    setLoading(true);
    try {
      const page = await listSentInvoices(f, after);
      setItems((prev) => (after ? [...prev, ...page.items] : page.items));
      setCursor(page.nextCursor);
      setError(undefined);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => void load(filters), [filters, load]);

  useInvoiceEvents((event) => {
    setAnnounce(t("sent.announce", { number: event.number, status: INVOICE_STATUSES[event.to as keyof typeof INVOICE_STATUSES]?.[lang] ?? event.to }));
    if (items.some((i) => i.id === event.invoiceId)) {
      void getInvoice(event.invoiceId).then((fresh) => setItems((prev) => prev.map((i) => (i.id === fresh.id ? fresh : i))), () => undefined);
    } else if (!cursor || items.length < 25) {
      void load(filters);
    }
  });

  const stale = items.filter((i) => i.draftReminder);
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={1}>{t("sent.title")}</Title>
        <Group>
          <Button component={Link} to="/factures/deposer">
            {t("sent.deposit")}
          </Button>
          <Button component={Link} to="/factures/saisir" variant="light">
            {t("sent.enter")}
          </Button>
          <Button component={Link} to="/factures/lot" variant="default">
            {t("sent.batch")}
          </Button>
        </Group>
      </Group>
      <div aria-live="polite" role="status">
        {announce ? <Text size="sm" c="dimmed">{t("sent.live", { text: announce })}</Text> : null}
      </div>
      {stale.length > 0 ? (
        <Alert color="yellow" title={t("sent.staleTitle")}>
          {t(stale.length === 1 ? "sent.staleOne" : "sent.staleMany", { count: stale.length, list: stale.map((s) => s.number || t("sent.noNumber")).join(", ") })}
        </Alert>
      ) : null}
      <Filters value={filters} onChange={setFilters} />
      <Group justify="space-between">
        <Text size="sm">{loading ? t("loading") : t("sent.count", { count: `${items.length}${cursor ? "+" : ""}` })}</Text>
        <Anchor href={exportCsvUrl(filters)} download>
          {t("sent.export")}
        </Anchor>
      </Group>
      {error ? <ProblemAlert error={error} /> : null}
      <InvoiceListTable
        items={items}
        columns={{
          caption: t("sent.caption"),
          headings: { number: t("col.number"), party: t("col.recipient"), service: t("col.service"), date: t("col.date"), amount: t("col.amount"), status: t("col.status"), last: t("col.since") },
          href: (i) => `/factures/${i.id}`,
          number: (i) => ({
            label: i.number || t("sent.noNumberParen"),
            after:
              i.documentType === "AVOIR" ? (
                <Text span size="xs" c="dimmed">{` ${t("sent.creditNote")}`}</Text>
              ) : null,
          }),
          party: (i) => i.recipient,
          date: (i) => formatDate(i.issueDate, lang),
          last: (i) => formatDateTime(i.statusAt, lang),
        }}
      />
      {!loading && items.length === 0 && !error ? <Text>{t("sent.none")}</Text> : null}
      {cursor ? (
        <Button variant="default" onClick={() => void load(filters, cursor)} loading={loading} style={{ alignSelf: "center" }}>
          {t("sent.more")}
        </Button>
      ) : null}
    </Stack>
  );
}
