import { Anchor, Button, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { listStructureUsers, type Membership, removeStructureUser, updateStructureUser } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { accountsMessages, roleKey } from "./accounts.messages";
import { StatusBadge } from "./status-badge";
import { useAction } from "../../api/use-action";

/** An agent's services: all of them, or a list of codes service. */
function ServiceScopeEditor({ m, onChange }: { m: Membership; onChange: () => void }) {
  const t = useT(accountsMessages);
  const [all, setAll] = useState(m.allServices);
  const [codes, setCodes] = useState(m.serviceCodes.join(", "));
  const { busy, error, run } = useAction();
  const save = () => void run(() => updateStructureUser(m.siret, m.userId, all ? { allServices: true } : { allServices: false, serviceCodes: codes.split(/[\s,;]+/).filter(Boolean) })).then((r) => r && onChange());
  return (
    <Stack gap={4}>
      <Checkbox label={t("allServices")} checked={all} onChange={(e) => setAll(e.currentTarget.checked)} />
      {!all ? <TextInput aria-label={t("users.serviceCodesOf", { email: m.email })} placeholder="DRIT, PRESSE" value={codes} onChange={(e) => setCodes(e.currentTarget.value)} /> : null}
      <Button size="compact-sm" variant="light" w="fit-content" loading={busy} onClick={save}>
        {t("users.saveServices")}
      </Button>
      {error ? <ProblemAlert error={error} /> : null}
    </Stack>
  );
}

function UserRow({ m, canManage, onChange }: { m: Membership; canManage: boolean; onChange: () => void }) {
  const t = useT(accountsMessages);
  const { busy, error, run } = useAction();
  const choices = m.structureKind === "PUBLIQUE" ? (["AGENT", "MANAGER"] as const) : (["MEMBER", "MANAGER"] as const);
  const roles = choices.map((value) => ({ value, label: t(`role.${value}`) }));
  const role = roleKey(m.role);
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {m.displayName}
        <Text size="sm">{m.email}</Text>
      </Table.Th>
      <Table.Td>
        {canManage && m.status === "ACTIVE" ? (
          <NativeSelect
            aria-label={t("users.roleOf", { email: m.email })}
            data={roles}
            value={m.role}
            disabled={busy}
            onChange={(e) => {
              const role = e.currentTarget.value as "MANAGER" | "MEMBER" | "AGENT";
              void run(() => updateStructureUser(m.siret, m.userId, { role })).then((r) => r && onChange());
            }}
          />
        ) : (
          role ? t(role) : m.roleLabel
        )}
      </Table.Td>
      <Table.Td>{m.role === "AGENT" ? canManage && m.status === "ACTIVE" ? <ServiceScopeEditor m={m} onChange={onChange} /> : m.allServices ? t("users.all") : m.serviceCodes.join(", ") : "—"}</Table.Td>
      <Table.Td>
        <StatusBadge status={m.status} />
        {canManage && m.status === "ACTIVE" ? (
          <Button ml="sm" size="compact-sm" color="red" variant="subtle" loading={busy} onClick={() => void run(() => removeStructureUser(m.siret, m.userId)).then((r) => r && onChange())}>
            {t("users.remove")}
          </Button>
        ) : null}
        {error ? <ProblemAlert error={error} /> : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** `/structures/:siret/utilisateurs`: who belongs to the structure; managers change roles and remove users. */
export function StructureUsersPage() {
  const siret = useParams().siret ?? "";
  const me = useMe();
  const t = useT(accountsMessages);
  const own = me.memberships.find((m) => m.siret === siret && m.status === "ACTIVE");
  usePageTitle(t("users.pageTitle", { name: own?.structureName ?? siret }));
  const [version, setVersion] = useState(0);
  const users = useApi(`${siret}-${version}`, (signal) => listStructureUsers(siret, signal));
  const canManage = own?.actions.includes("structure.manage_users") ?? false;
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/mes-structures">
        {t("users.back")}
      </Anchor>
      <Title order={1}>{t("users.title", { name: own?.structureName ?? formatSiret(siret) })}</Title>
      {canManage ? (
        <Group gap="lg">
          <Anchor component={Link} to="/demandes">
            {t("requests.pageTitle")}
          </Anchor>
          <Anchor component={Link} to={`/structures/${siret}/api`}>
            {t("structures.apiClients")}
          </Anchor>
        </Group>
      ) : null}
      {users.error ? <ProblemAlert error={users.error} /> : null}
      {users.data ? (
        <Table striped aria-label={t("users.tableLabel")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("col.person")}</Table.Th>
              <Table.Th scope="col">{t("col.role")}</Table.Th>
              <Table.Th scope="col">{t("col.services")}</Table.Th>
              <Table.Th scope="col">{t("col.state")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.data.map((m) => (
              <UserRow key={m.id} m={m} canManage={canManage} onChange={() => setVersion((v) => v + 1)} />
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
