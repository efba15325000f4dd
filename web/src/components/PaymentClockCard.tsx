import { Alert, Badge, Group, Paper, Table, Text, Title } from "@mantine/core";
import { getPaymentClock, type PaymentClock } from "../api/payment-clock";
import { useApi } from "../api/use-api";
import { useT } from "../i18n/i18n";
import { formatAmount, formatDate } from "../pages/invoices/format";
import { invoiceSharedMessages } from "./invoice-shared.messages";

const COLORS: Record<PaymentClock["state"], string> = { RUNNING: "#1c5d99", SUSPENDED: "#8a5a00", PAID: "#2b6a2f", STOPPED: "#5c5f66" };

/**
 * The legal payment clock of an invoice, the same for supplier and recipient: due date, days left (paused while
 * suspended), and once late the interest and the 40 € indemnity owed. `reloadKey` changes when the invoice does.
 */
export function PaymentClockCard({ invoiceId, reloadKey }: { invoiceId: string; reloadKey: string | number }) {
  const t = useT(invoiceSharedMessages);
  const { data: clock, error } = useApi<PaymentClock | null>(`${invoiceId}:${reloadKey}`, (signal) => getPaymentClock(invoiceId, { signal }));
  if (error || clock === undefined || clock === null) return null;
  const days = (n: number) => t(Math.abs(n) > 1 ? "days.many" : "days.one", { n });
  const remaining = () => {
    if (clock.state === "STOPPED") return "—";
    if (clock.state === "PAID") return clock.late ? t("clock.paidLate", { days: days(clock.daysLate) }) : t("clock.paidOnTime");
    if (clock.late) return t("clock.late", { days: days(clock.daysLate) });
    return clock.daysLeft === 0 ? t("clock.lastDay") : days(clock.daysLeft);
  };
  return (
    <Paper withBorder p="md" data-testid="payment-clock">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          {t("clock.title")}
        </Title>
        <Badge variant="filled" color={COLORS[clock.state]} style={{ textTransform: "none" }}>
          {t(`clock.${clock.state}`)}
        </Badge>
      </Group>
      <Table>
        <Table.Caption>
          {t("clock.caption", { days: days(clock.delayDays), start: formatDate(clock.startDate) })}
          {clock.suspendedDays > 0 ? t("clock.extended", { days: days(clock.suspendedDays) }) : ""}.
        </Table.Caption>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">{t("clock.dueDate")}</Table.Th>
            <Table.Td data-testid="due-date">{formatDate(clock.dueDate)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{clock.state === "PAID" ? t("clock.payment") : t("clock.daysLeft")}</Table.Th>
            <Table.Td data-testid="days-left">
              {remaining()}
              {clock.paymentDate ? t("clock.paidOn", { date: formatDate(clock.paymentDate) }) : ""}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {clock.late ? (
        <Alert color="red" variant="light" mt="xs" title={t("clock.lateTitle")}>
          <Text size="sm">
            {t("clock.interest", { rate: clock.interestRate.replace(".", ","), amount: formatAmount(clock.interest) })}
            {clock.state === "PAID" ? "" : t("clock.toDate")}.
          </Text>
          <Text size="sm">{t("clock.indemnity", { amount: formatAmount(clock.indemnity) })}</Text>
        </Alert>
      ) : null}
    </Paper>
  );
}
