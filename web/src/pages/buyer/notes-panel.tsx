import { Button, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useAction } from "../../api/use-action";
import { useApi } from "../../api/use-api";
import { ActionStatus } from "../../components/ActionStatus";
import { useT } from "../../i18n/i18n";
import { formatDateTime } from "../invoices/format";
import { addNote, getNotes, type InvoiceNote } from "./buyer-api";
import { buyerMessages } from "./buyer.messages";

const MAX = 2000;

/** The buyer's internal notes on a received invoice: the list, oldest first, and a form to add one. */
export function NotesPanel({ invoiceId }: { invoiceId: string }) {
  const t = useT(buyerMessages);
  const [version, setVersion] = useState(0);
  const { data: notes } = useApi<InvoiceNote[]>(`${invoiceId}:notes:${version}`, (signal) => getNotes(invoiceId, { signal }));
  const [text, setText] = useState("");
  const { busy, error, run } = useAction();
  const [said, setSaid] = useState("");
  const submit = () =>
    run(async () => {
      await addNote(invoiceId, text);
      setText("");
      setSaid(t("notes.done"));
      setVersion((v) => v + 1);
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="notes-title" data-testid="internal-notes">
      <Stack gap="xs">
        <Title order={2} size="h4" id="notes-title">
          {t("notes.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("notes.private")}
        </Text>
        {notes && notes.length > 0 ? (
          <Stack gap="xs" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {notes.map((n) => (
              <li key={n.id}>
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
                  {n.text}
                </Text>
                <Text size="xs" c="dimmed">
                  {t("notes.by", { name: n.author.name, at: formatDateTime(n.createdAt) })}
                </Text>
              </li>
            ))}
          </Stack>
        ) : (
          <Text size="sm">{t("notes.none")}</Text>
        )}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (text.trim()) void submit();
          }}
        >
          <Stack gap="xs">
            <Textarea label={t("notes.label")} value={text} onChange={(e) => setText(e.currentTarget.value)} maxLength={MAX} autosize minRows={2} description={`${text.length} / ${MAX}`} />
            <Button type="submit" size="xs" variant="light" disabled={!text.trim()} loading={busy} style={{ alignSelf: "flex-start" }}>
              {t("notes.submit")}
            </Button>
          </Stack>
        </form>
        <ActionStatus said={said} error={error} />
      </Stack>
    </Paper>
  );
}
