import { Badge } from "@mantine/core";
import { INVOICE_STATUSES, isInvoiceStatus } from "../../../../src/modules/invoices/domain/invoice-statuses";
import { useI18n } from "../../i18n/i18n";

// Dark backgrounds only: white text stays at 4.5:1 or more on each.
const COLORS: Record<string, string> = {
  FOURNISSEUR: "#8a5a00",
  DESTINATAIRE: "#1c5d99",
  SYSTEME: "#495057",
  VALIDEUR: "#6741a8",
  COMPTABLE: "#0b6e4f",
};
const FINAL: Record<string, string> = { REJETEE: "#a61e1e", REFUSEE_1: "#a61e1e", MISE_EN_PAIEMENT: "#2b6a2f", ENCAISSEE: "#2b6a2f", BROUILLON: "#5c5f66" };

/** An invoice status as a badge with its label in the reader's language (the code stays readable via title). */
export function InvoiceStatusBadge({ status, size = "md" }: { status: string; size?: "sm" | "md" | "lg" }) {
  const { lang } = useI18n();
  if (!isInvoiceStatus(status)) return <Badge color="gray">{status}</Badge>;
  const info = INVOICE_STATUSES[status];
  const color = FINAL[status] ?? COLORS[info.waitingFor ?? "SYSTEME"] ?? "#495057";
  return (
    <Badge variant="filled" color={color} size={size} title={status} style={{ textTransform: "none" }}>
      {info[lang]}
    </Badge>
  );
}
