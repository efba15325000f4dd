import { Alert, Anchor, Button, Code, FileInput, Group, List, Progress, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useRef, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api/client";
import { type BatchEvent, depositBatch } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";

type Result = Extract<BatchEvent, { type: "result" }>;

/** "Déposer un lot": a ZIP or tar.gz of up to 500 structured invoices, a progress bar, and a report per invoice. */
export function BatchDepositPage() {
  usePageTitle("Déposer un lot de factures");
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
      <Title order={1}>Déposer un lot de factures</Title>
      <Text>Une archive ZIP ou tar.gz de 500 factures structurées au plus (Factur-X, CII, UBL). Chaque facture est contrôlée et déposée séparément : une facture refusée ne bloque pas les autres.</Text>
      <FileInput label="Archive" accept=".zip,.gz,.tgz,application/zip,application/gzip" value={file} onChange={(f) => { setFile(f); key.current = crypto.randomUUID(); }} clearable clearButtonProps={{ "aria-label": "Retirer l'archive" }} placeholder="Choisir une archive" />
      <Group grow>
        <TextInput label="SIRET du destinataire (si les factures ne le donnent pas)" value={recipientSiret} onChange={(e) => setRecipientSiret(e.currentTarget.value.replace(/\s/g, ""))} maxLength={14} />
        <TextInput label="Code service (si les factures ne le donnent pas)" value={serviceCode} onChange={(e) => setServiceCode(e.currentTarget.value)} />
      </Group>
      <Button onClick={() => void send()} loading={busy} disabled={!file} style={{ alignSelf: "flex-start" }}>
        Déposer le lot
      </Button>
      {error ? <ProblemAlert error={error} /> : null}
      {total ? (
        <Stack gap={4}>
          <Progress value={percent} size="lg" aria-label={`Avancement du dépôt : ${results.length} sur ${total}`} />
          <Text size="sm" aria-live="polite">
            {results.length} / {total} traitée(s)
          </Text>
        </Stack>
      ) : null}
      {done ? (
        <Alert color={done.refused ? "yellow" : "green"} role="status">
          {done.deposited} facture(s) déposée(s), {done.refused} refusée(s).
        </Alert>
      ) : null}
      {results.length ? (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Fichier</Table.Th>
              <Table.Th>Résultat</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.map((r) => (
              <Table.Tr key={r.index}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  {r.status === "DEPOSEE" ? (
                    <Anchor component={Link} to={`/factures/${r.invoiceId}`}>
                      Déposée : n° {r.number}
                    </Anchor>
                  ) : (
                    <List size="sm">
                      {r.errors.map((e) => (
                        <List.Item key={`${e.rule}:${e.message}`}>
                          {e.message} <Code>{e.rule}</Code>
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
