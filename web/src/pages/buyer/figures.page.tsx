import "@mantine/charts/styles.css";
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { INVOICE_STATUSES, isInvoiceStatus } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { useApi } from "../../api/use-api";
import { type ChartRow, ChartWithTable } from "../../components/ChartWithTable";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount } from "../invoices/format";
import { buyerMessages } from "./buyer.messages";
import { type FiguresFilters, getFigures, type ReceivedFigures } from "./buyer-api";
import { PaymentSettingsPanel } from "./payment-settings-panel";

type Translate = ReturnType<typeof useT<keyof typeof buyerMessages.fr>>;

function Stat({ label, value, testId }: { label: string; value: string | number; testId?: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed" component="p" m={0}>
        {label}
      </Text>
      <Text fw={700} size="xl" data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

function paymentRows(p: ReceivedFigures["payment"], t: Translate): ChartRow[] {
  return [
    { key: "paidOnTime", label: t("pay.paidOnTime"), count: p.paidOnTime },
    { key: "paidLate", label: t("pay.paidLate"), count: p.paidLate },
    { key: "openOnTime", label: t("pay.openOnTime"), count: p.open - p.openLate },
    { key: "openLate", label: t("pay.openLate"), count: p.openLate },
  ];
}

/** "Chiffres": the received invoices of a structure or service over a period, as charts each with its table. */
export function FiguresPage() {
  const t = useT(buyerMessages);
  const { lang } = useI18n();
  usePageTitle(t("figures.title"));
  const [filters, setFilters] = useState<FiguresFilters>({});
  const [draft, setDraft] = useState<FiguresFilters>({});
  const { data: f, error, loading } = useApi<ReceivedFigures>(JSON.stringify(filters), (signal) => getFigures(filters, { signal }));
  const scope = f?.scopes.find((s) => s.siret === (draft.siret ?? f.siret));
  const set = (key: keyof FiguresFilters) => (v: string | null) => setDraft((d) => ({ ...d, [key]: v || undefined }));
  const days = (n: number | null) => (n === null ? "—" : t("figures.days", { n: lang === "fr" ? String(n).replace(".", ",") : n }));
  // Labels come from the server in French; English readers get the status and bucket names in English.
  const statuses = (rows: ChartRow[]) => (lang === "fr" ? rows : rows.map((r) => ({ ...r, label: isInvoiceStatus(r.key) ? INVOICE_STATUSES[r.key].en : r.label })));
  const buckets = (rows: ChartRow[]) => rows.map((r) => ({ ...r, label: t(`bucket.${r.key}` as "bucket.0-2") }));
  const services = (rows: ChartRow[]) => rows.map((r) => ({ ...r, label: r.key || t("figures.noService") }));
  return (
    <Stack>
      <Anchor component={Link} to="/factures-recues">
        {t("back.inbox")}
      </Anchor>
      <Title order={1}>{t("figures.title")}</Title>
      <Paper withBorder p="md" component="form" aria-label={t("figures.form")} onSubmit={(e) => { e.preventDefault(); setFilters(draft); }}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label={t("figures.structure")}
            data={(f?.scopes ?? []).map((s) => ({ value: s.siret, label: s.name ?? s.siret }))}
            value={draft.siret ?? f?.siret ?? null}
            onChange={(v) => setDraft((d) => ({ ...d, siret: v ?? undefined, serviceCode: undefined }))}
            allowDeselect={false}
          />
          <Select label={t("figures.service")} placeholder={t("figures.allServices")} data={scope?.serviceCodes ?? []} value={draft.serviceCode ?? null} onChange={set("serviceCode")} clearable clearButtonProps={{ "aria-label": t("figures.allServices") }} searchable />
          <TextInput label={t("figures.from")} type="date" value={draft.from ?? ""} onChange={(e) => set("from")(e.currentTarget.value)} />
          <TextInput label={t("figures.to")} type="date" value={draft.to ?? ""} onChange={(e) => set("to")(e.currentTarget.value)} />
        </SimpleGrid>
        <Group mt="md" justify="flex-end">
          <Button type="submit">{t("figures.show")}</Button>
        </Group>
      </Paper>
      <Text size="sm" role="status">
        {loading ? t("figures.loading") : f ? t("figures.summary", { scope: `${f.structureName ?? f.siret}${f.serviceCode ? t("figures.serviceSuffix", { code: f.serviceCode }) : ""}`, n: f.total }) : ""}
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
      {f ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} component="section" aria-label={t("figures.synthesis")}>
            <Stat label={t("figures.total")} value={f.total} testId="figure-total" />
            <Stat label={t("figures.median")} value={days(f.processing.medianDays)} />
            <Stat label={t("figures.onTime")} value={`${f.payment.paidOnTime} / ${f.payment.paid}`} testId="figure-paid-on-time" />
            <Stat label={t("figures.late")} value={f.payment.paidLate + f.payment.openLate} testId="figure-late" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ChartWithTable title={t("figures.byStatus")} rows={statuses(f.byStatus)} testId="chart-status" />
            <ChartWithTable title={t("figures.byService")} rows={services(f.byService)} color="cyan.8" />
            <ChartWithTable title={t("figures.processing")} rows={buckets(f.processing.buckets)} color="grape.7" />
            <ChartWithTable title={t("figures.payment")} rows={paymentRows(f.payment, t)} color="teal.8" testId="chart-payment" />
            <ChartWithTable title={t("figures.suspensions")} rows={f.suspensionReasons} color="orange.8" empty={t("figures.noSuspension")} />
            <ChartWithTable title={t("figures.rejections")} rows={f.rejectionReasons} color="red.8" empty={t("figures.noRejection")} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t("figures.footer", { days: days(f.payment.medianDaysToPay), interest: formatAmount(f.payment.interest), indemnities: formatAmount(f.payment.indemnities) })}
          </Text>
          <PaymentSettingsPanel key={f.siret} siret={f.siret} name={f.structureName} />
        </>
      ) : null}
    </Stack>
  );
}
