import { Alert, Anchor, Button, Code, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { type CreatedApiClient, createApiClient, listApiClients, revokeApiClient } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { formatSiret } from "../../lib/format";
import { formatDay, formatInstant } from "../../lib/locale-format";
import { richText } from "../../lib/rich-text";
import { usePageTitle } from "../../lib/use-page-title";
import { accountsMessages } from "./accounts.messages";
import { StatusBadge } from "./status-badge";
import { useAction } from "../../api/use-action";

/** `/structures/:siret/api`: the structure's API credentials (create, shown once, revoke; several for rotation). */
export function ApiClientsPage() {
  const siret = useParams().siret ?? "";
  const t = useT(accountsMessages);
  const { lang } = useI18n();
  usePageTitle(t("api.pageTitle"));
  const [version, setVersion] = useState(0);
  const clients = useApi(`${siret}-${version}`, (signal) => listApiClients(siret, signal));
  const [name, setName] = useState("");
  const [endDate, setEndDate] = useState("");
  const [created, setCreated] = useState<CreatedApiClient | null>(null);
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await run(() => createApiClient(siret, { name, ...(endDate ? { expiresAt: new Date(`${endDate}T23:59:59Z`).toISOString() } : {}) }));
    if (r) {
      setCreated(r);
      setName("");
      setEndDate("");
      setVersion((v) => v + 1);
    }
  };
  return (
    <Stack gap="lg">
      <Anchor component={Link} to={`/structures/${siret}/utilisateurs`}>
        {t("api.back")}
      </Anchor>
      <Title order={1}>{t("api.title", { siret: formatSiret(siret) })}</Title>
      <Text>{richText(t("api.intro"), { endpoint: <Code>POST /api/oauth/token</Code>, header: <Code>Authorization: Bearer</Code> })}</Text>
      {created ? (
        <Alert color="yellow" title={t("api.copyNow")} role="status">
          <Text>{richText(t("api.clientId"), { value: <Code>{created.clientId}</Code> })}</Text>
          <Text>{richText(t("api.secret"), { value: <Code>{created.clientSecret}</Code> })}</Text>
        </Alert>
      ) : null}
      <form onSubmit={submit}>
        <Stack gap="sm" maw={480}>
          <Title order={2}>{t("api.newTitle")}</Title>
          <TextInput label={t("api.name")} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t("api.endDate")} type="date" value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} />
          {error ? <ProblemAlert error={error} /> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {t("api.create")}
          </Button>
        </Stack>
      </form>
      {clients.error ? <ProblemAlert error={clients.error} /> : null}
      {clients.data && clients.data.length > 0 ? (
        <Table striped aria-label={t("api.pageTitle")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("col.name")}</Table.Th>
              <Table.Th scope="col">{t("col.clientId")}</Table.Th>
              <Table.Th scope="col">{t("col.createdAt")}</Table.Th>
              <Table.Th scope="col">{t("col.expiresAt")}</Table.Th>
              <Table.Th scope="col">{t("col.lastUsedAt")}</Table.Th>
              <Table.Th scope="col">{t("col.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.data.map((c) => (
              <Table.Tr key={c.clientId}>
                <Table.Th scope="row">{c.name}</Table.Th>
                <Table.Td>
                  <Code>{c.clientId}</Code>
                </Table.Td>
                <Table.Td>{formatDay(c.createdAt, lang)}</Table.Td>
                <Table.Td>{formatDay(c.expiresAt, lang)}</Table.Td>
                <Table.Td>{c.lastUsedAt ? formatInstant(c.lastUsedAt, lang) : t("api.never")}</Table.Td>
                <Table.Td>
                  {c.active ? (
                    <Button size="compact-sm" color="red" variant="light" onClick={() => void run(() => revokeApiClient(siret, c.clientId)).then(() => setVersion((v) => v + 1))}>
                      {t("api.revoke")}
                    </Button>
                  ) : (
                    <StatusBadge status={c.revokedAt ? "REVOKED" : "EXPIRED"} />
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
