import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { MOTIF_MAX, REJECTION_REASONS, REQUIRED_FIELDS } from "../../../../src/modules/buyer/domain/processing-rules";
import { ApiError, fieldErrors } from "../../api/client";
import type { InvoiceDetail } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { processReceivedInvoice, type ProcessingRequest } from "./buyer-api";

type Transition = InvoiceDetail["allowedTransitions"][number];

const REASON_OPTIONS = Object.entries(REJECTION_REASONS).map(([value, label]) => ({ value, label }));
const RECYCLE_MOTIFS = ["Structure destinataire erronée", "Code service erroné ou manquant", "Numéro d'engagement erroné ou manquant"].map((m) => ({ value: m, label: m }));
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
      onDone(`${t.label} : la facture est maintenant « ${t.toLabel} ».`);
    } catch (err) {
      if (err instanceof ApiError) setError(err);
      key.current = crypto.randomUUID(); // a refused request may be corrected and sent again
    } finally {
      setBusy(false);
    }
  };
  const motifLength = d.motif.length;
  return (
    <Paper withBorder p="sm" component="form" onSubmit={(e) => void submit(e)} aria-label={`${t.label} → ${t.toLabel}`} data-action={t.action}>
      <Stack gap="xs" ref={first}>
        <Text fw={600}>
          {t.label} → {t.toLabel}
        </Text>
        {needs.includes("reason") ? <Select label="Motif de rejet" data={REASON_OPTIONS} value={d.reason} onChange={set("reason")} searchable required error={errors.reason} /> : null}
        {t.to === "A_RECYCLER" ? <Select label="Ce qui est erroné" data={RECYCLE_MOTIFS} value={d.recycleMotif} onChange={set("recycleMotif")} error={errors.motif} /> : null}
        {needs.includes("motif") ? (
          <Textarea
            label={t.to === "REJETEE" ? "Explication pour le fournisseur" : t.to === "A_RECYCLER" ? "Précision" : "Motif"}
            description={`${MOTIF_MAX} caractères au plus (${motifLength}/${MOTIF_MAX})`}
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
          <Textarea label="Pièces attendues du fournisseur" description="Une pièce par ligne" value={d.documents} onChange={(e) => set("documents")(e.currentTarget.value)} autosize minRows={2} required error={errors.expectedDocuments} />
        ) : null}
        {needs.includes("mandateNumber") ? <TextInput label="Numéro de mandat" value={d.mandateNumber} onChange={(e) => set("mandateNumber")(e.currentTarget.value)} maxLength={50} required error={errors.mandateNumber} /> : null}
        {needs.includes("paymentDate") ? <TextInput label="Date de mise en paiement" type="date" value={d.paymentDate} onChange={(e) => set("paymentDate")(e.currentTarget.value)} required error={errors.paymentDate} /> : null}
        {needs.includes("amountPaid") ? (
          <TextInput label="Montant mis en paiement (€)" description="Par exemple 1234,56" inputMode="decimal" value={d.amountPaid} onChange={(e) => set("amountPaid")(e.currentTarget.value)} required error={errors.amountPaid} />
        ) : null}
        <Textarea label="Commentaire (facultatif)" value={d.comment} onChange={(e) => set("comment")(e.currentTarget.value)} autosize minRows={1} maxLength={2000} />
        {error ? <ProblemAlert error={error} /> : null}
        <Group>
          <Button type="submit" loading={busy} size="sm">
            {t.label}
          </Button>
          <Button variant="default" size="sm" onClick={onCancel}>
            Annuler
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
        Traiter la facture
      </Title>
      {mine.length === 0 ? <Text size="sm">Aucune action de traitement n'est possible sur cette facture dans son statut actuel.</Text> : null}
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
            {t.label}
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
