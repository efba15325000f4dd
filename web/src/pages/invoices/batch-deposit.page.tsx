import { Alert, Anchor, Button, Code, FileInput, Group, List, Progress, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api/client";
import { type BatchEvent, depositBatch } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { READABLE_PLACEHOLDER } from "./deposit-upload.page";
import { invoicesMessages } from "./invoices.messages";

type Result = Extract<BatchEvent, { type: "result" }>;

/** "Déposer un lot": a ZIP or tar.gz of up to 500 structured invoices, a progress bar, and a report per invoice. */
export function BatchDepositPage() {
  const t = useT(invoicesMessages);
  usePageTitle(t("batch.title"));
  const [file, setFile] = useState<File | null>(null);
  const [recipientSiret, setRecipientSiret] = useState("");
  const [serviceCode, setServiceCode] = useState("");
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<Result[]>([]);
  const [done, setDone] = useState<{ deposited: number; refused: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const key = useRef(crypto.randomUUID());

  const send = async () => {
    if (!file) return;
    setBusy(true);
    setResults([]);
    setDone(null);
    setError(null);
    const form = new FormData();
    form.append("file", file);
    if (recipientSiret) form.append("recipientSiret", recipientSiret);
    if (serviceCode) form.append("serviceCode", serviceCode);
    try {
      await depositBatch(form, key.current, (e) => {
        if (e.type === "start") setTotal(e.total);
        else if (e.type === "result") setResults((r) => [...r, e]);
        else setDone({ deposited: e.deposited, refused: e.refused });
      });
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const percent = total ? Math.round((results.length / total) * 100) : 0;
  return (
    <Stack>
      <Title order={1}>{t("batch.title")}</Title>
      <Text>{t("batch.intro")}</Text>
      <FileInput label={t("batch.archive")} accept=".zip,.gz,.tgz,application/zip,application/gzip" value={file} onChange={(f) => { setFile(f); key.current = crypto.randomUUID(); }} clearable clearButtonProps={{ "aria-label": t("batch.removeArchive") }} placeholder={t("batch.chooseArchive")} styles={READABLE_PLACEHOLDER} />
      <Group grow>
        <TextInput label={t("batch.recipientSiret")} value={recipientSiret} onChange={(e) => setRecipientSiret(e.currentTarget.value.replace(/\s/g, ""))} maxLength={14} />
        <TextInput label={t("batch.serviceCode")} value={serviceCode} onChange={(e) => setServiceCode(e.currentTarget.value)} />
      </Group>
      <Button onClick={() => void send()} loading={busy} disabled={!file} style={{ alignSelf: "flex-start" }}>
        {t("batch.submit")}
      </Button>
      {error ? <ProblemAlert error={error} /> : null}
      {total ? (
        <Stack gap={4}>
          <Progress value={percent} size="lg" aria-label={t("batch.progress", { done: results.length, total })} />
          <Text size="sm" aria-live="polite">
            {t("batch.processed", { done: results.length, total })}
          </Text>
        </Stack>
      ) : null}
      {done ? (
        <Alert color={done.refused ? "yellow" : "green"} role="status">
          {t("batch.done", { deposited: done.deposited, refused: done.refused })}
        </Alert>
      ) : null}
      {results.length ? (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("batch.file")}</Table.Th>
              <Table.Th>{t("batch.result")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((r) => (
              <Table.Tr key={r.index}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  {r.status === "DEPOSEE" ? (
                    <Anchor component={Link} to={`/factures/${r.invoiceId}`}>
                      {t("batch.deposited", { number: r.number })}
                    </Anchor>
                  ) : (
                    <List size="sm">
                      {r.errors.map((e) => (
                        <List.Item key={`${e.rule}:${e.message}`}>
                          <span lang={e.lang ?? "fr"}>{e.message}</span> <Code>{e.rule}</Code>
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
