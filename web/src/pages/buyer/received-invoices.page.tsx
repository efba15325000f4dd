import { Anchor, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import { INVOICE_STATUSES, RECIPIENT_STATUSES } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { ApiError, apiGet, query } from "../../api/client";
import type { InvoiceView } from "../../api/invoices";
import { InvoiceListTable } from "../../components/InvoiceListTable";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { formatDate, formatDateTime } from "../invoices/format";
import { buyerMessages } from "./buyer.messages";

type ReceivedInvoice = InvoiceView & { assignee: { id: string; name: string } | null };
interface Filters {
  status?: string;
  service?: string;
  supplier?: string;
  from?: string;
  to?: string;
  assignee?: string;
  sort?: string;
  order?: string;
}

const PAGE = 50;
const SORTS = ["depositedAt:desc", "depositedAt:asc", "statusAt:desc", "amount:desc", "number:asc"] as const;

/** "Factures reçues": the received invoices of the caller's structures and services, filtered, sorted, paged. */
export function ReceivedInvoicesPage() {
  const t = useT(buyerMessages);
  const { lang } = useI18n();
  usePageTitle(t("inbox.title"));
  const statusOptions = RECIPIENT_STATUSES.map((s) => ({ value: s, label: INVOICE_STATUSES[s][lang] }));
  const sorts = SORTS.map((value) => ({ value, label: t(`sort.${value}`) }));
  const [filters, setFilters] = useState<Filters>({});
  const [draft, setDraft] = useState<Filters>({});
  const [items, setItems] = useState<ReceivedInvoice[]>([]);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<ApiError | undefined>();
  const [loading, setLoading] = useState(true);

  const load = useCallback(async (f: Filters, offset: number) => {
    setLoading(true);
    try {
      const page = await apiGet<{ items: ReceivedInvoice[]; total: number }>(`/api/v1/received-invoices${query({ ...f, limit: PAGE, offset })}`);
      setItems((prev) => (offset > 0 ? [...prev, ...page.items] : page.items));
      setTotal(page.total);
      setError(undefined);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => void load(filters, 0), [filters, load]);

  const set = (key: keyof Filters) => (v: string | null) => setDraft((d) => ({ ...d, [key]: v || undefined }));
  return (
    <Stack>
      <Group justify="space-between" align="baseline">
        <Title order={1}>{t("inbox.title")}</Title>
        <Anchor component={Link} to="/factures-recues/chiffres">
          {t("inbox.figures")}
        </Anchor>
      </Group>
      <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); setFilters(draft); }} aria-label={t("inbox.filter")}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <MultiSelect label={t("inbox.statuses")} data={statusOptions} value={draft.status ? draft.status.split(",") : []} onChange={(v) => set("status")(v.join(","))} clearable clearButtonProps={{ "aria-label": t("inbox.clearStatuses") }} searchable />
          <TextInput label={t("inbox.service")} value={draft.service ?? ""} onChange={(e) => set("service")(e.currentTarget.value)} />
          <TextInput label={t("inbox.supplier")} value={draft.supplier ?? ""} onChange={(e) => set("supplier")(e.currentTarget.value.replace(/\s/g, ""))} maxLength={17} />
          <TextInput label={t("inbox.from")} type="date" value={draft.from ?? ""} onChange={(e) => set("from")(e.currentTarget.value)} />
          <TextInput label={t("inbox.to")} type="date" value={draft.to ?? ""} onChange={(e) => set("to")(e.currentTarget.value)} />
          <Select label={t("inbox.assignment")} data={[{ value: "me", label: t("inbox.mine") }, { value: "none", label: t("inbox.unassigned") }]} value={draft.assignee ?? null} onChange={set("assignee")} clearable />
        </SimpleGrid>
        <Group mt="md" justify="space-between">
          <Select
            label={t("inbox.sort")}
            data={sorts}
            value={`${draft.sort ?? "depositedAt"}:${draft.order ?? "desc"}`}
            onChange={(v) => {
              const [sort, order] = (v ?? "depositedAt:desc").split(":");
              const next = { ...draft, sort: sort ?? "depositedAt", order: order ?? "desc" };
              setDraft(next);
              setFilters(next);
            }}
            allowDeselect={false}
            w={260}
          />
          <Group>
            <Button variant="default" onClick={() => { setDraft({}); setFilters({}); }}>
              {t("inbox.clear")}
            </Button>
            <Button type="submit">{t("inbox.apply")}</Button>
          </Group>
        </Group>
      </Paper>
      <Text size="sm" role="status">{loading ? t("inbox.loading") : t("inbox.count", { n: total })}</Text>
      {error ? <ProblemAlert error={error} /> : null}
      <InvoiceListTable
        items={items}
        columns={{
          caption: t("inbox.caption"),
          headings: { number: t("col.number"), party: t("col.supplier"), service: t("col.service"), date: t("col.received"), amount: t("col.amount"), status: t("col.status"), last: t("col.assignee") },
          href: (i) => `/factures-recues/${i.id}`,
          number: (i) => ({ label: i.number }),
          party: (i) => i.supplier,
          date: (i) => (i.depositedAt ? formatDateTime(i.depositedAt, lang) : formatDate(i.issueDate, lang)),
          last: (i) => i.assignee?.name ?? "—",
        }}
      />
      {!loading && items.length === 0 && !error ? <Text>{t("inbox.none")}</Text> : null}
      {items.length < total ? (
        <Button variant="default" onClick={() => void load(filters, items.length)} loading={loading} style={{ alignSelf: "center" }}>
          {t("inbox.more")}
        </Button>
      ) : null}
    </Stack>
  );
}
