import "@mantine/charts/styles.css";
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { Link } from "react-router";
import { useApi } from "../../api/use-api";
import { type ChartRow, ChartWithTable } from "../../components/ChartWithTable";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount } from "../invoices/format";
import { type FiguresFilters, getFigures, type ReceivedFigures } from "./buyer-api";

const days = (n: number | null) => (n === null ? "—" : `${String(n).replace(".", ",")} j`);

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

function paymentRows(p: ReceivedFigures["payment"]): ChartRow[] {
  return [
    { key: "paidOnTime", label: "Payées dans le délai", count: p.paidOnTime },
    { key: "paidLate", label: "Payées en retard", count: p.paidLate },
    { key: "openOnTime", label: "À payer, dans le délai", count: p.open - p.openLate },
    { key: "openLate", label: "À payer, déjà en retard", count: p.openLate },
  ];
}

/** "Chiffres": the received invoices of a structure or service over a period, as charts each with its table. */
export function FiguresPage() {
  usePageTitle("Chiffres des factures reçues");
  const [filters, setFilters] = useState<FiguresFilters>({});
  const [draft, setDraft] = useState<FiguresFilters>({});
  const { data: f, error, loading } = useApi<ReceivedFigures>(JSON.stringify(filters), (signal) => getFigures(filters, { signal }));
  const scope = f?.scopes.find((s) => s.siret === (draft.siret ?? f.siret));
  const set = (key: keyof FiguresFilters) => (v: string | null) => setDraft((d) => ({ ...d, [key]: v || undefined }));
  return (
    <Stack>
      <Anchor component={Link} to="/factures-recues">
        ← Factures reçues
      </Anchor>
      <Title order={1}>Chiffres des factures reçues</Title>
      <Paper withBorder p="md" component="form" aria-label="Choisir la structure, le service et la période" onSubmit={(e) => { e.preventDefault(); setFilters(draft); }}>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <Select
            label="Structure"
            data={(f?.scopes ?? []).map((s) => ({ value: s.siret, label: s.name ?? s.siret }))}
            value={draft.siret ?? f?.siret ?? null}
            onChange={(v) => setDraft((d) => ({ ...d, siret: v ?? undefined, serviceCode: undefined }))}
            allowDeselect={false}
          />
          <Select label="Service" placeholder="Tous mes services" data={scope?.serviceCodes ?? []} value={draft.serviceCode ?? null} onChange={set("serviceCode")} clearable clearButtonProps={{ "aria-label": "Tous mes services" }} searchable />
          <TextInput label="Déposées du" type="date" value={draft.from ?? ""} onChange={(e) => set("from")(e.currentTarget.value)} />
          <TextInput label="au (inclus)" type="date" value={draft.to ?? ""} onChange={(e) => set("to")(e.currentTarget.value)} />
        </SimpleGrid>
        <Group mt="md" justify="flex-end">
          <Button type="submit">Afficher</Button>
        </Group>
      </Paper>
      <Text size="sm" role="status">
        {loading ? "Chargement…" : f ? `${f.structureName ?? f.siret}${f.serviceCode ? `, service ${f.serviceCode}` : ""} : ${f.total} facture(s) reçue(s)` : ""}
      </Text>
      {error ? <ProblemAlert error={error} /> : null}
      {f ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} component="section" aria-label="Synthèse">
            <Stat label="Factures reçues" value={f.total} testId="figure-total" />
            <Stat label="Délai médian de première décision" value={days(f.processing.medianDays)} />
            <Stat label="Payées dans le délai" value={`${f.payment.paidOnTime} / ${f.payment.paid}`} testId="figure-paid-on-time" />
            <Stat label="En retard (payées ou à payer)" value={f.payment.paidLate + f.payment.openLate} testId="figure-late" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <ChartWithTable title="Factures par statut" rows={f.byStatus} testId="chart-status" />
            <ChartWithTable title="Factures par service" rows={f.byService} color="cyan.8" />
            <ChartWithTable title="Délai entre le dépôt et la première décision" rows={f.processing.buckets} color="grape.7" />
            <ChartWithTable title="Délais de paiement" rows={paymentRows(f.payment)} color="teal.8" testId="chart-payment" />
            <ChartWithTable title="Motifs de suspension" rows={f.suspensionReasons} color="orange.8" empty="Aucune suspension sur la période." />
            <ChartWithTable title="Motifs de rejet" rows={f.rejectionReasons} color="red.8" empty="Aucun rejet sur la période." />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            Délai médian entre le dépôt et la mise en paiement : {days(f.payment.medianDaysToPay)}. Intérêts moratoires : {formatAmount(f.payment.interest)} ; indemnités forfaitaires : {formatAmount(f.payment.indemnities)}.
          </Text>
        </>
      ) : null}
    </Stack>
  );
}
