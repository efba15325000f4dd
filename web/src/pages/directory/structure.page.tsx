import { Anchor, Badge, Center, Group, List, Loader, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link, useLocation, useParams } from "react-router";
import { getStructure, listServices, type PostalAddress, type StructureDetail } from "../../api/directory";
import { useApi } from "../../api/use-api";
import { BADGE_COLORS } from "../../components/badge-colors";
import { CopyValue } from "../../components/CopyValue";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { formatSiren, formatSiret } from "../../lib/format";
import { usePageTitle } from "../../lib/use-page-title";
import { KindBadge } from "./kind-badge";
import { ServiceTable } from "./service-table";

/** `/annuaire/:siret`: who the structure is, what a deposit to it must carry, and its codes service. */
export function StructurePage() {
  const t = useT();
  // A SIRET pasted with its spaces ("220 600 019 00016") is read as the 14 digits.
  const raw = useParams().siret ?? "";
  const siret = /^[\d\s]+$/.test(raw) ? raw.replace(/\s/g, "") : raw;
  const structure = useApi(siret, (signal) => getStructure(siret, { signal }));
  const services = useApi(siret, (signal) => listServices(siret, {}, { signal }));
  const error = structure.error;
  const errorTitle = !error ? null : error.status === 400 ? "structure.invalidTitle" : error.status === 404 ? "structure.notFoundTitle" : "structure.errorTitle";
  usePageTitle(errorTitle ? t(errorTitle) : (structure.data?.name ?? t("structure.loading")));
  // Coming from a search, "back" returns to the same results.
  const from = (useLocation().state as { search?: unknown } | null)?.search;
  const backTo = typeof from === "string" && from ? `/annuaire?${from}` : "/annuaire";

  const back = (
    <Anchor component={Link} to={backTo}>
      <span aria-hidden="true">← </span>
      {t("structure.back")}
    </Anchor>
  );
  if (error && errorTitle) {
    return (
      <Stack gap="md">
        {back}
        <Title order={1}>{t(errorTitle)}</Title>
        <ProblemAlert error={error} />
      </Stack>
    );
  }
  if (!structure.data) {
    return (
      <Center py="xl">
        <Loader aria-label={t("structure.loading")} />
      </Center>
    );
  }
  const s = structure.data;
  return (
    <Stack gap="xl">
      <Stack gap="xs">
        {back}
        <Title order={1}>{s.name}</Title>
        <Group gap="xs">
          <KindBadge kind={s.kind} />
          <Badge variant="filled" color={s.active ? BADGE_COLORS.active : BADGE_COLORS.inactive} size="sm">
            {t(s.active ? "directory.active" : "directory.inactive")}
          </Badge>
        </Group>
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <section aria-labelledby="structure-identity">
          <Title order={2} size="h3" id="structure-identity" mb="sm">
            {t("structure.identity")}
          </Title>
          <Identity structure={s} />
        </section>
        <section aria-labelledby="structure-rules">
          <Title order={2} size="h3" id="structure-rules" mb="sm">
            {t("structure.rules")}
          </Title>
          {s.flagLabels.length > 0 ? (
            <List spacing="xs" lang="fr">
              {s.flagLabels.map((label) => (
                <List.Item key={label}>{label}</List.Item>
              ))}
            </List>
          ) : (
            <Text>{t("structure.noRules")}</Text>
          )}
        </section>
      </SimpleGrid>
      <section aria-labelledby="structure-services">
        <Title order={2} size="h3" id="structure-services" mb="sm">
          {t("structure.services")}
        </Title>
        {services.error ? <ProblemAlert error={services.error} title={t("error.generic")} /> : null}
        {services.data && services.data.items.length === 0 ? <Text>{t("structure.noServices")}</Text> : null}
        {services.data && services.data.items.length > 0 ? (
          <ServiceTable services={services.data.items} caption={t("structure.servicesCaption", { name: s.name })} />
        ) : null}
        {!services.data && !services.error ? <Loader size="sm" aria-label={t("loading")} /> : null}
      </section>
    </Stack>
  );
}

function Identity({ structure: s }: { structure: StructureDetail }) {
  const t = useT();
  const rows: [string, ReactNode][] = [
    [
      t("structure.siret"),
      <>
        {formatSiret(s.siret)}
        <CopyValue value={s.siret} label={t("structure.copySiret")} />
      </>,
    ],
    [t("structure.siren"), formatSiren(s.siren)],
    [t("structure.identifierType"), s.identifierType],
    [t("structure.address"), addressLines(s.address).join("\n")],
    [t("structure.paymentDelay"), t("structure.paymentDelayDays", { days: s.paymentDelayDays })],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value || "—"}</dd>
        </div>
      ))}
    </dl>
  );
}

function addressLines(a: PostalAddress): string[] {
  const town = [a.postalCode, a.city].filter(Boolean).join(" ");
  const country = a.countryCode && a.countryCode !== "FR" ? a.countryLabel ?? a.countryCode : null;
  return [a.line1, a.line2, a.line3, town, country].filter((line): line is string => Boolean(line));
}
