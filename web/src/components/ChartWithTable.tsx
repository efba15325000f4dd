import { BarChart } from "@mantine/charts";
import { Paper, Table, Text, Title } from "@mantine/core";
import { useId } from "react";
import { useT } from "../i18n/i18n";
import { invoiceSharedMessages } from "./invoice-shared.messages";

/** One row of a chart: what it counts and how many. */
export interface ChartRow {
  key: string;
  label: string;
  count: number;
}

/**
 * A bar chart and, below it, the same figures as a table (the accessible alternative: screen readers skip the
 * drawing, described by its title, and read the table).
 */
export function ChartWithTable({ title, rows, unit: unitGiven, color = "blue.7", empty, testId }: { title: string; rows: ChartRow[]; unit?: string; color?: string; empty?: string; testId?: string }) {
  const t = useT(invoiceSharedMessages);
  const unit = unitGiven ?? t("chart.invoices");
  const headingId = useId();
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid={testId}>
      <Title order={2} size="h4" id={headingId} mb="sm">
        {title}
      </Title>
      {rows.length === 0 || total === 0 ? (
        <Text size="sm">{empty ?? t("chart.empty")}</Text>
      ) : (
        <>
          <div role="img" aria-label={t("chart.img", { title })}>
            <div aria-hidden="true">
              <BarChart h={Math.max(160, rows.length * 36)} data={rows.map((r) => ({ label: r.label, [unit]: r.count }))} dataKey="label" orientation="vertical" yAxisProps={{ width: 200 }} xAxisProps={{ allowDecimals: false }} barProps={{ maxBarSize: 28 }} series={[{ name: unit, color }]} withTooltip={false} gridAxis="none" />
            </div>
          </div>
          <Table mt="sm" striped>
            <Table.Caption>{t("chart.caption", { title })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("chart.category")}</Table.Th>
                <Table.Th scope="col" style={{ textAlign: "right" }}>
                  {unit}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.key}>
                  <Table.Th scope="row" fw={400}>
                    {r.label}
                  </Table.Th>
                  <Table.Td style={{ textAlign: "right" }}>{r.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Paper>
  );
}
