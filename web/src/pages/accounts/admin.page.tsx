import { Alert, Button, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { appointManager, listStructuresWithoutManager } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { accountsMessages } from "./accounts.messages";
import { useAction } from "../../api/use-action";

/** `/admin`: the platform administrator appoints a manager, so no structure is ever stuck. */
export function AdminPage() {
  const t = useT(accountsMessages);
  usePageTitle(t("admin.pageTitle"));
  const me = useMe();
  const [version, setVersion] = useState(0);
  const waiting = useApi(me.platformAdmin ? `waiting-${version}` : null, (signal) => listStructuresWithoutManager(signal));
  const [siret, setSiret] = useState("");
  const [email, setEmail] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  if (!me.platformAdmin) return <Alert color="red">{t("admin.forbidden")}</Alert>;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const clean = siret.replace(/\s/g, "");
    if (await run(() => appointManager(clean, email))) {
      setDone(t("admin.done", { email, siret: formatSiret(clean) }));
      setVersion((v) => v + 1);
    }
  };
  return (
    <Stack gap="lg">
      <Title order={1}>{t("admin.title")}</Title>
      <section aria-labelledby="waiting-title">
        <Title order={2} id="waiting-title" mb="sm">
          {t("admin.waitingTitle")}
        </Title>
        {waiting.error ? <ProblemAlert error={waiting.error} /> : null}
        {waiting.data?.length === 0 ? <Text>{t("admin.none")}</Text> : null}
        {waiting.data && waiting.data.length > 0 ? (
          <Table aria-label={t("admin.tableLabel")}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("col.structure")}</Table.Th>
                <Table.Th scope="col">{t("col.siret")}</Table.Th>
                <Table.Th scope="col">{t("col.requests")}</Table.Th>
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
          <Title order={2}>{t("admin.appointTitle")}</Title>
          <TextInput label={t("structureSiret")} required value={siret} onChange={(e) => setSiret(e.currentTarget.value)} />
          <TextInput label={t("admin.email")} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          {error ? <ProblemAlert error={error} /> : null}
          {done ? <Alert color="green" role="status">{done}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {t("admin.appoint")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
