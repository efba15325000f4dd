import { ActionIcon, Alert, Autocomplete, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { BILLING_FRAMEWORKS } from "../../../../src/modules/invoices/domain/billing-frameworks";
import { checkForm, computeTotals, emptyLine, FORM_UNITS, FRENCH_VAT_RATES, type FormLine, type InvoiceForm } from "../../../../src/modules/invoices/domain/invoice-form";
import { ApiError } from "../../api/client";
import { getStructure, listServices, type Service, type StructureDetail, searchStructures } from "../../api/directory";
import { type Finding, getInvoice, saveDraft } from "../../api/invoices";
import { useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { type Lang, useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount } from "./format";
import { FindingsList } from "./deposit-upload.page";
import { formFindingInEnglish } from "./form-findings-en";
import { formMessages } from "./invoice-form.messages";

const frameworkOptions = (lang: Lang) => Object.entries(BILLING_FRAMEWORKS).map(([value, f]) => ({ value, label: f[lang] }));
const UNIT_KEYS = new Set(["C62", "HUR", "DAY", "MON", "KGM", "MTR", "LTR", "LS"]);
// The checks this page adds from the directory; written here, so they already speak the reader's language.
const PAGE_CHECKS = new Set(["DEP-SERVICE-REQUIRED", "DEP-ENGAGEMENT-REQUIRED", "DEP-RECIPIENT-INACTIVE"]);
const today = () => new Date().toISOString().slice(0, 10);

function blankForm(supplierSiret: string): InvoiceForm {
  return { supplierSiret, recipientSiret: "", serviceCode: "", engagementNumber: "", contractNumber: "", framework: "A1_FACTURE_FOURNISSEUR", documentType: "FACTURE", number: "", issueDate: today(), dueDate: "", currency: "EUR", lines: [emptyLine()], paymentTerms: "", iban: "" };
}

/** The recipient picker: SIRET or name from the directory; shows the structure's rules and its services. */
function useRecipient(siret: string) {
  const [structure, setStructure] = useState<StructureDetail | null>(null);
  const [services, setServices] = useState<Service[]>([]);
  useEffect(() => {
    setStructure(null);
    setServices([]);
    if (!/^\d{14}$/.test(siret)) return;
    getStructure(siret).then(setStructure, () => undefined);
    listServices(siret, { activeOnly: true }).then((r) => setServices(r.items), () => undefined);
  }, [siret]);
  return { structure, services };
}

function LineRow({ line, index, amount, onChange, onRemove }: { line: FormLine; index: number; amount: string; onChange(l: FormLine): void; onRemove(): void }) {
  const t = useT(formMessages);
  const { lang } = useI18n();
  const set = (key: keyof FormLine) => (value: string | null) => onChange({ ...line, [key]: value ?? "" });
  const n = index + 1;
  const label = (field: "line.description" | "line.quantity" | "line.unit" | "line.unitPrice" | "line.vatRateLabel") => t("line.field", { field: t(field), line: n });
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput aria-label={label("line.description")} value={line.description} onChange={(e) => set("description")(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td w={90}>
        <TextInput aria-label={label("line.quantity")} inputMode="decimal" value={line.quantity} onChange={(e) => set("quantity")(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td w={130}>
        <Select aria-label={label("line.unit")} data={FORM_UNITS.map((u) => ({ value: u.code, label: UNIT_KEYS.has(u.code) ? t(`unit.${u.code}` as "unit.C62") : u.fr }))} value={line.unit} onChange={set("unit")} allowDeselect={false} />
      </Table.Td>
      <Table.Td w={120}>
        <TextInput aria-label={label("line.unitPrice")} inputMode="decimal" value={line.unitPrice} onChange={(e) => set("unitPrice")(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td w={100}>
        <Autocomplete aria-label={label("line.vatRateLabel")} data={[...FRENCH_VAT_RATES]} value={line.vatRate} onChange={set("vatRate")} />
      </Table.Td>
      <Table.Td w={120} style={{ textAlign: "right", whiteSpace: "nowrap" }}>
        {formatAmount(amount, "EUR", lang)}
      </Table.Td>
      <Table.Td w={40}>
        <ActionIcon variant="subtle" color="red" aria-label={t("line.remove", { line: n })} onClick={onRemove}>
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** "Saisir une facture": the form with totals, VAT breakdown and checks computed as the user types; saved as a draft. */
export function InvoiceFormPage() {
  const t = useT(formMessages);
  const { lang } = useI18n();
  usePageTitle(t("form.title"));
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const draftId = params.get("brouillon") ?? undefined;
  const mine = me.memberships.filter((m) => m.status === "ACTIVE" && (m.role === "MANAGER" || m.role === "MEMBER"));
  const [form, setForm] = useState<InvoiceForm>(() => blankForm(mine[0]?.siret ?? ""));
  const [search, setSearch] = useState("");
  const [matches, setMatches] = useState<Array<{ value: string; label: string }>>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const { structure, services } = useRecipient(form.recipientSiret);
  const totals = useMemo(() => computeTotals(form.lines), [form.lines]);
  const findings = useMemo(() => checkForm(form, today()), [form]);

  useEffect(() => {
    if (!draftId) return;
    getInvoice(draftId).then((d) => {
      const saved = (d.data as { form?: InvoiceForm }).form;
      if (saved) setForm(saved);
    }, () => undefined);
  }, [draftId]);
  useEffect(() => {
    const q = search.trim();
    if (q.length < 3 || /^\d{14}$/.test(q)) return;
    const controller = new AbortController();
    searchStructures(q, 10, { signal: controller.signal }).then((r) => setMatches(r.items.map((s) => ({ value: s.siret, label: `${s.name} — ${s.siret}` }))), () => undefined);
    return () => controller.abort();
  }, [search]);

  const set = <K extends keyof InvoiceForm>(key: K) => (value: InvoiceForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof InvoiceForm) => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(key)(e.currentTarget.value as never);
  const routingFindings = [
    ...(structure?.flags.serviceCodeRequired && !form.serviceCode ? [{ rule: "DEP-SERVICE-REQUIRED", severity: "fatal" as const, message: t("check.serviceRequired") }] : []),
    ...(structure?.flags.engagementRequired && !form.engagementNumber ? [{ rule: "DEP-ENGAGEMENT-REQUIRED", severity: "fatal" as const, message: t("check.engagementRequired") }] : []),
    ...(structure && !structure.active ? [{ rule: "DEP-RECIPIENT-INACTIVE", severity: "fatal" as const, message: t("check.inactive") }] : []),
  ];
  const save = async () => {
    setBusy(true);
    try {
      const result = await saveDraft(form, draftId);
      navigate(`/factures/${result.invoice.id}`);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const localize = (f: Finding) => (PAGE_CHECKS.has(f.rule) ? f.message : lang === "en" ? formFindingInEnglish(f) : null);
  if (mine.length === 0) return <Alert color="yellow">{t("form.attachFirst")}</Alert>;
  return (
    <Stack>
      <Title order={1}>{t("form.title")}</Title>
      <Alert color="blue">{t("form.draftOnly")}</Alert>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("form.parties")}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select label={t("form.supplier")} data={mine.map((m) => ({ value: m.siret, label: `${m.structureName} — ${m.siret}` }))} value={form.supplierSiret} onChange={(v) => set("supplierSiret")(v ?? "")} allowDeselect={false} required />
          <Autocomplete
            label={t("form.recipient")}
            description={t("form.recipientHint")}
            data={matches}
            value={search || form.recipientSiret}
            onChange={(v) => {
              setSearch(v);
              const siret = v.replace(/\s/g, "");
              set("recipientSiret")(/^\d{14}$/.test(siret) ? siret : "");
            }}
            onOptionSubmit={(v) => {
              setSearch(v);
              set("recipientSiret")(v);
            }}
            required
          />
        </SimpleGrid>
        {structure ? (
          <Text size="sm" mt="xs" data-testid="recipient-rules">
            {t("form.rules", { name: structure.name, rules: structure.flagLabels.length ? structure.flagLabels.join(" ; ") : t("form.noRules") })}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 3 }} mt="sm">
          <Select label={t("form.serviceCode")} data={services.map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` }))} value={form.serviceCode || null} onChange={(v) => set("serviceCode")(v ?? "")} searchable clearable clearButtonProps={{ "aria-label": t("form.clearServiceCode") }} required={Boolean(structure?.flags.serviceCodeRequired)} />
          <TextInput label={t("form.engagement")} value={form.engagementNumber} onChange={text("engagementNumber")} required={Boolean(structure?.flags.engagementRequired)} />
          <TextInput label={t("form.contract")} value={form.contractNumber} onChange={text("contractNumber")} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("form.invoice")}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select label={t("form.framework")} data={frameworkOptions(lang)} value={form.framework} onChange={(v) => set("framework")((v ?? "A1_FACTURE_FOURNISSEUR") as InvoiceForm["framework"])} allowDeselect={false} />
          {BILLING_FRAMEWORKS[form.framework].validation && (
            <TextInput label={t("form.validator")} description={t("form.validatorHint")} value={form.validatorSiret ?? ""} onChange={text("validatorSiret")} inputMode="numeric" maxLength={14} required />
          )}
          <Select label={t("form.type")} data={[{ value: "FACTURE", label: t("form.type.FACTURE") }, { value: "AVOIR", label: t("form.type.AVOIR") }]} value={form.documentType} onChange={(v) => set("documentType")((v ?? "FACTURE") as InvoiceForm["documentType"])} allowDeselect={false} />
          <TextInput label={t("form.number")} description={t("form.numberHint")} value={form.number} onChange={text("number")} maxLength={40} required />
          <TextInput label={t("form.issueDate")} type="date" value={form.issueDate} onChange={text("issueDate")} required />
          <TextInput label={t("form.dueDate")} type="date" value={form.dueDate} onChange={text("dueDate")} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("form.lines")}
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("line.description")}</Table.Th>
                <Table.Th>{t("line.quantity")}</Table.Th>
                <Table.Th>{t("line.unit")}</Table.Th>
                <Table.Th>{t("line.unitPrice")}</Table.Th>
                <Table.Th>{t("line.vatRate")}</Table.Th>
                <Table.Th style={{ textAlign: "right" }}>{t("line.amount")}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {form.lines.map((line, i) => (
                <LineRow
                  // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity of their own; the index is their position.
                  key={i}
                  line={line}
                  index={i}
                  amount={totals.lineAmounts[i] ?? "0"}
                  onChange={(l) => set("lines")(form.lines.map((x, j) => (j === i ? l : x)))}
                  onRemove={() => set("lines")(form.lines.filter((_, j) => j !== i))}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Button variant="light" onClick={() => set("lines")([...form.lines, emptyLine()])} mt="xs">
          {t("form.addLine")}
        </Button>
        <Table mt="md" w={360} ml="auto" aria-label={t("form.totals")} data-testid="totals">
          <Table.Tbody>
            {totals.vatBreakdown.map((v) => (
              <Table.Tr key={v.rate}>
                <Table.Td>{t("form.vatLine", { rate: lang === "fr" ? v.rate.replace(".", ",") : v.rate, base: formatAmount(v.base, "EUR", lang) })}</Table.Td>
                <Table.Td style={{ textAlign: "right" }}>{formatAmount(v.vat, "EUR", lang)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th>{t("form.totalWithoutVat")}</Table.Th>
              <Table.Td style={{ textAlign: "right" }}>{formatAmount(totals.totalWithoutVat, "EUR", lang)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t("form.totalVat")}</Table.Th>
              <Table.Td style={{ textAlign: "right" }}>{formatAmount(totals.totalVat, "EUR", lang)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t("form.totalWithVat")}</Table.Th>
              <Table.Td style={{ textAlign: "right" }} data-testid="total-ttc">{formatAmount(totals.totalWithVat, "EUR", lang)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t("form.payment")}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea label={t("form.paymentTerms")} value={form.paymentTerms} onChange={text("paymentTerms")} autosize minRows={2} />
          <TextInput label={t("form.iban")} value={form.iban} onChange={text("iban")} />
        </SimpleGrid>
      </Paper>
      <FindingsList findings={[...routingFindings, ...findings]} localize={localize} />
      {error ? <ProblemAlert error={error} /> : null}
      <Group justify="flex-end">
        <Button onClick={() => void save()} loading={busy}>
          {t("form.save")}
        </Button>
      </Group>
    </Stack>
  );
}
