import { Alert, Anchor, Button, Group, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { leaveMembership, type Membership, requestMembership } from "../../api/accounts";
import { useAuth, useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { StatusBadge } from "./status-badge";
import { useAction } from "./use-action";

function MembershipRow({ m }: { m: Membership }) {
  const { refresh } = useAuth();
  const { busy, error, run } = useAction();
  const manager = m.status === "ACTIVE" && m.role === "MANAGER";
  return (
    <Table.Tr>
      <Table.Th scope="row">{m.structureName}</Table.Th>
      <Table.Td>{formatSiret(m.siret)}</Table.Td>
      <Table.Td>{m.roleLabel}</Table.Td>
      <Table.Td>
        <StatusBadge status={m.status} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {m.status === "ACTIVE" ? (
            <Anchor component={Link} to={`/structures/${m.siret}/utilisateurs`} size="sm">
              Utilisateurs
            </Anchor>
          ) : null}
          {manager ? (
            <Anchor component={Link} to={`/structures/${m.siret}/api`} size="sm">
              Identifiants d'API
            </Anchor>
          ) : null}
          {m.status === "PENDING" || (m.status === "ACTIVE" && !manager) ? (
            <Button size="compact-sm" variant="subtle" color="red" loading={busy} onClick={() => void run(() => leaveMembership(m.id)).then((r) => r && refresh())}>
              {m.status === "PENDING" ? "Annuler la demande" : "Quitter"}
            </Button>
          ) : null}
        </Group>
        {error ? <ProblemAlert error={error} /> : null}
      </Table.Td>
    </Table.Tr>
  );
}

function RequestForm() {
  const { refresh } = useAuth();
  const [siret, setSiret] = useState("");
  const [message, setMessage] = useState("");
  const [company, setCompany] = useState<{ name: string; addressLine1: string; postalCode: string; city: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run, setError } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const clean = siret.replace(/\s/g, "");
    const result = await run(() => requestMembership({ siret: clean, ...(message ? { message } : {}), ...(company ? { company } : {}) }));
    if (result) {
      setDone(result.created ? "Votre entreprise est créée : vous en êtes le gestionnaire." : result.status === "ACTIVE" ? "Vous êtes rattaché(e) à cette structure." : "Votre demande est envoyée aux gestionnaires de la structure : vous recevrez un e-mail dès leur décision.");
      setSiret("");
      setMessage("");
      setCompany(null);
      await refresh();
    }
  };
  // Unknown SIRET: offer to create the company (the caller becomes its manager).
  const unknown = error?.code === "STRUCTURE_NOT_FOUND" && error.problem.rule === "COMPANY_DETAILS_REQUIRED";
  return (
    <section aria-labelledby="request-title">
      <Title order={2} id="request-title" mb="sm">
        Se rattacher à une structure
      </Title>
      <form onSubmit={submit}>
        <Stack gap="sm" maw={560}>
          <TextInput label="SIRET de la structure" description="14 chiffres, espaces acceptés" required value={siret} onChange={(e) => setSiret(e.currentTarget.value)} />
          <Textarea label="Message pour les gestionnaires (facultatif)" value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={2} />
          {unknown && !company ? (
            <Alert color="blue" title="SIRET inconnu">
              <Text size="sm">Aucune structure n'existe encore sous ce SIRET. S'il s'agit de votre entreprise, créez-la : vous en deviendrez le gestionnaire.</Text>
              <Button
                mt="xs"
                size="compact-sm"
                onClick={() => {
                  setCompany({ name: "", addressLine1: "", postalCode: "", city: "" });
                  setError(undefined);
                }}
              >
                Créer mon entreprise
              </Button>
            </Alert>
          ) : error ? (
            <ProblemAlert error={error} />
          ) : null}
          {company ? (
            <fieldset style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4 }}>
              <legend>Votre entreprise</legend>
              <Stack gap="xs">
                <TextInput label="Raison sociale" required value={company.name} onChange={(e) => setCompany({ ...company, name: e.currentTarget.value })} />
                <TextInput label="Adresse" value={company.addressLine1} onChange={(e) => setCompany({ ...company, addressLine1: e.currentTarget.value })} />
                <Group grow>
                  <TextInput label="Code postal" value={company.postalCode} onChange={(e) => setCompany({ ...company, postalCode: e.currentTarget.value })} />
                  <TextInput label="Ville" value={company.city} onChange={(e) => setCompany({ ...company, city: e.currentTarget.value })} />
                </Group>
              </Stack>
            </fieldset>
          ) : null}
          {done ? <Alert color="green" role="status">{done}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {company ? "Créer l'entreprise" : "Demander le rattachement"}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

/** `/mes-structures`: my memberships and requests, and the form to attach to a structure by SIRET. */
export function MyStructuresPage() {
  usePageTitle("Mes structures");
  const me = useMe();
  const manages = me.memberships.some((m) => m.status === "ACTIVE" && m.role === "MANAGER");
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>Mes structures</Title>
        {manages ? (
          <Anchor component={Link} to="/demandes">
            Demandes de rattachement à traiter
          </Anchor>
        ) : null}
      </Stack>
      {me.memberships.length === 0 ? (
        <Text>Vous n'êtes rattaché(e) à aucune structure pour l'instant.</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Mes rattachements">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Structure</Table.Th>
                <Table.Th scope="col">SIRET</Table.Th>
                <Table.Th scope="col">Rôle</Table.Th>
                <Table.Th scope="col">État</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {me.memberships.map((m) => (
                <MembershipRow key={m.id} m={m} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RequestForm />
    </Stack>
  );
}
