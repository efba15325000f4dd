import { Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { InvoiceSummary } from "../../api/validation";

const FIELDS: Array<[keyof InvoiceSummary, string, string]> = [
  ["number", "Numéro", "Number"],
  ["issueDate", "Date", "Date"],
  ["dueDate", "Échéance", "Due date"],
  ["sellerName", "Vendeur", "Seller"],
  ["sellerId", "Identifiant du vendeur", "Seller identifier"],
  ["buyerName", "Acheteur", "Buyer"],
  ["buyerId", "Identifiant de l'acheteur", "Buyer identifier"],
  ["buyerReference", "Référence acheteur (code service)", "Buyer reference"],
  ["purchaseOrderReference", "Engagement / bon de commande", "Purchase order"],
  ["totalWithoutVat", "Total HT", "Total without VAT"],
  ["totalVat", "TVA", "VAT"],
  ["totalWithVat", "Total TTC", "Total with VAT"],
  ["amountDue", "Net à payer", "Amount due"],
];

/** What the invoice says, so the supplier recognises it beside the findings. */
export function InvoiceSummaryCard({ summary, lang }: { summary: InvoiceSummary; lang: "fr" | "en" }) {
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {lang === "fr" ? "Ce que dit la facture" : "What the invoice says"}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl">
        {FIELDS.filter(([key]) => summary[key] !== null).map(([key, fr, en]) => (
          <div key={key}>
            <Text component="dt" size="xs" c="dimmed">
              {lang === "fr" ? fr : en}
            </Text>
            <Text component="dd" m={0}>
              {String(summary[key])}
              {key.startsWith("total") || key === "amountDue" ? ` ${summary.currency ?? ""}` : ""}
            </Text>
          </div>
        ))}
        <div>
          <Text component="dt" size="xs" c="dimmed">
            {lang === "fr" ? "Lignes" : "Lines"}
          </Text>
          <Text component="dd" m={0}>
            {summary.lineCount}
          </Text>
        </div>
      </SimpleGrid>
    </Paper>
  );
}
