import { Alert, Badge, Button, Checkbox, Code, FileInput, Grid, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/client";
import { depositInvoice, type Finding, type InvoicePreview, previewInvoice } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { formatAmount, formatDate } from "./format";

const KIND_LABELS: Record<InvoicePreview["kind"], string> = { FACTURX: "Factur-X", XML: "XML structuré", PDF: "PDF simple", UNREADABLE: "Illisible" };
const ROUTING = ["recipientSiret", "serviceCode", "engagementNumber"] as const;
const PDF_FIELDS = [
  ["number", "N° de facture"],
  ["issueDate", "Date de facture (AAAA-MM-JJ)"],
  ["totalWithoutVat", "Total HT"],
  ["totalVat", "Total TVA"],
  ["totalWithVat", "Total TTC"],
] as const;

/** The findings in plain French: what blocks the deposit, then what is only a warning. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const fatal = findings.filter((f) => f.severity === "fatal");
  const warnings = findings.filter((f) => f.severity === "warning");
  return (
    <Stack gap="xs" data-testid="findings">
      {fatal.length ? (
        <Alert color="red" title={fatal.length === 1 ? "Un point empêche le dépôt" : `${fatal.length} points empêchent le dépôt`} role="alert">
          <List size="sm">
            {fatal.map((f) => (
              <List.Item key={`${f.rule}:${f.message}`}>
                <span lang="fr">{f.message}</span> <Code>{f.rule}</Code>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {warnings.length ? (
        <Alert color="yellow" title="À vérifier (n'empêche pas le dépôt)">
          <List size="sm">
            {warnings.map((f) => (
              <List.Item key={`${f.rule}:${f.message}`}>
                {f.message} <Code>{f.rule}</Code>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}

/** "Déposer une facture": the file is read on the spot, its data shown beside it with every check, then deposited. */
export function DepositUploadPage() {
  usePageTitle("Déposer une facture");
  const navigate = useNavigate();
  const [file, setFile] = useState<File | null>(null);
  const [attachments, setAttachments] = useState<File[]>([]);
  const [preview, setPreview] = useState<InvoicePreview | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [accept, setAccept] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [refused, setRefused] = useState<Finding[] | null>(null);
  const [busy, setBusy] = useState(false);
  const idempotencyKey = useRef(crypto.randomUUID());
  const fileUrl = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => (fileUrl ? URL.revokeObjectURL(fileUrl) : undefined), [fileUrl]);

  const routing = ROUTING.map((k) => [k, fields[k] ?? ""] as const).filter(([, v]) => v);
  const routingKey = JSON.stringify(routing);
  // Read (and re-check) the file whenever it or the routing changes: the findings follow what the user types.
  useEffect(() => {
    if (!file) return;
    const handle = setTimeout(() => {
      const form = new FormData();
      form.append("file", file);
      for (const [k, v] of JSON.parse(routingKey) as Array<[string, string]>) form.append(k, v);
      previewInvoice(form).then(
        (p) => {
          setPreview(p);
          setError(null);
          setFields((f) => {
            const next = { ...f };
            for (const k of ROUTING) if (next[k] === undefined && p.data[k]) next[k] = p.data[k] as string;
            if (p.kind === "PDF") for (const [k] of PDF_FIELDS) if (next[k] === undefined && p.data[k]) next[k] = p.data[k] as string;
            return next;
          });
        },
        (e: unknown) => setError(e instanceof ApiError ? e : null),
      );
    }, 300);
    return () => clearTimeout(handle);
  }, [file, routingKey]);

  const submit = async () => {
    if (!file) return;
    setBusy(true);
    setRefused(null);
    const form = new FormData();
    form.append("file", file);
    for (const a of attachments) form.append("attachment", a);
    for (const k of ROUTING) if (fields[k]) form.append(k, fields[k] as string);
    if (preview?.kind === "PDF") for (const [k] of PDF_FIELDS) if (fields[k]) form.append(k, fields[k] as string);
    if (accept) form.append("acceptDifferences", "true");
    try {
      const invoice = await depositInvoice(form, idempotencyKey.current);
      navigate(`/factures/${invoice.id}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === "INVOICE_REFUSED") setRefused((e.problem as unknown as { errors: Finding[] }).errors);
      else if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const set = (key: string) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [key]: value }));
    setRefused(null);
  };
  const d = preview?.data;
  const findings = refused ?? preview?.findings ?? [];
  const blocked = findings.some((f) => f.severity === "fatal");
  return (
    <Stack>
      <Title order={1}>Déposer une facture</Title>
      <Text>
        Déposez votre facture : Factur-X (PDF avec ses données), XML CII ou UBL, ou PDF simple (vous complétez alors les données lues dans le PDF). Le fichier
        déposé reste l'original de la facture.
      </Text>
      <FileInput
        label="Fichier de la facture"
        description="PDF ou XML, 20 Mo au plus"
        accept=".pdf,.xml,application/pdf,application/xml,text/xml"
        value={file}
        onChange={(f) => {
          setFile(f);
          setPreview(null);
          setFields({});
          setRefused(null);
          idempotencyKey.current = crypto.randomUUID();
        }}
        clearable
        clearButtonProps={{ "aria-label": "Retirer le fichier" }}
        placeholder="Choisir un fichier"
      />
      {error ? <ProblemAlert error={error} /> : null}
      {file && !preview && !error ? <Text>Lecture du fichier…</Text> : null}
      {preview && d ? (
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {fileUrl && file?.type === "application/pdf" ? (
              <iframe title="Aperçu du PDF déposé" src={fileUrl} style={{ width: "100%", height: "75vh", border: "1px solid #ced4da" }} />
            ) : (
              <Paper withBorder p="md">
                <Text>Fichier XML : {file?.name}</Text>
              </Paper>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <Group>
                <Badge variant="filled" color={preview.kind === "UNREADABLE" ? "#a61e1e" : "#1c5d99"}>
                  {KIND_LABELS[preview.kind]}
                </Badge>
                {preview.syntax ? <Text size="sm">{preview.syntax} — profil {preview.profile}</Text> : null}
              </Group>
              {preview.kind === "PDF" ? <Alert color="blue">Données devinées dans le texte du PDF : vérifiez-les et complétez-les.</Alert> : null}
              {preview.kind !== "PDF" && preview.kind !== "UNREADABLE" ? (
                <Paper withBorder p="md" aria-label="Données lues dans la facture">
                  <Title order={2} size="h4">
                    Données lues
                  </Title>
                  <Text size="sm">N° {d.number} du {formatDate(d.issueDate)}</Text>
                  <Text size="sm">Vendeur : {d.supplierName ?? "—"} {d.supplierSiret ?? ""}</Text>
                  <Text size="sm">
                    HT {formatAmount(d.totalWithoutVat)} — TVA {formatAmount(d.totalVat)} — TTC {formatAmount(d.totalWithVat)}
                  </Text>
                </Paper>
              ) : null}
              {preview.kind === "PDF" ? (
                <SimpleGrid cols={2}>
                  {PDF_FIELDS.map(([k, label]) => (
                    <TextInput key={k} label={label} value={fields[k] ?? ""} onChange={set(k)} required />
                  ))}
                </SimpleGrid>
              ) : null}
              <TextInput label="SIRET du destinataire" value={fields.recipientSiret ?? ""} onChange={set("recipientSiret")} maxLength={14} required />
              {preview.recipient ? (
                <Text size="sm" data-testid="recipient-rules">
                  {preview.recipient.name} : {preview.recipient.serviceCodeRequired ? "code service obligatoire" : "code service facultatif"},{" "}
                  {preview.recipient.engagementRequired ? "engagement obligatoire" : preview.recipient.serviceOrEngagementRequired ? "code service ou engagement obligatoire" : "engagement facultatif"}.
                </Text>
              ) : null}
              <TextInput label="Code service" value={fields.serviceCode ?? ""} onChange={set("serviceCode")} />
              <TextInput label="N° d'engagement (EJ) ou de bon de commande" value={fields.engagementNumber ?? ""} onChange={set("engagementNumber")} />
              <FileInput label="Pièces jointes" description="10 Mo chacune au plus, noms de 50 caractères au plus" multiple value={attachments} onChange={setAttachments} clearable clearButtonProps={{ "aria-label": "Retirer les pièces jointes" }} />
              <FindingsList findings={findings} />
              {findings.some((f) => f.rule === "DEP-TYPED-MISMATCH") ? <Checkbox label="J'ai vu les différences : envoyer avec les données du fichier" checked={accept} onChange={(e) => setAccept(e.currentTarget.checked)} /> : null}
              <Button onClick={() => void submit()} loading={busy} disabled={preview.kind === "UNREADABLE" || (blocked && !refused)}>
                Déposer la facture
              </Button>
            </Stack>
          </Grid.Col>
        </Grid>
      ) : null}
    </Stack>
  );
}
