import { Alert, Button, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { appointManager, listStructuresWithoutManager } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { useAction } from "./use-action";

/** `/admin`: the platform administrator appoints a manager, so no structure is ever stuck. */
export function AdminPage() {
  usePageTitle("Administration");
  const me = useMe();
  const [version, setVersion] = useState(0);
  const waiting = useApi(me.platformAdmin ? `waiting-${version}` : null, (signal) => listStructuresWithoutManager(signal));
  const [siret, setSiret] = useState("");
  const [email, setEmail] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  if (!me.platformAdmin) return <Alert color="red">Cette page est réservée aux administrateurs de la plateforme.</Alert>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = siret.replace(/\s/g, "");
    if (await run(() => appointManager(clean, email))) {
      setDone(`${email} est désormais gestionnaire de ${formatSiret(clean)}.`);
      setVersion((v) => v + 1);
    }
  };
  return (
    <Stack gap="lg">
      <Title order={1}>Administration de la plateforme</Title>
      <section aria-labelledby="waiting-title">
        <Title order={2} id="waiting-title" mb="sm">
          Structures sans gestionnaire avec des demandes en attente
        </Title>
        {waiting.error ? <ProblemAlert error={waiting.error} /> : null}
        {waiting.data?.length === 0 ? <Text>Aucune.</Text> : null}
        {waiting.data && waiting.data.length > 0 ? (
          <Table aria-label="Structures sans gestionnaire">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Structure</Table.Th>
                <Table.Th scope="col">SIRET</Table.Th>
                <Table.Th scope="col">Demandes</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {waiting.data.map((s) => (
                <Table.Tr key={s.siret}>
                  <Table.Th scope="row">{s.name}</Table.Th>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" onClick={() => setSiret(s.siret)}>
                      {formatSiret(s.siret)}
                    </Button>
                  </Table.Td>
                  <Table.Td>{s.pending}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </section>
      <form onSubmit={submit}>
        <Stack gap="sm" maw={480}>
          <Title order={2}>Désigner un gestionnaire</Title>
          <TextInput label="SIRET de la structure" required value={siret} onChange={(e) => setSiret(e.currentTarget.value)} />
          <TextInput label="Adresse e-mail d'un compte actif" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          {error ? <ProblemAlert error={error} /> : null}
          {done ? <Alert color="green" role="status">{done}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            Désigner
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
