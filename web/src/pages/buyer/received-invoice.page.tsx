import { Alert, Anchor, Badge, Grid, Group, List, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { Link, useParams } from "react-router";
import type { ApiError } from "../../api/client";
import { getInvoice, type InvoiceDetail, useInvoiceEvents } from "../../api/invoices";
import { useApi } from "../../api/use-api";
import { useT } from "../../i18n/i18n";
import { InvoiceTimeline } from "../../components/InvoiceTimeline";
import { PaymentClockCard } from "../../components/PaymentClockCard";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { OriginalViewer } from "../invoices/invoice-detail.page";
import { formatAmount, formatDate, formatDateTime, formatSiret } from "../invoices/format";
import { InvoiceStatusBadge } from "../invoices/invoice-status-badge";
import { AssignmentPanel } from "./assignment-panel";
import { buyerMessages } from "./buyer.messages";
import { NotesPanel } from "./notes-panel";
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


/** The invoice's data, as the buyer checks it against the PDF. */
function InvoiceData({ invoice }: { invoice: InvoiceDetail }) {
  const tr = useT(buyerMessages);
  const t = invoice.totals;
  return (
    <Table withTableBorder>
      <Table.Caption>{tr("data.caption")}</Table.Caption>
      <Table.Tbody>
        <Row label={tr("data.supplier")}>
          {invoice.supplier.name ?? ""} {formatSiret(invoice.supplier.siret)}
        </Row>
        <Row label={tr("data.recipient")}>
          {invoice.recipient.name ?? ""} {formatSiret(invoice.recipient.siret)}
        </Row>
        <Row label={tr("data.service")}>{invoice.serviceCode ?? "—"}</Row>
        <Row label={tr("data.engagement")}>{invoice.engagementNumber ?? "—"}</Row>
        <Row label={tr("data.contract")}>{invoice.contractNumber ?? "—"}</Row>
        <Row label={tr("data.issueDate")}>{formatDate(invoice.issueDate)}</Row>
        <Row label={tr("data.dueDate")}>{formatDate(invoice.dueDate)}</Row>
        <Row label={tr("data.withoutVat")}>{formatAmount(t.withoutVat, invoice.currency)}</Row>
        <Row label={tr("data.vat")}>{formatAmount(t.vat, invoice.currency)}</Row>
        <Row label={tr("data.withVat")}>{formatAmount(t.withVat, invoice.currency)}</Row>
        <Row label={tr("data.due")}>{formatAmount(t.due, invoice.currency)}</Row>
        <Row label={tr("data.received")}>{formatDateTime(invoice.depositedAt)}</Row>
      </Table.Tbody>
    </Table>
  );
}

/** "Factures reçues" detail: the PDF beside its data, files, payment clock, assignment, processing actions and history; live. */
export function ReceivedInvoicePage() {
  const t = useT(buyerMessages);
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  const { data: invoice, error, loading } = useApi<InvoiceDetail>(`${id}:${version}`, (signal) => getInvoice(id, { signal }));
  const [news, setNews] = useState<string>("");
  const status = useRef<HTMLDivElement>(null);
  usePageTitle(invoice ? `${t("invoice.title")} ${invoice.number}` : t("invoice.title"));
  useInvoiceEvents((event) => {
    if (event.invoiceId !== id) return;
    setNews(t("invoice.live"));
    setVersion((v) => v + 1);
  });
  if (error) return <ProblemAlert error={error as ApiError} />;
  if (!invoice) return loading ? <Loader aria-label={t("inbox.loading")} /> : null;
  const attachments = invoice.files;
  return (
    <Stack>
      <Anchor component={Link} to="/factures-recues">
        {t("back.inbox")}
      </Anchor>
      <Group justify="space-between" align="center">
        <Title order={1}>
          {invoice.documentType === "AVOIR" ? t("invoice.titleCredit") : t("invoice.title")} {invoice.number}
        </Title>
        <div ref={status} tabIndex={-1} aria-live="polite" data-testid="current-status">
          <InvoiceStatusBadge status={invoice.status} size="lg" />
        </div>
      </Group>
      <Text size="sm" role="status" data-testid="news">
        {news}
      </Text>
      {invoice.status === "COMPLETEE" ? <Alert color="blue">{t("invoice.completed")}</Alert> : null}
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
            <NotesPanel invoiceId={invoice.id} />
            <InvoiceData invoice={invoice} />
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="xs">
                {t("invoice.files")}
              </Title>
              <List size="sm">
                {attachments.map((f) => (
                  <List.Item key={f.id}>
                    <Anchor href={`${f.url}?download=1`}>{f.name}</Anchor>{" "}
                    <Badge size="xs" variant="outline">
                      {f.kind === "ORIGINAL" || f.kind === "ATTACHMENT" ? t(`file.${f.kind}`) : t("file.other")}
                    </Badge>{" "}
                    <Text span size="xs" c="dimmed">
                      {Math.ceil(f.size / 1024)} Ko
                    </Text>
                  </List.Item>
                ))}
              </List>
              <Anchor href={`/api/v1/invoices/${invoice.id}/bundle`} size="sm" mt="xs" display="inline-block">
                {t("invoice.bundle")}
              </Anchor>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>
      <Title order={2} size="h3">
        {t("invoice.history")}
      </Title>
      <InvoiceTimeline history={invoice.history} />
    </Stack>
  );
}
