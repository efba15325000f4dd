import { Alert, Anchor, Button, Code, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useParams } from "react-router";
import { type CreatedApiClient, createApiClient, listApiClients, revokeApiClient } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { StatusBadge } from "./status-badge";
import { useAction } from "./use-action";

/** `/structures/:siret/api`: the structure's API credentials (create, shown once, revoke; several for rotation). */
export function ApiClientsPage() {
  const siret = useParams().siret ?? "";
  usePageTitle("Identifiants d'API");
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
        ← Utilisateurs de la structure
      </Anchor>
      <Title order={1}>Identifiants d'API — {formatSiret(siret)}</Title>
      <Text>
        Votre logiciel obtient un jeton valable une heure par <Code>POST /api/oauth/token</Code> (OAuth 2, client credentials), puis l'envoie en <Code>Authorization: Bearer</Code>. Pas de second mot de passe technique, pas
        d'expiration silencieuse : si vous fixez une date de fin, les gestionnaires sont prévenus par e-mail 14 jours avant. Créez-en de nouveaux avant de révoquer les anciens pour changer sans coupure.
      </Text>
      {created ? (
        <Alert color="yellow" title="Copiez le secret maintenant : il ne sera plus affiché" role="status">
          <Text>
            Identifiant : <Code>{created.clientId}</Code>
          </Text>
          <Text>
            Secret : <Code>{created.clientSecret}</Code>
          </Text>
        </Alert>
      ) : null}
      <form onSubmit={submit}>
        <Stack gap="sm" maw={480}>
          <Title order={2}>Nouveaux identifiants</Title>
          <TextInput label="Nom (le logiciel qui les utilise)" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label="Date de fin (facultative)" type="date" value={endDate} onChange={(e) => setEndDate(e.currentTarget.value)} />
          {error ? <ProblemAlert error={error} /> : null}
          <Button type="submit" loading={busy} w="fit-content">
            Créer
          </Button>
        </Stack>
      </form>
      {clients.error ? <ProblemAlert error={clients.error} /> : null}
      {clients.data && clients.data.length > 0 ? (
        <Table striped aria-label="Identifiants d'API">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Nom</Table.Th>
              <Table.Th scope="col">Identifiant</Table.Th>
              <Table.Th scope="col">Créés le</Table.Th>
              <Table.Th scope="col">Fin</Table.Th>
              <Table.Th scope="col">Dernier usage</Table.Th>
              <Table.Th scope="col">État</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {clients.data.map((c) => (
              <Table.Tr key={c.clientId}>
                <Table.Th scope="row">{c.name}</Table.Th>
                <Table.Td>
                  <Code>{c.clientId}</Code>
                </Table.Td>
                <Table.Td>{c.createdAt.slice(0, 10)}</Table.Td>
                <Table.Td>{c.expiresAt?.slice(0, 10) ?? "—"}</Table.Td>
                <Table.Td>{c.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "jamais"}</Table.Td>
                <Table.Td>
                  {c.active ? (
                    <Button size="compact-sm" color="red" variant="light" onClick={() => void run(() => revokeApiClient(siret, c.clientId)).then(() => setVersion((v) => v + 1))}>
                      Révoquer
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
