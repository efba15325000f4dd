import { Alert, Button, Checkbox, Group, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { approveMembership, listRequestsToApprove, type Membership, refuseMembership } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { accountsMessages } from "./accounts.messages";
import { useAction } from "../../api/use-action";

function RequestRow({ m, onDone }: { m: Membership; onDone: () => void }) {
  const t = useT(accountsMessages);
  const { busy, error, run } = useAction();
  const [allServices, setAllServices] = useState(true);
  const [codes, setCodes] = useState("");
  const [reason, setReason] = useState("");
  const publicStructure = m.structureKind === "PUBLIQUE";
  const approve = () =>
    void run(() => approveMembership(m.id, publicStructure && !allServices ? { role: "AGENT", serviceCodes: codes.split(/[\s,;]+/).filter(Boolean) } : {})).then((r) => r && onDone());
  return (
    <Table.Tr>
      <Table.Th scope="row">
        {m.displayName}
        <Text size="sm">{m.email}</Text>
      </Table.Th>
      <Table.Td>
        {m.structureName}
        <Text size="sm">{formatSiret(m.siret)}</Text>
      </Table.Td>
      <Table.Td>{m.message ?? "—"}</Table.Td>
      <Table.Td>
        <Stack gap="xs">
          {publicStructure ? (
            <>
              <Checkbox label={t("allServices")} checked={allServices} onChange={(e) => setAllServices(e.currentTarget.checked)} />
              {!allServices ? <TextInput label={t("requests.serviceCodes")} value={codes} onChange={(e) => setCodes(e.currentTarget.value)} /> : null}
            </>
          ) : null}
          <TextInput label={t("requests.reason")} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <Group gap="xs">
            <Button size="compact-sm" loading={busy} onClick={approve} aria-label={t("requests.approveLabel", { email: m.email })}>
              {t("requests.approve")}
            </Button>
            <Button size="compact-sm" color="red" variant="light" loading={busy} onClick={() => void run(() => refuseMembership(m.id, reason || undefined)).then((r) => r && onDone())} aria-label={t("requests.refuseLabel", { email: m.email })}>
              {t("requests.refuse")}
            </Button>
          </Group>
          {error ? <ProblemAlert error={error} /> : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** `/demandes`: rattachement requests waiting for my decision, in every structure I manage. */
export function RequestsPage() {
  const t = useT(accountsMessages);
  usePageTitle(t("requests.pageTitle"));
  const [version, setVersion] = useState(0);
  const [done, setDone] = useState(false);
  const requests = useApi(`pending-${version}`, (signal) => listRequestsToApprove(signal));
  return (
    <Stack gap="md">
      <Title order={1}>{t("structures.requestsLink")}</Title>
      {done ? <Alert color="green" role="status">{t("requests.done")}</Alert> : null}
      {requests.error ? <ProblemAlert error={requests.error} /> : null}
      {requests.data && requests.data.length === 0 ? <Text>{t("requests.none")}</Text> : null}
      {requests.data && requests.data.length > 0 ? (
        <Table striped aria-label={t("requests.tableLabel")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("col.requester")}</Table.Th>
              <Table.Th scope="col">{t("col.structure")}</Table.Th>
              <Table.Th scope="col">{t("col.message")}</Table.Th>
              <Table.Th scope="col">{t("col.decision")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.data.map((m) => (
              <RequestRow
                key={m.id}
                m={m}
                onDone={() => {
                  setDone(true);
                  setVersion((v) => v + 1);
                }}
              />
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
