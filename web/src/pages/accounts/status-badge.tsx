import { Badge } from "@mantine/core";
import { BADGE_COLORS } from "../../components/badge-colors";
import { useT } from "../../i18n/i18n";
import { accountsMessages } from "./accounts.messages";

// Filled badges whose backgrounds carry white text at 4.5:1 or more.
const STATUS = {
  ACTIVE: BADGE_COLORS.active,
  PENDING: "#8a5a00",
  REFUSED: "#a61e1e",
  REVOKED: BADGE_COLORS.inactive,
  EXPIRED: BADGE_COLORS.inactive,
} as const;

/** A membership or credentials state as a readable badge. */
export function StatusBadge({ status }: { status: string }) {
  const t = useT(accountsMessages);
  const known = status in STATUS ? (status as keyof typeof STATUS) : null;
  return (
    <Badge variant="filled" color={known ? STATUS[known] : BADGE_COLORS.inactive}>
      {known ? t(`status.${known}`) : status}
    </Badge>
  );
}
