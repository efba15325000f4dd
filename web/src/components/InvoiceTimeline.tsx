import { List, Text, Timeline } from "@mantine/core";
import { REJECTION_REASONS } from "../../../src/modules/buyer/domain/processing-rules";
import { TRANSITIONS } from "../../../src/modules/invoices/domain/invoice-lifecycle";
import { INVOICE_STATUSES, isInvoiceStatus } from "../../../src/modules/invoices/domain/invoice-statuses";
import type { InvoiceDetail } from "../api/invoices";
import { useI18n, useT } from "../i18n/i18n";
import { formatAmount, formatDate, formatDateTime } from "../pages/invoices/format";
import { invoiceSharedMessages } from "./invoice-shared.messages";

type HistoryEntry = InvoiceDetail["history"][number];
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);
const ACTION_EN = new Map<string, string>(TRANSITIONS.map((t) => [t.action, t.en]));
// Events the presenter names itself (not transitions of the table): the first deposit and a draft's save.
const englishAction = (h: HistoryEntry): string | undefined => (h.action === "ENREGISTRER" ? "Draft saved" : h.action === "DEPOSER" && h.from === null ? "Submitted" : ACTION_EN.get(h.action));

function Details({ entry }: { entry: HistoryEntry }) {
  const t = useT(invoiceSharedMessages);
  const { lang } = useI18n();
  const d = entry.details;
  const reason = text(d.reason);
  const documents = Array.isArray(d.expectedDocuments) ? d.expectedDocuments.filter((x): x is string => typeof x === "string") : [];
  return (
    <>
      {reason ? <Text size="sm">{t("history.reason", { reason: REJECTION_REASONS[reason as keyof typeof REJECTION_REASONS] ?? reason })}</Text> : null}
      {entry.motif ? <Text size="sm">{t("history.motif", { motif: entry.motif })}</Text> : null}
      {documents.length ? (
        <>
          <Text size="sm">{t("history.expected")}</Text>
          <List size="sm" data-testid="expected-documents">
            {documents.map((doc) => (
              <List.Item key={doc}>{doc}</List.Item>
            ))}
          </List>
        </>
      ) : null}
      {text(d.mandateNumber) ? <Text size="sm">{t("history.mandate", { value: text(d.mandateNumber) ?? "" })}</Text> : null}
      {text(d.paymentDate) ? <Text size="sm">{t("history.paymentDate", { value: formatDate(text(d.paymentDate), lang) })}</Text> : null}
      {text(d.amountPaid) ? <Text size="sm">{t("history.amountPaid", { value: formatAmount(text(d.amountPaid), "EUR", lang) })}</Text> : null}
      {text(d.comment) ? <Text size="sm">{t("history.comment", { value: text(d.comment) ?? "" })}</Text> : null}
    </>
  );
}

/** The invoice's history as both sides see it: each status with when, by whom, the motif and what came with it. */
export function InvoiceTimeline({ history }: { history: InvoiceDetail["history"] }) {
  const t = useT(invoiceSharedMessages);
  const { lang } = useI18n();
  const status = (h: HistoryEntry) => (lang === "en" && isInvoiceStatus(h.to) ? INVOICE_STATUSES[h.to].en : h.toLabel);
  const action = (h: HistoryEntry) => (lang === "en" ? (englishAction(h) ?? h.actionLabel) : h.actionLabel);
  return (
    <Timeline active={history.length - 1} bulletSize={16} aria-label={t("history.label")} data-testid="timeline">
      {history.map((h) => (
        <Timeline.Item key={h.id} title={status(h)}>
          <Text size="sm">{t("history.by", { at: formatDateTime(h.at, lang), action: action(h), actor: h.actor.name })}</Text>
          <Details entry={h} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
