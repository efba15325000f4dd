import { Alert, Anchor, Badge, Code, Grid, Group, List, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { ApiError } from "../../api/client";
import { getInvoice, type InvoiceDetail, useInvoiceEvents } from "../../api/invoices";
import { useApi } from "../../api/use-api";
import { InvoiceTimeline } from "../../components/InvoiceTimeline";
import { PaymentClockCard } from "../../components/PaymentClockCard";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount, formatDate, formatDateTime, formatSiret } from "./format";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { NextActions } from "./supplier-actions";

const FRAMEWORKS: Record<string, string> = {
  A1_FACTURE_FOURNISSEUR: "A1 — facture",
  A2_FACTURE_FOURNISSEUR_DEJA_PAYEE: "A2 — facture déjà payée",
  A9_FACTURE_SOUSTRAITANT: "A9 — sous-traitant",
  A12_FACTURE_COTRAITANT: "A12 — cotraitant",
};

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th scope="row" w="40%">{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** The invoice's original: the PDF shown inline, or a link to the XML (shared with the buyer's page). */
export function OriginalViewer({ invoice }: { invoice: InvoiceDetail }) {
  const original = invoice.files.find((f) => f.kind === "ORIGINAL");
  if (!original) return <Text c="dimmed">Aucun original (brouillon).</Text>;
  if (original.mime === "application/pdf") {
    return <iframe title={`Facture ${invoice.number} (PDF)`} src={original.url} style={{ width: "100%", height: "75vh", border: "1px solid #ced4da" }} />;
  }
  return (
    <Stack gap="xs">
      <Text>L'original est un fichier XML ({invoice.syntax}, profil {invoice.profile}).</Text>
      <Anchor href={original.url} target="_blank" rel="noopener">
        Ouvrir le XML
      </Anchor>
    </Stack>
  );
}

/** An invoice: the original shown, its data, files, status timeline and what the caller may do next; live. */
export function InvoiceDetailPage() {
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  const { data: invoice, error, loading } = useApi<InvoiceDetail>(`${id}:${version}`, (signal) => getInvoice(id, { signal }));
  const [changed, setChanged] = useState<string | null>(null);
  usePageTitle(invoice ? `Facture ${invoice.number}` : "Facture");
  useInvoiceEvents((event) => {
    if (event.invoiceId !== id) return;
    setChanged(`Le statut vient de changer : ${event.to}`);
    setVersion((v) => v + 1);
  });
  if (error) return <ProblemAlert error={error as ApiError} />;
  if (!invoice) return loading ? <Loader aria-label="Chargement" /> : null;
  const t = invoice.totals;
  return (
    <Stack>
      <Anchor component={Link} to="/factures">
        ← Factures émises
      </Anchor>
      <Group justify="space-between" align="center">
        <Title order={1}>
          {invoice.documentType === "AVOIR" ? "Avoir" : "Facture"} {invoice.number || "(sans numéro)"}
        </Title>
        <div aria-live="polite" data-testid="current-status">
          <InvoiceStatusBadge status={invoice.status} size="lg" />
        </div>
      </Group>
      {changed ? (
        <Alert color="blue" role="status">
          Mise à jour en direct : {invoice.statusLabel} ({formatDateTime(invoice.statusAt)}).
        </Alert>
      ) : null}
      {invoice.draftReminder ? <Alert color="yellow">Ce brouillon attend depuis plus de 2 jours : il n'est pas reçu par le destinataire tant qu'il n'est pas envoyé.</Alert> : null}
      {invoice.status === "BROUILLON" ? (
        <Alert color="gray" title="Brouillon">
          Enregistré mais pas envoyé. <Anchor component={Link} to={`/factures/saisir?brouillon=${invoice.id}`}>Reprendre la saisie</Anchor>
        </Alert>
      ) : null}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <OriginalViewer invoice={invoice} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            <NextActions invoice={invoice} onDone={() => setVersion((v) => v + 1)} />
            <PaymentClockCard invoiceId={invoice.id} reloadKey={`${version}:${invoice.version}`} />
            <Table withTableBorder>
              <Table.Caption>Données de la facture</Table.Caption>
              <Table.Tbody>
                <Row label="Fournisseur">{invoice.supplier.name ?? ""} {formatSiret(invoice.supplier.siret)}</Row>
                <Row label="Destinataire">{invoice.recipient.name ?? ""} {formatSiret(invoice.recipient.siret)}</Row>
                <Row label="Code service">{invoice.serviceCode ?? "—"}</Row>
                <Row label="Engagement (EJ, bon de commande)">{invoice.engagementNumber ?? "—"}</Row>
                <Row label="N° de marché">{invoice.contractNumber ?? "—"}</Row>
                <Row label="Cadre de facturation">{FRAMEWORKS[invoice.framework] ?? invoice.framework}</Row>
                <Row label="Date de facture">{formatDate(invoice.issueDate)}</Row>
                <Row label="Échéance">{formatDate(invoice.dueDate)}</Row>
                <Row label="Montant HT">{formatAmount(t.withoutVat, invoice.currency)}</Row>
                <Row label="TVA">{formatAmount(t.vat, invoice.currency)}</Row>
                <Row label="Montant TTC">{formatAmount(t.withVat, invoice.currency)}</Row>
                <Row label="Net à payer">{formatAmount(t.due, invoice.currency)}</Row>
                <Row label="Format">{invoice.syntax ? `${invoice.syntax} ${invoice.profile ?? ""}` : invoice.source === "FORM" ? "Saisie" : "PDF"}</Row>
                <Row label="Déposée le">{formatDateTime(invoice.depositedAt)}</Row>
              </Table.Tbody>
            </Table>
            {invoice.depositedAt ? (
              <Paper withBorder p="md">
                <Title order={2} size="h4">
                  Accusé de dépôt
                </Title>
                <Text size="sm">Empreinte SHA-256 de l'original :</Text>
                <Text ff="monospace" size="xs" style={{ wordBreak: "break-all" }} data-testid="sha256">
                  {invoice.originalSha256}
                </Text>
                <Group mt="xs">
                  <Anchor href={`/api/v1/invoices/${invoice.id}/receipt.pdf`}>Télécharger l'accusé (PDF)</Anchor>
                  <Anchor href={`/api/v1/invoices/${invoice.id}/receipt`} target="_blank" rel="noopener">
                    JSON
                  </Anchor>
                </Group>
              </Paper>
            ) : null}
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="xs">
                Fichiers
              </Title>
              <List size="sm">
                {invoice.files.map((f) => (
                  <List.Item key={f.id}>
                    <Anchor href={`${f.url}?download=1`}>{f.name}</Anchor> <Badge size="xs" variant="outline">{f.kind === "ORIGINAL" ? "original" : f.kind === "ATTACHMENT" ? "pièce jointe" : "généré"}</Badge> <Text span size="xs" c="dimmed">{Math.ceil(f.size / 1024)} Ko</Text>
                  </List.Item>
                ))}
              </List>
            </Paper>
            {invoice.warnings.length ? (
              <Alert color="yellow" title="Avertissements du contrôle">
                <List size="sm">
                  {invoice.warnings.map((w) => (
                    <List.Item key={`${w.rule}:${w.message}`}>
                      {w.message} <Code>{w.rule}</Code>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
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
