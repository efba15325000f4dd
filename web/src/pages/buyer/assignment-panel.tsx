import { Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { listStructureUsers, type Membership } from "../../api/accounts";
import { useAction } from "../../api/use-action";
import type { InvoiceDetail } from "../../api/invoices";
import { useApi } from "../../api/use-api";
import { useMe } from "../../auth/auth-context";
import { ActionStatus } from "../../components/ActionStatus";
import { useT } from "../../i18n/i18n";
import { formatDateTime } from "../invoices/format";
import { assignInvoice, type CurrentAssignment, getAssignment } from "./buyer-api";
import { buyerMessages } from "./buyer.messages";

/** People of the structure who may process this invoice: managers, and agents attached to its service. */
function candidates(users: Membership[], serviceCode: string | null): Membership[] {
  return users.filter((u) => u.status === "ACTIVE" && u.actions.includes("invoice.process") && (u.allServices || (serviceCode !== null && u.serviceCodes.includes(serviceCode))));
}

/** Who handles the invoice: the current assignee, "take it" for oneself, or hand it to a colleague. */
export function AssignmentPanel({ invoice, reloadKey }: { invoice: InvoiceDetail; reloadKey: number }) {
  const t = useT(buyerMessages);
  const me = useMe();
  const [version, setVersion] = useState(0);
  const { data: assignment } = useApi<CurrentAssignment | null>(`${invoice.id}:${reloadKey}:${version}`, (signal) => getAssignment(invoice.id, { signal }));
  const { data: users } = useApi<Membership[]>(invoice.recipient.siret, (signal) => listStructureUsers(invoice.recipient.siret, signal));
  const [choice, setChoice] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const [said, setSaid] = useState("");
  const assign = (userId: string) =>
    run(async () => {
      const done = await assignInvoice(invoice.id, userId);
      setSaid(t("assign.done", { name: done.assignee.name }));
      setVersion((v) => v + 1);
    });
  const options = candidates(users ?? [], invoice.serviceCode).map((u) => ({ value: u.userId, label: `${u.displayName} (${u.roleLabel})` }));
  return (
    <Paper withBorder p="md" data-testid="assignment">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("assign.title")}
        </Title>
        <Text size="sm" data-testid="assignee">
          {assignment ? t("assign.to", { name: assignment.assignee.name, at: formatDateTime(assignment.assignedAt) }) : t("assign.nobody")}
        </Text>
        <Group align="flex-end" gap="xs">
          {assignment?.assignee.id !== me.id ? (
            <Button size="xs" variant="light" onClick={() => void assign(me.id)} loading={busy}>
              {t("assign.me")}
            </Button>
          ) : null}
          {options.length > 0 ? (
            <>
              <Select label={t("assign.label")} placeholder={t("assign.placeholder")} data={options} value={choice} onChange={setChoice} size="xs" searchable w={240} />
              <Button size="xs" variant="default" disabled={!choice} onClick={() => choice && void assign(choice)} loading={busy}>
                {t("assign.submit")}
              </Button>
            </>
          ) : null}
        </Group>
        <ActionStatus said={said} error={error} />
      </Stack>
    </Paper>
  );
}
