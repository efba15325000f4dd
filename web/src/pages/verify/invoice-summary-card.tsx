import { Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { InvoiceSummary } from "../../api/validation";
import { useI18n, useT } from "../../i18n/i18n";
import { formatDay, formatMoney } from "../../lib/locale-format";
import { verifyMessages } from "./verify.messages";

type Field = Exclude<keyof InvoiceSummary, "currency" | "lineCount">;
const FIELDS: readonly Field[] = ["number", "issueDate", "dueDate", "sellerName", "sellerId", "buyerName", "buyerId", "buyerReference", "purchaseOrderReference", "totalWithoutVat", "totalVat", "totalWithVat", "amountDue"];
const AMOUNTS = new Set<Field>(["totalWithoutVat", "totalVat", "totalWithVat", "amountDue"]);
const DATES = new Set<Field>(["issueDate", "dueDate"]);

/** What the invoice says, so the supplier recognises it beside the findings; dates and amounts in the reader's language. */
export function InvoiceSummaryCard({ summary }: { summary: InvoiceSummary }) {
  const t = useT(verifyMessages);
  const { lang } = useI18n();
  const show = (key: Field, value: string): string => {
    if (DATES.has(key) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, lang);
    if (AMOUNTS.has(key) && /^-?\d+(\.\d+)?$/.test(value)) return summary.currency ? formatMoney(value, summary.currency, lang) : value;
    return value;
  };
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t("summary.title")}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl">
        {FIELDS.map((key) => [key, summary[key]] as const).map(([key, value]) =>
          value === null ? null : (
            <div key={key}>
              <Text component="dt" size="xs" c="dimmed">
                {t(`summary.${key}`)}
              </Text>
              <Text component="dd" m={0}>
                {show(key, value)}
              </Text>
            </div>
          ),
        )}
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {t("summary.lines")}
          </Text>
          <Text component="dd" m={0}>
            {summary.lineCount}
          </Text>
        </div>
      </SimpleGrid>
    </Paper>
  );
}
