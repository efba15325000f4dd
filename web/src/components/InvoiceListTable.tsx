import { Anchor, Table, Text, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { InvoiceView } from "../api/invoices";
import { useI18n } from "../i18n/i18n";
import { formatAmount, formatSiret } from "../pages/invoices/format";
import { InvoiceStatusBadge } from "../pages/invoices/invoice-status-badge";

/** What a list page says about its invoices: its headings and the cells that differ between the two sides. */
export interface InvoiceListColumns<T extends InvoiceView> {
  caption: string;
  headings: { number: string; party: string; service: string; date: string; amount: string; status: string; last: string };
  href(invoice: T): string;
  /** The number cell (the link's text and anything after it). */
  number(invoice: T): { label: string; after?: ReactNode };
  /** The other side: the recipient for the supplier, the supplier for the buyer. */
  party(invoice: T): InvoiceView["supplier"];
  date(invoice: T): string;
  last(invoice: T): ReactNode;
}

/** The table of the sent and received invoice lists: number, other side, service, date, amount, status, one more column. */
export function InvoiceListTable<T extends InvoiceView>({ items, columns }: { items: T[]; columns: InvoiceListColumns<T> }) {
  const { lang } = useI18n();
  const h = columns.headings;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Caption>
          <VisuallyHidden>{columns.caption}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{h.number}</Table.Th>
            <Table.Th scope="col">{h.party}</Table.Th>
            <Table.Th scope="col">{h.service}</Table.Th>
            <Table.Th scope="col">{h.date}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: "right" }}>
              {h.amount}
            </Table.Th>
            <Table.Th scope="col">{h.status}</Table.Th>
            <Table.Th scope="col">{h.last}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => {
            const number = columns.number(i);
            const party = columns.party(i);
            return (
              <Table.Tr key={i.id} data-invoice={i.number}>
                <Table.Th scope="row">
                  <Anchor component={Link} to={columns.href(i)}>
                    {number.label}
                  </Anchor>
                  {number.after}
                </Table.Th>
                <Table.Td>
                  {party.name ?? "—"}
                  <Text size="xs" c="dimmed">
                    {formatSiret(party.siret)}
                  </Text>
                </Table.Td>
                <Table.Td>{i.serviceCode ?? "—"}</Table.Td>
                <Table.Td>{columns.date(i)}</Table.Td>
                <Table.Td style={{ textAlign: "right", whiteSpace: "nowrap" }}>{formatAmount(i.totals.withVat, i.currency, lang)}</Table.Td>
                <Table.Td>
                  <InvoiceStatusBadge status={i.status} size="sm" />
                </Table.Td>
                <Table.Td>{columns.last(i)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
