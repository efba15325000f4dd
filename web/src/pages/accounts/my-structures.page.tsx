import { Alert, Anchor, Button, Group, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { leaveMembership, type Membership, requestMembership } from "../../api/accounts";
import { useAuth, useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { accountsMessages, roleKey } from "./accounts.messages";
import { StatusBadge } from "./status-badge";
import { useAction } from "../../api/use-action";

function MembershipRow({ m }: { m: Membership }) {
  const t = useT(accountsMessages);
  const role = roleKey(m.role);
  const { refresh } = useAuth();
  const { busy, error, run } = useAction();
  const manager = m.status === "ACTIVE" && m.role === "MANAGER";
  return (
    <Table.Tr>
      <Table.Th scope="row">{m.structureName}</Table.Th>
      <Table.Td>{formatSiret(m.siret)}</Table.Td>
      <Table.Td>{role ? t(role) : m.roleLabel}</Table.Td>
      <Table.Td>
        <StatusBadge status={m.status} />
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {m.status === "ACTIVE" ? (
            <Anchor component={Link} to={`/structures/${m.siret}/utilisateurs`} size="sm">
              {t("structures.users")}
            </Anchor>
          ) : null}
          {manager ? (
            <Anchor component={Link} to={`/structures/${m.siret}/api`} size="sm">
              {t("structures.apiClients")}
            </Anchor>
          ) : null}
          {m.status === "PENDING" || (m.status === "ACTIVE" && !manager) ? (
            <Button size="compact-sm" variant="subtle" color="red" loading={busy} onClick={() => void run(() => leaveMembership(m.id)).then((r) => r && refresh())}>
              {m.status === "PENDING" ? t("structures.cancelRequest") : t("structures.leave")}
            </Button>
          ) : null}
        </Group>
        {error ? <ProblemAlert error={error} /> : null}
      </Table.Td>
    </Table.Tr>
  );
}

function RequestForm() {
  const t = useT(accountsMessages);
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
      setDone(result.created ? t("request.created") : result.status === "ACTIVE" ? t("request.active") : t("request.sent"));
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
        {t("request.title")}
      </Title>
      <form onSubmit={submit}>
        <Stack gap="sm" maw={560}>
          <TextInput label={t("structureSiret")} description={t("request.siretHint")} required value={siret} onChange={(e) => setSiret(e.currentTarget.value)} />
          <Textarea label={t("request.message")} value={message} onChange={(e) => setMessage(e.currentTarget.value)} autosize minRows={2} />
          {unknown && !company ? (
            <Alert color="blue" title={t("request.unknownTitle")}>
              <Text size="sm">{t("request.unknownText")}</Text>
              <Button
                mt="xs"
                size="compact-sm"
                onClick={() => {
                  setCompany({ name: "", addressLine1: "", postalCode: "", city: "" });
                  setError(undefined);
                }}
              >
                {t("request.createMine")}
              </Button>
            </Alert>
          ) : error ? (
            <ProblemAlert error={error} />
          ) : null}
          {company ? (
            <fieldset style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4 }}>
              <legend>{t("request.company")}</legend>
              <Stack gap="xs">
                <TextInput label={t("request.companyName")} required value={company.name} onChange={(e) => setCompany({ ...company, name: e.currentTarget.value })} />
                <TextInput label={t("request.address")} value={company.addressLine1} onChange={(e) => setCompany({ ...company, addressLine1: e.currentTarget.value })} />
                <Group grow>
                  <TextInput label={t("request.postalCode")} value={company.postalCode} onChange={(e) => setCompany({ ...company, postalCode: e.currentTarget.value })} />
                  <TextInput label={t("request.city")} value={company.city} onChange={(e) => setCompany({ ...company, city: e.currentTarget.value })} />
                </Group>
              </Stack>
            </fieldset>
          ) : null}
          {done ? <Alert color="green" role="status">{done}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {company ? t("request.createCompany") : t("request.submit")}
          </Button>
        </Stack>
      </form>
    </section>
  );
}

/** `/mes-structures`: my memberships and requests, and the form to attach to a structure by SIRET. */
export function MyStructuresPage() {
  const t = useT(accountsMessages);
  usePageTitle(t("structures.title"));
  const me = useMe();
  const manages = me.memberships.some((m) => m.status === "ACTIVE" && m.role === "MANAGER");
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Title order={1}>{t("structures.title")}</Title>
        {manages ? (
          <Anchor component={Link} to="/demandes">
            {t("structures.requestsLink")}
          </Anchor>
        ) : null}
      </Stack>
      {me.memberships.length === 0 ? (
        <Text>{t("structures.none")}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t("structures.tableLabel")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("col.structure")}</Table.Th>
                <Table.Th scope="col">{t("col.siret")}</Table.Th>
                <Table.Th scope="col">{t("col.role")}</Table.Th>
                <Table.Th scope="col">{t("col.state")}</Table.Th>
                <Table.Th scope="col">{t("col.actions")}</Table.Th>
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
