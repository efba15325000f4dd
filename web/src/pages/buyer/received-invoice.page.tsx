import { Alert, Anchor, Badge, Grid, Group, List, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { ApiError } from "../../api/client";
import { getInvoice, type InvoiceDetail, useInvoiceEvents } from "../../api/invoices";
import { useApi } from "../../api/use-api";
import { InvoiceTimeline } from "../../components/InvoiceTimeline";
import { PaymentClockCard } from "../../components/PaymentClockCard";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { OriginalViewer } from "../invoices/invoice-detail.page";
import { formatAmount, formatDate, formatDateTime, formatSiret } from "../invoices/format";
import { InvoiceStatusBadge } from "../invoices/invoice-status-badge";
import { AssignmentPanel } from "./assignment-panel";
import { ProcessingActions } from "./processing-actions";

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

const KIND: Record<string, string> = { ORIGINAL: "original", ATTACHMENT: "pièce jointe" };

/** The invoice's data, as the buyer checks it against the PDF. */
function InvoiceData({ invoice }: { invoice: InvoiceDetail }) {
  const t = invoice.totals;
  return (
    <Table withTableBorder>
      <Table.Caption>Données de la facture</Table.Caption>
      <Table.Tbody>
        <Row label="Fournisseur">
          {invoice.supplier.name ?? ""} {formatSiret(invoice.supplier.siret)}
        </Row>
        <Row label="Destinataire">
          {invoice.recipient.name ?? ""} {formatSiret(invoice.recipient.siret)}
        </Row>
        <Row label="Code service">{invoice.serviceCode ?? "—"}</Row>
        <Row label="Engagement (EJ, bon de commande)">{invoice.engagementNumber ?? "—"}</Row>
        <Row label="N° de marché">{invoice.contractNumber ?? "—"}</Row>
        <Row label="Date de facture">{formatDate(invoice.issueDate)}</Row>
        <Row label="Échéance indiquée">{formatDate(invoice.dueDate)}</Row>
        <Row label="Montant HT">{formatAmount(t.withoutVat, invoice.currency)}</Row>
        <Row label="TVA">{formatAmount(t.vat, invoice.currency)}</Row>
        <Row label="Montant TTC">{formatAmount(t.withVat, invoice.currency)}</Row>
        <Row label="Net à payer">{formatAmount(t.due, invoice.currency)}</Row>
        <Row label="Reçue le">{formatDateTime(invoice.depositedAt)}</Row>
      </Table.Tbody>
    </Table>
  );
}

/** "Factures reçues" detail: the PDF beside its data, files, payment clock, assignment, processing actions and history; live. */
export function ReceivedInvoicePage() {
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  const { data: invoice, error, loading } = useApi<InvoiceDetail>(`${id}:${version}`, (signal) => getInvoice(id, { signal }));
  const [news, setNews] = useState<string>("");
  const status = useRef<HTMLDivElement>(null);
  usePageTitle(invoice ? `Facture reçue ${invoice.number}` : "Facture reçue");
  useInvoiceEvents((event) => {
    if (event.invoiceId !== id) return;
    setNews("Mise à jour en direct : le statut de la facture a changé.");
    setVersion((v) => v + 1);
  });
  if (error) return <ProblemAlert error={error as ApiError} />;
  if (!invoice) return loading ? <Loader aria-label="Chargement" /> : null;
  const attachments = invoice.files;
  return (
    <Stack>
      <Anchor component={Link} to="/factures-recues">
        ← Factures reçues
      </Anchor>
      <Group justify="space-between" align="center">
        <Title order={1}>
          {invoice.documentType === "AVOIR" ? "Avoir reçu" : "Facture reçue"} {invoice.number}
        </Title>
        <div ref={status} tabIndex={-1} aria-live="polite" data-testid="current-status">
          <InvoiceStatusBadge status={invoice.status} size="lg" />
        </div>
      </Group>
      <Text size="sm" role="status" data-testid="news">
        {news}
      </Text>
      {invoice.status === "COMPLETEE" ? <Alert color="blue">Le fournisseur a complété la facture : voyez les pièces jointes et l'historique.</Alert> : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OriginalViewer invoice={invoice} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <ProcessingActions
              invoice={invoice}
              onDone={(message) => {
                setNews(message);
                setVersion((v) => v + 1);
                status.current?.focus();
              }}
            />
            <PaymentClockCard invoiceId={invoice.id} reloadKey={`${version}:${invoice.version}`} />
            <AssignmentPanel invoice={invoice} reloadKey={version} />
            <InvoiceData invoice={invoice} />
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="xs">
                Fichiers et pièces jointes
              </Title>
              <List size="sm">
                {attachments.map((f) => (
                  <List.Item key={f.id}>
                    <Anchor href={`${f.url}?download=1`}>{f.name}</Anchor>{" "}
                    <Badge size="xs" variant="outline">
                      {KIND[f.kind] ?? "généré"}
                    </Badge>{" "}
                    <Text span size="xs" c="dimmed">
                      {Math.ceil(f.size / 1024)} Ko
                    </Text>
                  </List.Item>
                ))}
              </List>
              <Anchor href={`/api/v1/invoices/${invoice.id}/bundle`} size="sm" mt="xs" display="inline-block">
                Télécharger le dossier complet (ZIP)
              </Anchor>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Title order={2} size="h3">
        Historique
      </Title>
      <InvoiceTimeline history={invoice.history} />
    </Stack>
  );
}
