import { Anchor, Badge, Group, Paper, Stack, Table, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { Link } from "react-router";
import type { StructureSummary } from "../../api/directory";
import { BADGE_COLORS } from "../../components/badge-colors";
import { useT } from "../../i18n/i18n";
import { formatSiret } from "../../lib/format";
import { KindBadge } from "./kind-badge";

interface ResultsProps {
  items: StructureSummary[];
  caption: string;
  /** The search's query string, handed to the structure page so its "back" link returns to these results. */
  from: string;
}

/** Search results: a table on wide screens, a list of cards on phones (no sideways scrolling). */
export function StructureResults(props: ResultsProps) {
  const wide = useMediaQuery("(min-width: 48em)", true, { getInitialValueInEffect: false });
  return wide ? <ResultsTable {...props} /> : <ResultsList {...props} />;
}

function StructureLink({ s, from }: { s: StructureSummary; from: string }) {
  const t = useT();
  return (
    <>
      <Anchor component={Link} to={`/annuaire/${s.siret}`} state={{ search: from }} fw={600}>
        {s.name}
      </Anchor>
      {s.active ? null : (
        <Badge ml="xs" color={BADGE_COLORS.inactive} variant="filled" size="sm">
          {t("directory.inactive")}
        </Badge>
      )}
    </>
  );
}

function town(s: StructureSummary): string {
  return [s.postalCode, s.city].filter(Boolean).join(" ");
}

function ResultsTable({ items, caption, from }: ResultsProps) {
  const t = useT();
  return (
    <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
      <Table.Caption className="visually-hidden">{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("directory.col.name")}</Table.Th>
          <Table.Th scope="col">{t("directory.col.siret")}</Table.Th>
          <Table.Th scope="col">{t("directory.col.city")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("directory.col.services")}
          </Table.Th>
          <Table.Th scope="col">{t("directory.col.kind")}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.siret}>
            <Table.Th scope="row" fw={400}>
              <StructureLink s={s} from={from} />
            </Table.Th>
            <Table.Td style={{ whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }}>{formatSiret(s.siret)}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>{town(s)}</Table.Td>
            <Table.Td ta="right">{s.serviceCount}</Table.Td>
            <Table.Td style={{ whiteSpace: "nowrap" }}>
              <KindBadge kind={s.kind} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ResultsList({ items, caption, from }: ResultsProps) {
  const t = useT();
  return (
    <Stack component="ul" gap="sm" aria-label={caption} style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {items.map((s) => (
        <Paper component="li" key={s.siret} withBorder p="sm">
          <StructureLink s={s} from={from} />
          <Text size="sm">
            {t("directory.col.siret")} {formatSiret(s.siret)}
            {town(s) ? ` · ${town(s)}` : ""}
          </Text>
          <Group gap="xs" mt={4}>
            <KindBadge kind={s.kind} />
            <Text size="sm">{t("directory.servicesCount", { count: s.serviceCount })}</Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
