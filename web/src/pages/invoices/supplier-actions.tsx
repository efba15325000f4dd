import { Button, FileInput, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { ApiError } from "../../api/client";
import { applyInvoiceAction, type InvoiceDetail } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";

type Transition = InvoiceDetail["allowedTransitions"][number];
const FIELD_LABELS: Record<string, string> = { motif: "un motif", attachments: "des pièces jointes", routing: "le nouveau destinataire", numeroDPMandat: "le n° de mandat", comment: "un commentaire", paymentDate: "la date de paiement" };

function ActionForm({ invoice, t, onDone }: { invoice: InvoiceDetail; t: Transition; onDone(): void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [comment, setComment] = useState("");
  const [recipientSiret, setRecipientSiret] = useState(invoice.recipient.siret);
  const [serviceCode, setServiceCode] = useState(invoice.serviceCode ?? "");
  const [engagementNumber, setEngagementNumber] = useState(invoice.engagementNumber ?? "");
  const [paymentDate, setPaymentDate] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (t.action === "COMPLETER") {
        const form = new FormData();
        form.append("action", t.action);
        if (comment) form.append("comment", comment);
        for (const f of files) form.append("attachment", f);
        await applyInvoiceAction(invoice.id, form);
      } else {
        const body: Record<string, string> = { action: t.action };
        if (comment) body.comment = comment;
        if (t.action === "RECYCLER") Object.assign(body, { recipientSiret, serviceCode, engagementNumber });
        if (paymentDate) body.paymentDate = paymentDate;
        const result = await applyInvoiceAction(invoice.id, body);
        // Sending a draft deposits the Factur-X made from it: the deposited invoice has its own page.
        if (t.action === "DEPOSER" && result.id !== invoice.id) {
          window.location.assign(`/factures/${encodeURIComponent(result.id)}`);
          return;
        }
      }
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={600}>
          {t.label} → {t.toLabel}
        </Text>
        {t.action === "COMPLETER" ? <FileInput label="Pièces jointes" multiple value={files} onChange={setFiles} clearable clearButtonProps={{ "aria-label": "Retirer les pièces jointes" }} required /> : null}
        {t.action === "RECYCLER" ? (
          <>
            <TextInput label="SIRET du destinataire" value={recipientSiret} onChange={(e) => setRecipientSiret(e.currentTarget.value.replace(/\s/g, ""))} maxLength={14} />
            <TextInput label="Code service" value={serviceCode} onChange={(e) => setServiceCode(e.currentTarget.value)} />
            <TextInput label="N° d'engagement" value={engagementNumber} onChange={(e) => setEngagementNumber(e.currentTarget.value)} />
          </>
        ) : null}
        {t.accepts.includes("paymentDate") ? <TextInput label="Date du paiement reçu" type="date" value={paymentDate} onChange={(e) => setPaymentDate(e.currentTarget.value)} /> : null}
        <Textarea label="Commentaire" value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={1} />
        {error ? <ProblemAlert error={error} /> : null}
        {error?.problem.errors?.length ? (
          <List size="sm" data-testid="action-findings">
            {error.problem.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the findings are shown once, in the server's order.
              <List.Item key={i}>{e.message ?? ""}</List.Item>
            ))}
          </List>
        ) : null}
        <Group>
          <Button onClick={() => void submit()} loading={busy} size="sm">
            {t.label}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** What the caller may do next, from the lifecycle table: forms for the supplier's actions, the others listed. */
export function NextActions({ invoice, onDone }: { invoice: InvoiceDetail; onDone(): void }) {
  const mine = invoice.allowedTransitions.filter((t) => t.role === "FOURNISSEUR");
  const others = invoice.allowedTransitions.filter((t) => !mine.includes(t));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        Ce que vous pouvez faire
      </Title>
      {invoice.allowedTransitions.length === 0 ? (
        <Text size="sm">Aucune action de votre part n'est attendue : la facture est entre les mains de {invoice.status === "BROUILLON" ? "vous-même (brouillon)" : "son destinataire"}.</Text>
      ) : null}
      <Stack gap="sm">
        {mine.map((t) => (
          <ActionForm key={t.action} invoice={invoice} t={t} onDone={onDone} />
        ))}
      </Stack>
      {others.length ? (
        <List size="sm" mt="xs">
          {others.map((a) => (
            <List.Item key={`${a.role}:${a.action}`}>
              <strong>{a.label}</strong> → {a.toLabel}
              {a.requires.length ? ` (avec ${a.requires.map((r) => FIELD_LABELS[r] ?? r).join(", ")})` : ""}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Paper>
  );
}
