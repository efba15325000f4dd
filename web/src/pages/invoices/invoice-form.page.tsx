import { ActionIcon, Alert, Autocomplete, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useNavigate, useSearchParams } from "react-router";
import { BILLING_FRAMEWORKS } from "../../../../src/modules/invoices/domain/billing-frameworks";
import { checkForm, computeTotals, emptyLine, FORM_UNITS, FRENCH_VAT_RATES, type FormLine, type InvoiceForm } from "../../../../src/modules/invoices/domain/invoice-form";
import { ApiError } from "../../api/client";
import { getStructure, listServices, type Service, type StructureDetail, searchStructures } from "../../api/directory";
import { getInvoice, saveDraft } from "../../api/invoices";
import { useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount } from "./format";
import { FindingsList } from "./deposit-upload.page";

const FRAMEWORK_OPTIONS = Object.entries(BILLING_FRAMEWORKS).map(([value, f]) => ({ value, label: f.fr }));
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
  const set = (key: keyof FormLine) => (value: string | null) => onChange({ ...line, [key]: value ?? "" });
  const n = index + 1;
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput aria-label={`Désignation, ligne ${n}`} value={line.description} onChange={(e) => set("description")(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td w={90}>
        <TextInput aria-label={`Quantité, ligne ${n}`} inputMode="decimal" value={line.quantity} onChange={(e) => set("quantity")(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td w={130}>
        <Select aria-label={`Unité, ligne ${n}`} data={FORM_UNITS.map((u) => ({ value: u.code, label: u.fr }))} value={line.unit} onChange={set("unit")} allowDeselect={false} />
      </Table.Td>
      <Table.Td w={120}>
        <TextInput aria-label={`Prix unitaire HT, ligne ${n}`} inputMode="decimal" value={line.unitPrice} onChange={(e) => set("unitPrice")(e.currentTarget.value)} />
      </Table.Td>
      <Table.Td w={100}>
        <Autocomplete aria-label={`Taux de TVA (%), ligne ${n}`} data={[...FRENCH_VAT_RATES]} value={line.vatRate} onChange={set("vatRate")} />
      </Table.Td>
      <Table.Td w={120} style={{ textAlign: "right", whiteSpace: "nowrap" }}>
        {formatAmount(amount)}
      </Table.Td>
      <Table.Td w={40}>
        <ActionIcon variant="subtle" color="red" aria-label={`Supprimer la ligne ${n}`} onClick={onRemove}>
          ×
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  );
}

/** "Saisir une facture": the form with totals, VAT breakdown and checks computed as the user types; saved as a draft. */
export function InvoiceFormPage() {
  usePageTitle("Saisir une facture");
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
    ...(structure?.flags.serviceCodeRequired && !form.serviceCode ? [{ rule: "DEP-SERVICE-REQUIRED", severity: "fatal" as const, message: "Ce destinataire exige un code service." }] : []),
    ...(structure?.flags.engagementRequired && !form.engagementNumber ? [{ rule: "DEP-ENGAGEMENT-REQUIRED", severity: "fatal" as const, message: "Ce destinataire exige un numéro d'engagement." }] : []),
    ...(structure && !structure.active ? [{ rule: "DEP-RECIPIENT-INACTIVE", severity: "fatal" as const, message: "Ce destinataire n'est plus actif." }] : []),
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

  if (mine.length === 0) return <Alert color="yellow">Rattachez-vous d'abord à votre entreprise (Mes structures) pour saisir une facture.</Alert>;
  return (
    <Stack>
      <Title order={1}>Saisir une facture</Title>
      <Alert color="blue">
        La saisie est enregistrée comme brouillon. L'envoi depuis ce formulaire (génération du Factur-X) n'est pas encore disponible : pour envoyer dès maintenant, déposez le PDF de votre facture avec « Déposer une facture ».
      </Alert>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Émetteur et destinataire
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Select label="Votre structure" data={mine.map((m) => ({ value: m.siret, label: `${m.structureName} — ${m.siret}` }))} value={form.supplierSiret} onChange={(v) => set("supplierSiret")(v ?? "")} allowDeselect={false} required />
          <Autocomplete
            label="Destinataire (SIRET ou nom)"
            description="Cherchez dans l'annuaire"
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
            {structure.name} : {structure.flagLabels.length ? structure.flagLabels.join(" ; ") : "aucune exigence particulière"}.
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, md: 3 }} mt="sm">
          <Select label="Code service" data={services.map((s) => ({ value: s.code, label: `${s.code} — ${s.name}` }))} value={form.serviceCode || null} onChange={(v) => set("serviceCode")(v ?? "")} searchable clearable clearButtonProps={{ "aria-label": "Effacer le code service" }} required={Boolean(structure?.flags.serviceCodeRequired)} />
          <TextInput label="N° d'engagement (EJ) ou de bon de commande" value={form.engagementNumber} onChange={text("engagementNumber")} required={Boolean(structure?.flags.engagementRequired)} />
          <TextInput label="N° de marché" value={form.contractNumber} onChange={text("contractNumber")} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Facture
        </Title>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select label="Cadre de facturation" data={FRAMEWORK_OPTIONS} value={form.framework} onChange={(v) => set("framework")((v ?? "A1_FACTURE_FOURNISSEUR") as InvoiceForm["framework"])} allowDeselect={false} />
          <Select label="Type" data={[{ value: "FACTURE", label: "Facture" }, { value: "AVOIR", label: "Avoir" }]} value={form.documentType} onChange={(v) => set("documentType")((v ?? "FACTURE") as InvoiceForm["documentType"])} allowDeselect={false} />
          <TextInput label="Numéro" description="20 caractères au plus, unique par an" value={form.number} onChange={text("number")} maxLength={40} required />
          <TextInput label="Date de facture" type="date" value={form.issueDate} onChange={text("issueDate")} required />
          <TextInput label="Échéance" type="date" value={form.dueDate} onChange={text("dueDate")} />
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Lignes
        </Title>
        <Table.ScrollContainer minWidth={760}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Désignation</Table.Th>
                <Table.Th>Quantité</Table.Th>
                <Table.Th>Unité</Table.Th>
                <Table.Th>Prix unitaire HT</Table.Th>
                <Table.Th>TVA %</Table.Th>
                <Table.Th style={{ textAlign: "right" }}>Montant HT</Table.Th>
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
          Ajouter une ligne
        </Button>
        <Table mt="md" w={360} ml="auto" aria-label="Totaux" data-testid="totals">
          <Table.Tbody>
            {totals.vatBreakdown.map((v) => (
              <Table.Tr key={v.rate}>
                <Table.Td>TVA {v.rate.replace(".", ",")} % sur {formatAmount(v.base)}</Table.Td>
                <Table.Td style={{ textAlign: "right" }}>{formatAmount(v.vat)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th>Total HT</Table.Th>
              <Table.Td style={{ textAlign: "right" }}>{formatAmount(totals.totalWithoutVat)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Total TVA</Table.Th>
              <Table.Td style={{ textAlign: "right" }}>{formatAmount(totals.totalVat)}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>Total TTC</Table.Th>
              <Table.Td style={{ textAlign: "right" }} data-testid="total-ttc">{formatAmount(totals.totalWithVat)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          Paiement
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Textarea label="Conditions de paiement" value={form.paymentTerms} onChange={text("paymentTerms")} autosize minRows={2} />
          <TextInput label="IBAN" value={form.iban} onChange={text("iban")} />
        </SimpleGrid>
      </Paper>
      <FindingsList findings={[...routingFindings, ...findings]} />
      {error ? <ProblemAlert error={error} /> : null}
      <Group justify="flex-end">
        <Button onClick={() => void save()} loading={busy}>
          Enregistrer le brouillon
        </Button>
      </Group>
    </Stack>
  );
}
