import { Badge } from "@mantine/core";
import { BADGE_COLORS } from "../../components/badge-colors";

// Filled badges whose backgrounds carry white text at 4.5:1 or more.
const STATUS: Record<string, { label: string; color: string }> = {
  ACTIVE: { label: "Actif", color: BADGE_COLORS.active },
  PENDING: { label: "En attente d'un gestionnaire", color: "#8a5a00" },
  REFUSED: { label: "Refusé", color: "#a61e1e" },
  REVOKED: { label: "Révoqués", color: BADGE_COLORS.inactive },
  EXPIRED: { label: "Expirés", color: BADGE_COLORS.inactive },
};

/** A membership or credentials state as a readable badge. */
export function StatusBadge({ status }: { status: string }) {
  const s = STATUS[status] ?? { label: status, color: BADGE_COLORS.inactive };
  return (
    <Badge variant="filled" color={s.color}>
      {s.label}
    </Badge>
  );
}
