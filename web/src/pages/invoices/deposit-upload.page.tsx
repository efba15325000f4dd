import { Alert, Badge, Button, Checkbox, Code, FileInput, Grid, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { useEffect, useMemo, useRef, useState } from "react";
import { useNavigate } from "react-router";
import { ApiError } from "../../api/client";
import { depositInvoice, type Finding, type InvoicePreview, previewInvoice } from "../../api/invoices";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { depositMessages } from "./deposit.messages";
import { formatAmount, formatDate } from "./format";

const ROUTING = ["recipientSiret", "serviceCode", "engagementNumber"] as const;
// Mantine's default placeholder grey (#adb5bd) reaches only 2.1:1 on white; this one reaches 4.5:1 or more.
export const READABLE_PLACEHOLDER = { placeholder: { color: "var(--mantine-color-gray-7)" } };
const PDF_FIELDS = ["number", "issueDate", "totalWithoutVat", "totalVat", "totalWithVat"] as const;

/**
 * The findings in plain words: what blocks the deposit, then what is only a warning. Their messages come from the
 * server in the page's language when the rule has it (the finding's `lang` says so), French otherwise; `localize` may
 * give one in the reader's language; a message is marked with its language.
 */
export function FindingsList({ findings, localize }: { findings: readonly Finding[]; localize?: (f: Finding) => string | null }) {
  const t = useT(depositMessages);
  const say = (f: Finding) => {
    const own = localize?.(f);
    return own ? <span>{own}</span> : <span lang={f.lang ?? "fr"}>{f.message}</span>;
  };
  const fatal = findings.filter((f) => f.severity === "fatal");
  const warnings = findings.filter((f) => f.severity === "warning");
  return (
    <Stack gap="xs" data-testid="findings">
      {fatal.length ? (
        <Alert color="red" title={fatal.length === 1 ? t("findings.oneBlocks") : t("findings.manyBlock", { count: fatal.length })} role="alert">
          <List size="sm">
            {fatal.map((f) => (
              <List.Item key={`${f.rule}:${f.message}`}>
                {say(f)} <Code>{f.rule}</Code>
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {warnings.length ? (
        <Alert color="yellow" title={t("findings.warnings")}>
          <List size="sm">
            {warnings.map((f) => (
              <List.Item key={`${f.rule}:${f.message}`}>
                {say(f)} <Code>{f.rule}</Code>
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
  const t = useT(depositMessages);
  const { lang } = useI18n();
  usePageTitle(t("deposit.title"));
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
            if (p.kind === "PDF") for (const k of PDF_FIELDS) if (next[k] === undefined && p.data[k]) next[k] = p.data[k] as string;
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
    if (preview?.kind === "PDF") for (const k of PDF_FIELDS) if (fields[k]) form.append(k, fields[k] as string);
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
      <Title order={1}>{t("deposit.title")}</Title>
      <Text>{t("deposit.intro")}</Text>
      <FileInput
        label={t("deposit.file")}
        description={t("deposit.fileHint")}
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
        clearButtonProps={{ "aria-label": t("deposit.removeFile") }}
        placeholder={t("deposit.chooseFile")}
        styles={READABLE_PLACEHOLDER}
      />
      {error ? <ProblemAlert error={error} /> : null}
      {file && !preview && !error ? <Text>{t("deposit.reading")}</Text> : null}
      {preview && d ? (
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {fileUrl && file?.type === "application/pdf" ? (
              <iframe title={t("deposit.pdfPreview")} src={fileUrl} style={{ width: "100%", height: "75vh", border: "1px solid #ced4da" }} />
            ) : (
              <Paper withBorder p="md">
                <Text>{t("deposit.xmlFile", { name: file?.name ?? "" })}</Text>
              </Paper>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack>
              <Group>
                <Badge variant="filled" color={preview.kind === "UNREADABLE" ? "#a61e1e" : "#1c5d99"}>
                  {t(`kind.${preview.kind}`)}
                </Badge>
                {preview.syntax ? <Text size="sm">{t("deposit.syntax", { syntax: preview.syntax, profile: preview.profile ?? "" })}</Text> : null}
              </Group>
              {preview.kind === "PDF" ? <Alert color="blue">{t("deposit.pdfGuessed")}</Alert> : null}
              {preview.kind !== "PDF" && preview.kind !== "UNREADABLE" ? (
                <Paper withBorder p="md" aria-label={t("deposit.dataRead")}>
                  <Title order={2} size="h4">
                    {t("deposit.dataReadTitle")}
                  </Title>
                  <Text size="sm">{t("deposit.numberDate", { number: d.number ?? "—", date: formatDate(d.issueDate, lang) })}</Text>
                  <Text size="sm">{t("deposit.seller", { name: d.supplierName ?? "—", siret: d.supplierSiret ?? "" })}</Text>
                  <Text size="sm">
                    {t("deposit.totals", { withoutVat: formatAmount(d.totalWithoutVat, "EUR", lang), vat: formatAmount(d.totalVat, "EUR", lang), withVat: formatAmount(d.totalWithVat, "EUR", lang) })}
                  </Text>
                </Paper>
              ) : null}
              {preview.kind === "PDF" ? (
                <SimpleGrid cols={2}>
                  {PDF_FIELDS.map((k) => (
                    <TextInput key={k} label={t(`pdf.${k}`)} value={fields[k] ?? ""} onChange={set(k)} required />
                  ))}
                </SimpleGrid>
              ) : null}
              <TextInput label={t("deposit.recipientSiret")} value={fields.recipientSiret ?? ""} onChange={set("recipientSiret")} maxLength={14} required />
              {preview.recipient ? (
                <Text size="sm" data-testid="recipient-rules">
                  {t("deposit.rules", {
                    name: preview.recipient.name,
                    service: preview.recipient.serviceCodeRequired ? t("rules.serviceRequired") : t("rules.serviceOptional"),
                    engagement: preview.recipient.engagementRequired ? t("rules.engagementRequired") : preview.recipient.serviceOrEngagementRequired ? t("rules.serviceOrEngagement") : t("rules.engagementOptional"),
                  })}
                </Text>
              ) : null}
              <TextInput label={t("deposit.serviceCode")} value={fields.serviceCode ?? ""} onChange={set("serviceCode")} />
              <TextInput label={t("deposit.engagement")} value={fields.engagementNumber ?? ""} onChange={set("engagementNumber")} />
              <FileInput label={t("deposit.attachments")} description={t("deposit.attachmentsHint")} multiple value={attachments} onChange={setAttachments} clearable clearButtonProps={{ "aria-label": t("deposit.removeAttachments") }} />
              <FindingsList findings={findings} />
              {findings.some((f) => f.rule === "DEP-TYPED-MISMATCH") ? <Checkbox label={t("deposit.acceptDifferences")} checked={accept} onChange={(e) => setAccept(e.currentTarget.checked)} /> : null}
              <Button onClick={() => void submit()} loading={busy} disabled={preview.kind === "UNREADABLE" || (blocked && !refused)}>
                {t("deposit.submit")}
              </Button>
            </Stack>
          </Grid.Col>
        </Grid>
      ) : null}
    </Stack>
  );
}
