import { Anchor, SegmentedControl, Stack, Table, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { ApiError } from "../../api/client";
import { listValidations, type ValidationItem } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount, formatDate, formatDateTime } from "./format";
import { validationsMessages } from "./validations.messages";

type State = "pending" | "decided";
const DECISIONS = ["VALIDER", "REFUSER", "CONSTATER_ABSENCE_VALIDATION"] as const;
const isDecision = (d: string | null): d is (typeof DECISIONS)[number] => DECISIONS.includes(d as (typeof DECISIONS)[number]);

/** "À valider": the subcontractors' invoices (A9) waiting for the caller's structures as main contractor, or answered. */
export function ValidationsPage() {
  const t = useT(validationsMessages);
  const { lang } = useI18n();
  usePageTitle(t("validations.title"));
  const [state, setState] = useState<State>("pending");
  const [items, setItems] = useState<ValidationItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setItems(null);
    listValidations(state).then(
      (r) => setItems(r.items),
      (e: unknown) => setError(e instanceof ApiError ? e : null),
    );
  }, [state]);
  return (
    <Stack>
      <Title order={1}>{t("validations.title")}</Title>
      <Text>{t("validations.intro")}</Text>
      <SegmentedControl
        aria-label={t("validations.state")}
        value={state}
        onChange={(v) => setState(v === "decided" ? "decided" : "pending")}
        data={[
          { value: "pending", label: t("validations.pending") },
          { value: "decided", label: t("validations.decided") },
        ]}
        w="fit-content"
      />
      {error ? <ProblemAlert error={error} /> : null}
      {items && items.length === 0 ? <Text>{t("validations.none")}</Text> : null}
      {items && items.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Caption>{t("validations.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("col.number")}</Table.Th>
                <Table.Th scope="col">{t("col.subcontractor")}</Table.Th>
                <Table.Th scope="col">{t("col.recipient")}</Table.Th>
                <Table.Th scope="col">{t("col.amount")}</Table.Th>
                <Table.Th scope="col">{t("col.requested")}</Table.Th>
                <Table.Th scope="col">{state === "pending" ? t("col.due") : t("col.decision")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map(({ invoice, validation }) => (
                <Table.Tr key={invoice.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/factures/${encodeURIComponent(invoice.id)}`} aria-label={t("validations.open", { number: invoice.number })}>
                      {invoice.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{invoice.supplier.name ?? invoice.supplier.siret}</Table.Td>
                  <Table.Td>{invoice.recipient.name ?? invoice.recipient.siret}</Table.Td>
                  <Table.Td>{formatAmount(invoice.totals.withVat, invoice.currency, lang)}</Table.Td>
                  <Table.Td>{formatDateTime(validation.requestedAt, lang)}</Table.Td>
                  <Table.Td>
                    {state === "pending"
                      ? formatDate(validation.dueAt.slice(0, 10), lang)
                      : `${isDecision(validation.decision) ? t(`decision.${validation.decision}`) : (validation.decision ?? "")} ${validation.decidedAt ? formatDateTime(validation.decidedAt, lang) : ""}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
