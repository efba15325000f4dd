import { Alert, Anchor, Badge, Code, Grid, Group, List, Loader, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import type { ApiError } from "../../api/client";
import { getInvoice, type InvoiceDetail, useInvoiceEvents } from "../../api/invoices";
import { useApi } from "../../api/use-api";
import { InvoiceTimeline } from "../../components/InvoiceTimeline";
import { PaymentClockCard } from "../../components/PaymentClockCard";
import { ProblemAlert } from "../../components/ProblemAlert";
import { INVOICE_STATUSES, isInvoiceStatus } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount, formatDate, formatDateTime, formatSiret } from "./format";
import { detailMessages } from "./invoice-detail.messages";
import { InvoiceStatusBadge } from "./invoice-status-badge";
import { NextActions } from "./supplier-actions";

type FrameworkKey = Extract<keyof (typeof detailMessages)["fr"], `framework.${string}`>;
const isFrameworkKey = (key: string): key is FrameworkKey => key in detailMessages.fr;

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
  const t = useT(detailMessages);
  const original = invoice.files.find((f) => f.kind === "ORIGINAL");
  if (!original) return <Text c="dimmed">{t("original.none")}</Text>;
  if (original.mime === "application/pdf") {
    return <iframe title={t("original.pdfTitle", { number: invoice.number })} src={original.url} style={{ width: "100%", height: "75vh", border: "1px solid #ced4da" }} />;
  }
  return (
    <Stack gap="xs">
      <Text>{t("original.xml", { syntax: invoice.syntax ?? "", profile: invoice.profile ?? "" })}</Text>
      <Anchor href={original.url} target="_blank" rel="noopener">
        {t("original.openXml")}
      </Anchor>
    </Stack>
  );
}

/** An invoice: the original shown, its data, files, status timeline and what the caller may do next; live. */
export function InvoiceDetailPage() {
  const { id = "" } = useParams();
  const [version, setVersion] = useState(0);
  const { data: invoice, error, loading } = useApi<InvoiceDetail>(`${id}:${version}`, (signal) => getInvoice(id, { signal }));
  const [changed, setChanged] = useState(false);
  const t = useT(detailMessages);
  const { lang } = useI18n();
  const kind = invoice?.documentType === "AVOIR" ? t("detail.creditNote") : t("detail.invoice");
  usePageTitle(invoice ? t("detail.title", { kind: t("detail.invoice"), number: invoice.number }) : t("detail.invoice"));
  useInvoiceEvents((event) => {
    if (event.invoiceId !== id) return;
    setChanged(true);
    setVersion((v) => v + 1);
  });
  if (error) return <ProblemAlert error={error as ApiError} />;
  if (!invoice) return loading ? <Loader aria-label={t("loading")} /> : null;
  const totals = invoice.totals;
  const framework = `framework.${invoice.framework}`;
  const statusLabel = isInvoiceStatus(invoice.status) ? INVOICE_STATUSES[invoice.status][lang] : invoice.statusLabel;
  return (
    <Stack>
      <Anchor component={Link} to="/factures">
        {t("detail.back")}
      </Anchor>
      <Group justify="space-between" align="center">
        <Title order={1}>
          {t("detail.title", { kind, number: invoice.number || t("detail.noNumber") })}
        </Title>
        <div aria-live="polite" data-testid="current-status">
          <InvoiceStatusBadge status={invoice.status} size="lg" />
        </div>
      </Group>
      {changed ? (
        <Alert color="blue" role="status">
          {t("detail.live", { status: statusLabel, at: formatDateTime(invoice.statusAt, lang) })}
        </Alert>
      ) : null}
      {invoice.draftReminder ? <Alert color="yellow">{t("detail.staleDraft")}</Alert> : null}
      {invoice.status === "BROUILLON" ? (
        <Alert color="gray" title={t("detail.draft")}>
          {t("detail.draftText")}{" "}
          <Anchor component={Link} to={`/factures/saisir?brouillon=${invoice.id}`}>
            {t("detail.resume")}
          </Anchor>
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
              <Table.Caption>{t("detail.data")}</Table.Caption>
              <Table.Tbody>
                <Row label={t("row.supplier")}>{invoice.supplier.name ?? ""} {formatSiret(invoice.supplier.siret)}</Row>
                <Row label={t("row.recipient")}>{invoice.recipient.name ?? ""} {formatSiret(invoice.recipient.siret)}</Row>
                <Row label={t("row.serviceCode")}>{invoice.serviceCode ?? "—"}</Row>
                <Row label={t("row.engagement")}>{invoice.engagementNumber ?? "—"}</Row>
                <Row label={t("row.contract")}>{invoice.contractNumber ?? "—"}</Row>
                <Row label={t("row.framework")}>{isFrameworkKey(framework) ? t(framework) : invoice.framework}</Row>
                <Row label={t("row.issueDate")}>{formatDate(invoice.issueDate, lang)}</Row>
                <Row label={t("row.dueDate")}>{formatDate(invoice.dueDate, lang)}</Row>
                <Row label={t("row.withoutVat")}>{formatAmount(totals.withoutVat, invoice.currency, lang)}</Row>
                <Row label={t("row.vat")}>{formatAmount(totals.vat, invoice.currency, lang)}</Row>
                <Row label={t("row.withVat")}>{formatAmount(totals.withVat, invoice.currency, lang)}</Row>
                <Row label={t("row.due")}>{formatAmount(totals.due, invoice.currency, lang)}</Row>
                <Row label={t("row.format")}>{invoice.syntax ? `${invoice.syntax} ${invoice.profile ?? ""}` : invoice.source === "FORM" ? t("row.formatForm") : "PDF"}</Row>
                <Row label={t("row.depositedAt")}>{formatDateTime(invoice.depositedAt, lang)}</Row>
              </Table.Tbody>
            </Table>
            {invoice.depositedAt ? (
              <Paper withBorder p="md">
                <Title order={2} size="h4">
                  {t("receipt.title")}
                </Title>
                <Text size="sm">{t("receipt.sha")}</Text>
                <Text ff="monospace" size="xs" style={{ wordBreak: "break-all" }} data-testid="sha256">
                  {invoice.originalSha256}
                </Text>
                <Group mt="xs">
                  <Anchor href={`/api/v1/invoices/${invoice.id}/receipt.pdf`}>{t("receipt.download")}</Anchor>
                  <Anchor href={`/api/v1/invoices/${invoice.id}/receipt`} target="_blank" rel="noopener">
                    JSON
                  </Anchor>
                </Group>
              </Paper>
            ) : null}
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="xs">
                {t("files.title")}
              </Title>
              <List size="sm">
                {invoice.files.map((f) => (
                  <List.Item key={f.id}>
                    <Anchor href={`${f.url}?download=1`}>{f.name}</Anchor> <Badge size="xs" variant="outline">{f.kind === "ORIGINAL" ? t("files.ORIGINAL") : f.kind === "ATTACHMENT" ? t("files.ATTACHMENT") : t("files.GENERATED")}</Badge>{" "}
                    <Text span size="xs" c="dimmed">
                      {t("files.size", { size: Math.ceil(f.size / 1024) })}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </Paper>
            {invoice.warnings.length ? (
              <Alert color="yellow" title={t("detail.warnings")}>
                <List size="sm">
                  {invoice.warnings.map((w) => (
                    <List.Item key={`${w.rule}:${w.message}`}>
                      <span lang={w.lang ?? "fr"}>{w.message}</span> <Code>{w.rule}</Code>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <Title order={2} size="h3">
        {t("detail.history")}
      </Title>
      <InvoiceTimeline history={invoice.history} />
    </Stack>
  );
}
