import { Anchor, Button, Group, MultiSelect, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from "@mantine/core";
import { useCallback, useEffect, useState } from "react";
import { Link } from "react-router";
import { ALL_STATUSES, INVOICE_STATUSES } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { ApiError, apiGet, query } from "../../api/client";
import type { InvoiceView } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount, formatDate, formatDateTime, formatSiret } from "../invoices/format";
import { InvoiceStatusBadge } from "../invoices/invoice-status-badge";

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
const STATUS_OPTIONS = ALL_STATUSES.filter((s) => s !== "BROUILLON").map((s) => ({ value: s, label: INVOICE_STATUSES[s].fr }));
const SORTS = [
  { value: "depositedAt:desc", label: "Reçues récemment" },
  { value: "depositedAt:asc", label: "Reçues il y a longtemps" },
  { value: "statusAt:desc", label: "Dernier changement de statut" },
  { value: "amount:desc", label: "Montant décroissant" },
  { value: "number:asc", label: "Numéro" },
];

/** "Factures reçues": the received invoices of the caller's structures and services, filtered, sorted, paged. */
export function ReceivedInvoicesPage() {
  usePageTitle("Factures reçues");
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
      <Title order={1}>Factures reçues</Title>
      <Paper withBorder p="md" component="form" onSubmit={(e) => { e.preventDefault(); setFilters(draft); }} aria-label="Filtrer les factures reçues">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          <MultiSelect label="Statuts" data={STATUS_OPTIONS} value={draft.status ? draft.status.split(",") : []} onChange={(v) => set("status")(v.join(","))} clearable clearButtonProps={{ "aria-label": "Effacer les statuts" }} searchable />
          <TextInput label="Code service" value={draft.service ?? ""} onChange={(e) => set("service")(e.currentTarget.value)} />
          <TextInput label="SIRET du fournisseur" value={draft.supplier ?? ""} onChange={(e) => set("supplier")(e.currentTarget.value.replace(/\s/g, ""))} maxLength={17} />
          <TextInput label="Reçues du" type="date" value={draft.from ?? ""} onChange={(e) => set("from")(e.currentTarget.value)} />
          <TextInput label="au (exclu)" type="date" value={draft.to ?? ""} onChange={(e) => set("to")(e.currentTarget.value)} />
          <Select label="Attribution" data={[{ value: "me", label: "Attribuées à moi" }, { value: "none", label: "Non attribuées" }]} value={draft.assignee ?? null} onChange={set("assignee")} clearable />
        </SimpleGrid>
        <Group mt="md" justify="space-between">
          <Select
            label="Trier par"
            data={SORTS}
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
              Effacer les filtres
            </Button>
            <Button type="submit">Filtrer</Button>
          </Group>
        </Group>
      </Paper>
      <Text size="sm" role="status">{loading ? "Chargement…" : `${total} facture(s)`}</Text>
      {error ? <ProblemAlert error={error} /> : null}
      <Table.ScrollContainer minWidth={800}>
        <Table striped highlightOnHover>
          <Table.Caption>
            <VisuallyHidden>Factures reçues par vos structures et services</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Numéro</Table.Th>
              <Table.Th scope="col">Fournisseur</Table.Th>
              <Table.Th scope="col">Service</Table.Th>
              <Table.Th scope="col">Reçue le</Table.Th>
              <Table.Th scope="col" style={{ textAlign: "right" }}>Montant TTC</Table.Th>
              <Table.Th scope="col">Statut</Table.Th>
              <Table.Th scope="col">Attribuée à</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((i) => (
              <Table.Tr key={i.id} data-invoice={i.number}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/factures-recues/${i.id}`}>
                    {i.number}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  {i.supplier.name ?? "—"}
                  <Text size="xs" c="dimmed">{formatSiret(i.supplier.siret)}</Text>
                </Table.Td>
                <Table.Td>{i.serviceCode ?? "—"}</Table.Td>
                <Table.Td>{i.depositedAt ? formatDateTime(i.depositedAt) : formatDate(i.issueDate)}</Table.Td>
                <Table.Td style={{ textAlign: "right", whiteSpace: "nowrap" }}>{formatAmount(i.totals.withVat, i.currency)}</Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={i.status} size="sm" />
                </Table.Td>
                <Table.Td>{i.assignee?.name ?? "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {!loading && items.length === 0 && !error ? <Text>Aucune facture reçue ne correspond.</Text> : null}
      {items.length < total ? (
        <Button variant="default" onClick={() => void load(filters, items.length)} loading={loading} style={{ alignSelf: "center" }}>
          Afficher les suivantes
        </Button>
      ) : null}
    </Stack>
  );
}
