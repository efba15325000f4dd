import { List, Text, Timeline } from "@mantine/core";
import { REJECTION_REASONS } from "../../../src/modules/buyer/domain/processing-rules";
import type { InvoiceDetail } from "../api/invoices";
import { formatAmount, formatDate, formatDateTime } from "../pages/invoices/format";

type HistoryEntry = InvoiceDetail["history"][number];
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

function Details({ entry }: { entry: HistoryEntry }) {
  const d = entry.details;
  const reason = text(d.reason);
  const documents = Array.isArray(d.expectedDocuments) ? d.expectedDocuments.filter((x): x is string => typeof x === "string") : [];
  return (
    <>
      {reason ? <Text size="sm">Motif de rejet : {REJECTION_REASONS[reason as keyof typeof REJECTION_REASONS] ?? reason}</Text> : null}
      {entry.motif ? <Text size="sm">Motif : {entry.motif}</Text> : null}
      {documents.length ? (
        <>
          <Text size="sm">Pièces attendues :</Text>
          <List size="sm" data-testid="expected-documents">
            {documents.map((doc) => (
              <List.Item key={doc}>{doc}</List.Item>
            ))}
          </List>
        </>
      ) : null}
      {text(d.mandateNumber) ? <Text size="sm">N° de mandat : {text(d.mandateNumber)}</Text> : null}
      {text(d.paymentDate) ? <Text size="sm">Date de paiement : {formatDate(text(d.paymentDate))}</Text> : null}
      {text(d.amountPaid) ? <Text size="sm">Montant payé : {formatAmount(text(d.amountPaid))}</Text> : null}
      {text(d.comment) ? <Text size="sm">Commentaire : {text(d.comment)}</Text> : null}
    </>
  );
}

/** The invoice's history as both sides see it: each status with when, by whom, the motif and what came with it. */
export function InvoiceTimeline({ history }: { history: InvoiceDetail["history"] }) {
  return (
    <Timeline active={history.length - 1} bulletSize={16} aria-label="Historique des statuts" data-testid="timeline">
      {history.map((h) => (
        <Timeline.Item key={h.id} title={h.toLabel}>
          <Text size="sm">
            {formatDateTime(h.at)} — {h.actionLabel} par {h.actor.name}
          </Text>
          <Details entry={h} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
