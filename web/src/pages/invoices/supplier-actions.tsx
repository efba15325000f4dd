import { Button, FileInput, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { ApiError } from "../../api/client";
import { applyInvoiceAction, decideValidation, type InvoiceDetail } from "../../api/invoices";
import { TRANSITIONS } from "../../../../src/modules/invoices/domain/invoice-lifecycle";
import { INVOICE_STATUSES, isInvoiceStatus } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { ProblemAlert } from "../../components/ProblemAlert";
import { type Lang, useI18n, useT } from "../../i18n/i18n";
import { detailMessages } from "./invoice-detail.messages";

type Transition = InvoiceDetail["allowedTransitions"][number];
type FieldKey = Extract<keyof (typeof detailMessages)["fr"], `field.${string}`>;
const isFieldKey = (key: string): key is FieldKey => key in detailMessages.fr;
const ACTION_EN = new Map<string, string>(TRANSITIONS.map((tr) => [tr.action, tr.en]));

/** The action's and target status's names in the reader's language (the server sends them in French). */
function names(t: Transition, lang: Lang): { action: string; to: string } {
  if (lang === "fr") return { action: t.label, to: t.toLabel };
  return { action: ACTION_EN.get(t.action) ?? t.label, to: isInvoiceStatus(t.to) ? INVOICE_STATUSES[t.to].en : t.toLabel };
}

function ActionForm({ invoice, t, onDone }: { invoice: InvoiceDetail; t: Transition; onDone(): void }) {
  const say = useT(detailMessages);
  const { lang } = useI18n();
  const name = names(t, lang);
  const [files, setFiles] = useState<File[]>([]);
  const [comment, setComment] = useState("");
  const [recipientSiret, setRecipientSiret] = useState(invoice.recipient.siret);
  const [serviceCode, setServiceCode] = useState(invoice.serviceCode ?? "");
  const [engagementNumber, setEngagementNumber] = useState(invoice.engagementNumber ?? "");
  const [paymentDate, setPaymentDate] = useState("");
  const [motif, setMotif] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      if (t.action === "VALIDER" || t.action === "REFUSER") {
        await decideValidation(invoice.id, { action: t.action, ...(motif ? { motif } : {}), ...(comment ? { comment } : {}) });
      } else if (t.action === "COMPLETER") {
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
          {name.action} → {name.to}
        </Text>
        {t.action === "COMPLETER" ? <FileInput label={say("action.attachments")} multiple value={files} onChange={setFiles} clearable clearButtonProps={{ "aria-label": say("action.removeAttachments") }} required /> : null}
        {t.action === "RECYCLER" ? (
          <>
            <TextInput label={say("action.recipientSiret")} value={recipientSiret} onChange={(e) => setRecipientSiret(e.currentTarget.value.replace(/\s/g, ""))} maxLength={14} />
            <TextInput label={say("action.serviceCode")} value={serviceCode} onChange={(e) => setServiceCode(e.currentTarget.value)} />
            <TextInput label={say("action.engagement")} value={engagementNumber} onChange={(e) => setEngagementNumber(e.currentTarget.value)} />
          </>
        ) : null}
        {t.requires.includes("motif") ? <TextInput label={say("action.motif")} value={motif} onChange={(e) => setMotif(e.currentTarget.value)} maxLength={255} required /> : null}
        {t.accepts.includes("paymentDate") ? <TextInput label={say("action.paymentDate")} type="date" value={paymentDate} onChange={(e) => setPaymentDate(e.currentTarget.value)} /> : null}
        <Textarea label={say("action.comment")} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize minRows={1} />
        {error ? <ProblemAlert error={error} /> : null}
        {error?.problem.errors?.length ? (
          <List size="sm" data-testid="action-findings">
            {error.problem.errors.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the findings are shown once, in the server's order.
              <List.Item key={i} lang={e.lang ?? "fr"}>
                {e.message ?? ""}
              </List.Item>
            ))}
          </List>
        ) : null}
        <Group>
          <Button onClick={() => void submit()} loading={busy} size="sm">
            {name.action}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** What the caller may do next, from the lifecycle table: forms for the supplier's and main contractor's actions, the others listed. */
export function NextActions({ invoice, onDone }: { invoice: InvoiceDetail; onDone(): void }) {
  const say = useT(detailMessages);
  const { lang } = useI18n();
  const field = (r: string) => {
    const key = `field.${r}`;
    return isFieldKey(key) ? say(key) : r;
  };
  // The supplier's actions, and the main contractor's answer to a subcontractor's invoice (A9), are made here.
  const mine = invoice.allowedTransitions.filter((t) => t.role === "FOURNISSEUR" || t.role === "VALIDEUR");
  const others = invoice.allowedTransitions.filter((t) => !mine.includes(t));
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {say("actions.title")}
      </Title>
      {invoice.allowedTransitions.length === 0 ? (
        <Text size="sm">{invoice.status === "BROUILLON" ? say("actions.noneDraft") : say("actions.none")}</Text>
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
              <strong>{names(a, lang).action}</strong> → {names(a, lang).to}
              {a.requires.length ? say("actions.with", { fields: a.requires.map(field).join(", ") }) : ""}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Paper>
  );
}
