import { Alert, Anchor, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import { ALL_STATUSES, INVOICE_STATUSES } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { ApiError } from "../../api/client";
import { exportCsvUrl, getInvoice, type InvoiceView, type ListFilters, listSentInvoices, useInvoiceEvents } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount, formatDate, formatDateTime, formatSiret } from "./format";
import { InvoiceStatusBadge } from "./invoice-status-badge";

const STATUS_OPTIONS = ALL_STATUSES.map((s) => ({ value: s, label: INVOICE_STATUSES[s].fr }));
const SORTS = [
  { value: "createdAt:desc", label: "Plus récentes d'abord" },
  { value: "createdAt:asc", label: "Plus anciennes d'abord" },
  { value: "statusAt:desc", label: "Dernier changement de statut" },
  { value: "issueDate:desc", label: "Date de facture" },
  { value: "amount:desc", label: "Montant décroissant" },
  { value: "amount:asc", label: "Montant croissant" },
  { value: "number:asc", label: "Numéro" },
];

function Filters({ value, onChange }: { value: ListFilters; onChange(next: ListFilters): void }) {
  const [draft, setDraft] = useState<ListFilters>(value);
  const set = (key: keyof ListFilters) => (v: string | null) => setDraft((d) => ({ ...d, [key]: v || undefined }));
  return (
    <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); onChange(draft); }} aria-label="Filtrer les factures">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <MultiSelect label="Statuts" data={STATUS_OPTIONS} value={draft.status ? draft.status.split(",") : []} onChange={(v) => set("status")(v.join(","))} clearable clearButtonProps={{ "aria-label": "Effacer les statuts" }} searchable />
        <TextInput label="N° de facture" value={draft.number ?? ""} onChange={(e) => set("number")(e.currentTarget.value)} />
        <TextInput label="SIRET destinataire" value={draft.recipientSiret ?? ""} onChange={(e) => set("recipientSiret")(e.currentTarget.value.replace(/\s/g, ""))} maxLength={17} />
        <TextInput label="Code service" value={draft.serviceCode ?? ""} onChange={(e) => set("serviceCode")(e.currentTarget.value)} />
        <TextInput label="Date de facture, du" type="date" value={draft.issueDateFrom ?? ""} onChange={(e) => set("issueDateFrom")(e.currentTarget.value)} />
        <TextInput label="au" type="date" value={draft.issueDateTo ?? ""} onChange={(e) => set("issueDateTo")(e.currentTarget.value)} />
        <TextInput label="Montant TTC minimal (€)" inputMode="decimal" value={draft.amountMin ?? ""} onChange={(e) => set("amountMin")(e.currentTarget.value.replace(",", "."))} />
        <TextInput label="Montant TTC maximal (€)" inputMode="decimal" value={draft.amountMax ?? ""} onChange={(e) => set("amountMax")(e.currentTarget.value.replace(",", "."))} />
      </SimpleGrid>
      <Group mt="md" justify="space-between">
        <Select
          label="Trier par"
          data={SORTS}
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
            Effacer les filtres
          </Button>
          <Button type="submit">Filtrer</Button>
        </Group>
      </Group>
    </Paper>
  );
}

/** "Factures émises": the supplier's invoices, filtered, sorted, paged, exported, and updated live. */
export function SentInvoicesPage() {
  usePageTitle("Factures émises");
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
    setAnnounce(`Facture ${event.number} : ${INVOICE_STATUSES[event.to as keyof typeof INVOICE_STATUSES]?.fr ?? event.to}`);
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
        <Title order={1}>Factures émises</Title>
        <Group>
          <Button component={Link} to="/factures/deposer">
            Déposer une facture
          </Button>
          <Button component={Link} to="/factures/saisir" variant="light">
            Saisir une facture
          </Button>
          <Button component={Link} to="/factures/lot" variant="default">
            Déposer un lot
          </Button>
        </Group>
      </Group>
      <div aria-live="polite" role="status">
        {announce ? <Text size="sm" c="dimmed">Mise à jour en direct — {announce}</Text> : null}
      </div>
      {stale.length > 0 ? (
        <Alert color="yellow" title="Brouillons non envoyés">
          {stale.length === 1 ? "Un brouillon attend depuis plus de 2 jours : " : `${stale.length} brouillons attendent depuis plus de 2 jours : `}
          {stale.map((s) => s.number || "sans numéro").join(", ")}. Un brouillon n'est pas reçu par le destinataire tant qu'il n'est pas envoyé.
        </Alert>
      ) : null}
      <Filters value={filters} onChange={setFilters} />
      <Group justify="space-between">
        <Text size="sm">{loading ? "Chargement…" : `${items.length}${cursor ? "+" : ""} facture(s)`}</Text>
        <Anchor href={exportCsvUrl(filters)} download>
          Exporter en CSV
        </Anchor>
      </Group>
      {error ? <ProblemAlert error={error} /> : null}
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover>
          <Table.Caption>
            <VisuallyHidden>Factures émises par vos structures</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Numéro</Table.Th>
              <Table.Th scope="col">Destinataire</Table.Th>
              <Table.Th scope="col">Service</Table.Th>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col" style={{ textAlign: "right" }}>Montant TTC</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col">Depuis le</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id} data-invoice={i.number}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/factures/${i.id}`}>
                    {i.number || "(sans numéro)"}
                  </Anchor>
                  {i.documentType === "AVOIR" ? <Text span size="xs" c="dimmed"> avoir</Text> : null}
                </Table.Th>
                <Table.Td>
                  {i.recipient.name ?? "—"}
                  <Text size="xs" c="dimmed">{formatSiret(i.recipient.siret)}</Text>
                </Table.Td>
                <Table.Td>{i.serviceCode ?? "—"}</Table.Td>
                <Table.Td>{formatDate(i.issueDate)}</Table.Td>
                <Table.Td style={{ textAlign: "right", whiteSpace: "nowrap" }}>{formatAmount(i.totals.withVat, i.currency)}</Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={i.status} size="sm" />
                </Table.Td>
                <Table.Td>{formatDateTime(i.statusAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!loading && items.length === 0 && !error ? <Text>Aucune facture ne correspond.</Text> : null}
      {cursor ? (
        <Button variant="default" onClick={() => void load(filters, cursor)} loading={loading} style={{ alignSelf: "center" }}>
          Afficher les suivantes
        </Button>
      ) : null}
    </Stack>
  );
}
