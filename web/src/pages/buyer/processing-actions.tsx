import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { MOTIF_MAX, REJECTION_REASONS, REQUIRED_FIELDS } from "../../../../src/modules/buyer/domain/processing-rules";
import { TRANSITIONS } from "../../../../src/modules/invoices/domain/invoice-lifecycle";
import { INVOICE_STATUSES, isInvoiceStatus } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { ApiError, fieldErrors } from "../../api/client";
import type { InvoiceDetail } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { type Lang, useI18n, useT } from "../../i18n/i18n";
import { buyerMessages } from "./buyer.messages";
import { processReceivedInvoice, type ProcessingRequest } from "./buyer-api";

type Transition = InvoiceDetail["allowedTransitions"][number];

const REASON_OPTIONS = Object.entries(REJECTION_REASONS).map(([value, label]) => ({ value, label }));
const RECYCLE_KEYS = ["recycle.structure", "recycle.service", "recycle.engagement"] as const;
const ACTION_EN = new Map<string, string>(TRANSITIONS.map((t) => [t.action, t.en]));

/** The action's label and its target's in the reader's language (the server sends them in French). */
function labels(t: Transition, lang: Lang): { label: string; toLabel: string } {
  if (lang === "fr") return { label: t.label, toLabel: t.toLabel };
  return { label: ACTION_EN.get(t.action) ?? t.label, toLabel: isInvoiceStatus(t.to) ? INVOICE_STATUSES[t.to].en : t.toLabel };
}
const today = () => new Date().toISOString().slice(0, 10);

interface Draft {
  motif: string;
  recycleMotif: string | null;
  reason: string | null;
  documents: string;
  mandateNumber: string;
  paymentDate: string;
  amountPaid: string;
  comment: string;
}

function requestOf(to: string, d: Draft): ProcessingRequest {
  const body: ProcessingRequest = { to };
  const needs = REQUIRED_FIELDS[to] ?? [];
  const motif = to === "A_RECYCLER" ? [d.recycleMotif, d.motif.trim()].filter(Boolean).join(" : ") : d.motif.trim();
  if (needs.includes("motif") && motif) body.motif = motif;
  if (needs.includes("reason") && d.reason) body.reason = d.reason;
  if (needs.includes("expectedDocuments")) body.expectedDocuments = d.documents.split("\n").map((s) => s.trim()).filter(Boolean);
  if (needs.includes("mandateNumber")) body.mandateNumber = d.mandateNumber.trim();
  if (needs.includes("paymentDate")) body.paymentDate = d.paymentDate;
  if (needs.includes("amountPaid")) body.amountPaid = d.amountPaid.trim().replace(/\s/g, "").replace(",", ".");
  if (d.comment.trim()) body.comment = d.comment.trim();
  return body;
}

/** The form of one processing action: exactly the fields its target status requires, then the confirm button. */
function ActionForm({ invoice, t, onDone, onCancel }: { invoice: InvoiceDetail; t: Transition; onDone(label: string): void; onCancel(): void }) {
  const tr = useT(buyerMessages);
  const { lang } = useI18n();
  const { label, toLabel } = labels(t, lang);
  const recycleMotifs = RECYCLE_KEYS.map((k) => ({ value: tr(k), label: tr(k) }));
  const needs = REQUIRED_FIELDS[t.to] ?? [];
  const [d, setD] = useState<Draft>({ motif: "", recycleMotif: null, reason: null, documents: "", mandateNumber: "", paymentDate: today(), amountPaid: invoice.totals.due ?? invoice.totals.withVat ?? "", comment: "" });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }, []);
  const set = (k: keyof Draft) => (v: string | null) => setD((x) => ({ ...x, [k]: v ?? "" }));
  const errors = error ? fieldErrors(error) : {};
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await processReceivedInvoice(invoice.id, requestOf(t.to, d), key.current);
      onDone(tr("process.done", { action: label, status: toLabel }));
    } catch (err) {
      if (err instanceof ApiError) setError(err);
      key.current = crypto.randomUUID(); // a refused request may be corrected and sent again
    } finally {
      setBusy(false);
    }
  };
  const motifLength = d.motif.length;
  return (
    <Paper withBorder p="sm" component="form" onSubmit={(e) => void submit(e)} aria-label={`${label} → ${toLabel}`} data-action={t.action}>
      <Stack gap="xs" ref={first}>
        <Text fw={600}>
          {label} → {toLabel}
        </Text>
        {needs.includes("reason") ? <Select label={tr("process.reason")} data={REASON_OPTIONS} value={d.reason} onChange={set("reason")} searchable required error={errors.reason} /> : null}
        {t.to === "A_RECYCLER" ? <Select label={tr("process.recycleWhat")} data={recycleMotifs} value={d.recycleMotif} onChange={set("recycleMotif")} error={errors.motif} /> : null}
        {needs.includes("motif") ? (
          <Textarea
            label={t.to === "REJETEE" ? tr("process.explain") : t.to === "A_RECYCLER" ? tr("process.detail") : tr("process.motif")}
            description={tr("process.motifHint", { max: MOTIF_MAX, n: motifLength })}
            value={d.motif}
            onChange={(e) => set("motif")(e.currentTarget.value)}
            maxLength={MOTIF_MAX}
            autosize
            minRows={2}
            required={t.to !== "A_RECYCLER" || !d.recycleMotif}
            error={t.to === "A_RECYCLER" ? undefined : errors.motif}
          />
        ) : null}
        {needs.includes("expectedDocuments") ? (
          <Textarea label={tr("process.documents")} description={tr("process.documentsHint")} value={d.documents} onChange={(e) => set("documents")(e.currentTarget.value)} autosize minRows={2} required error={errors.expectedDocuments} />
        ) : null}
        {needs.includes("mandateNumber") ? <TextInput label={tr("process.mandate")} value={d.mandateNumber} onChange={(e) => set("mandateNumber")(e.currentTarget.value)} maxLength={50} required error={errors.mandateNumber} /> : null}
        {needs.includes("paymentDate") ? <TextInput label={tr("process.paymentDate")} type="date" value={d.paymentDate} onChange={(e) => set("paymentDate")(e.currentTarget.value)} required error={errors.paymentDate} /> : null}
        {needs.includes("amountPaid") ? (
          <TextInput label={tr("process.amount")} description={tr("process.amountHint")} inputMode="decimal" value={d.amountPaid} onChange={(e) => set("amountPaid")(e.currentTarget.value)} required error={errors.amountPaid} />
        ) : null}
        <Textarea label={tr("process.comment")} value={d.comment} onChange={(e) => set("comment")(e.currentTarget.value)} autosize minRows={1} maxLength={2000} />
        {error ? <ProblemAlert error={error} /> : null}
        <Group>
          <Button type="submit" loading={busy} size="sm">
            {label}
          </Button>
          <Button variant="default" size="sm" onClick={onCancel}>
            {tr("process.cancel")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/**
 * The recipient's processing actions: only those the API allows this user now (allowedTransitions, role
 * DESTINATAIRE). Choosing one opens its form; after it succeeds `onDone` gets a sentence saying what happened.
 */
export function ProcessingActions({ invoice, onDone }: { invoice: InvoiceDetail; onDone(message: string): void }) {
  const tr = useT(buyerMessages);
  const { lang } = useI18n();
  const mine = invoice.allowedTransitions.filter((t) => t.role === "DESTINATAIRE");
  const [open, setOpen] = useState<string | null>(null);
  const opener = useRef<Record<string, HTMLButtonElement | null>>({});
  const current = mine.find((t) => t.action === open);
  // The status changed (here or elsewhere): a form for an action no longer allowed closes.
  useEffect(() => {
    if (open && !mine.some((t) => t.action === open)) setOpen(null);
  }, [open, mine]);
  return (
    <Paper withBorder p="md" data-testid="processing-actions">
      <Title order={2} size="h4" mb="xs">
        {tr("process.title")}
      </Title>
      {mine.length === 0 ? <Text size="sm">{tr("process.none")}</Text> : null}
      <Group gap="xs">
        {mine.map((t) => (
          <Button
            key={t.action}
            ref={(el) => {
              opener.current[t.action] = el;
            }}
            variant={open === t.action ? "filled" : "light"}
            size="xs"
            aria-expanded={open === t.action}
            onClick={() => setOpen(open === t.action ? null : t.action)}
          >
            {labels(t, lang).label}
          </Button>
        ))}
      </Group>
      {current ? (
        <Stack mt="sm">
          <ActionForm
            key={current.action}
            invoice={invoice}
            t={current}
            onCancel={() => {
              setOpen(null);
              opener.current[current.action]?.focus();
            }}
            onDone={(message) => {
              setOpen(null);
              onDone(message);
            }}
          />
        </Stack>
      ) : null}
    </Paper>
  );
}
