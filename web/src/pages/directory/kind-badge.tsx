import { Badge } from "@mantine/core";
import type { StructureKind } from "../../api/directory";
import { BADGE_COLORS } from "../../components/badge-colors";
import { useT } from "../../i18n/i18n";

/** Public / private as a filled badge whose colours reach 4.5:1. */
export function KindBadge({ kind }: { kind: StructureKind }) {
  const t = useT();
  return (
    <Badge variant="filled" color={kind === "PUBLIQUE" ? BADGE_COLORS.public : BADGE_COLORS.private} size="sm" style={{ flexShrink: 0 }} styles={{ label: { overflow: "visible" } }}>
      {t(kind === "PUBLIQUE" ? "directory.kind.PUBLIQUE" : "directory.kind.PRIVEE")}
    </Badge>
  );
}
