import { Alert, Badge, Group, Paper, Table, Text, Title } from "@mantine/core";
import { getPaymentClock, type PaymentClock } from "../api/payment-clock";
import { useApi } from "../api/use-api";
import { formatAmount, formatDate } from "../pages/invoices/format";

const STATES: Record<PaymentClock["state"], { label: string; color: string }> = {
  RUNNING: { label: "Délai en cours", color: "#1c5d99" },
  SUSPENDED: { label: "Délai arrêté (facture suspendue)", color: "#8a5a00" },
  PAID: { label: "Payée", color: "#2b6a2f" },
  STOPPED: { label: "Délai arrêté (facture rejetée)", color: "#5c5f66" },
};

const days = (n: number) => `${n} jour${Math.abs(n) > 1 ? "s" : ""}`;

function remaining(clock: PaymentClock): string {
  if (clock.state === "STOPPED") return "—";
  if (clock.state === "PAID") return clock.late ? `Payée avec ${days(clock.daysLate)} de retard` : "Payée dans le délai";
  if (clock.late) return `En retard de ${days(clock.daysLate)}`;
  return clock.daysLeft === 0 ? "Dernier jour" : days(clock.daysLeft);
}

/**
 * The legal payment clock of an invoice, the same for supplier and recipient: due date, days left (paused while
 * suspended), and once late the interest and the 40 € indemnity owed. `reloadKey` changes when the invoice does.
 */
export function PaymentClockCard({ invoiceId, reloadKey }: { invoiceId: string; reloadKey: string | number }) {
  const { data: clock, error } = useApi<PaymentClock | null>(`${invoiceId}:${reloadKey}`, (signal) => getPaymentClock(invoiceId, { signal }));
  if (error || clock === undefined || clock === null) return null;
  const state = STATES[clock.state];
  return (
    <Paper withBorder p="md" data-testid="payment-clock">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">
          Délai de paiement
        </Title>
        <Badge variant="filled" color={state.color} style={{ textTransform: "none" }}>
          {state.label}
        </Badge>
      </Group>
      <Table>
        <Table.Caption>
          Délai légal de {days(clock.delayDays)} à compter du {formatDate(clock.startDate)}
          {clock.suspendedDays > 0 ? `, prolongé de ${days(clock.suspendedDays)} de suspension` : ""}.
        </Table.Caption>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Date limite de paiement</Table.Th>
            <Table.Td data-testid="due-date">{formatDate(clock.dueDate)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">{clock.state === "PAID" ? "Paiement" : "Jours restants"}</Table.Th>
            <Table.Td data-testid="days-left">
              {remaining(clock)}
              {clock.paymentDate ? ` (le ${formatDate(clock.paymentDate)})` : ""}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {clock.late ? (
        <Alert color="red" variant="light" mt="xs" title="Paiement en retard">
          <Text size="sm">
            Intérêts moratoires au taux de {clock.interestRate.replace(".", ",")} % : {formatAmount(clock.interest)}
            {clock.state === "PAID" ? "" : " à ce jour"}.
          </Text>
          <Text size="sm">Indemnité forfaitaire pour frais de recouvrement : {formatAmount(clock.indemnity)}.</Text>
        </Alert>
      ) : null}
    </Paper>
  );
}
