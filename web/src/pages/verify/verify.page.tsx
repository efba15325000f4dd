import { Alert, Button, Checkbox, FileInput, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { ApiError } from "../../api/client";
import { type ValidationResult, validateInvoiceFile } from "../../api/validation";
import { ProblemAlert } from "../../components/ProblemAlert";
import { defineMessages, useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { FindingsByPart } from "./findings-by-part";
import { InvoiceSummaryCard } from "./invoice-summary-card";

const messages = defineMessages({
  fr: {
    "verify.title": "Vérifier une facture",
    "verify.intro":
      "Avant de déposer, vérifiez votre facture électronique (Factur-X, CII ou UBL) : nous appliquons les mêmes règles que le dépôt et vous disons, en clair, ce qu'il faut corriger. Aucun compte n'est nécessaire et le fichier n'est pas conservé.",
    "verify.file": "Fichier de la facture",
    "verify.fileHint": "PDF Factur-X, ou XML CII ou UBL, 20 Mo au plus",
    "verify.publicBuyer": "Le destinataire est une structure publique française (règles du B2G)",
    "verify.submit": "Vérifier",
    "verify.valid": "Facture conforme",
    "verify.validText": "Aucune erreur bloquante : cette facture peut être déposée.",
    "verify.invalid": "Facture non conforme",
    "verify.invalidText": "{count} erreur(s) à corriger avant le dépôt.",
    "verify.meta": "{syntax}, profil {profile}",
    "verify.unreadable": "Ce fichier ne peut pas être lu",
  },
  en: {
    "verify.title": "Check an invoice",
    "verify.intro":
      "Before depositing, check your e-invoice (Factur-X, CII or UBL): we apply the same rules as the deposit and tell you plainly what to fix. No account needed; the file is not kept.",
    "verify.file": "Invoice file",
    "verify.fileHint": "Factur-X PDF, or CII or UBL XML, 20 MB at most",
    "verify.publicBuyer": "The recipient is a French public body (B2G rules)",
    "verify.submit": "Check",
    "verify.valid": "Valid invoice",
    "verify.validText": "No blocking error: this invoice can be deposited.",
    "verify.invalid": "Invalid invoice",
    "verify.invalidText": "{count} error(s) to fix before depositing.",
    "verify.meta": "{syntax}, profile {profile}",
    "verify.unreadable": "This file cannot be read",
  },
});

/** The public checker: upload, then the verdict, the invoice's data and the findings grouped by part. */
export function VerifyPage() {
  const t = useT(messages);
  const { lang } = useI18n();
  usePageTitle(t("verify.title"));
  const [file, setFile] = useState<File | null>(null);
  const [publicBuyer, setPublicBuyer] = useState(true);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ValidationResult | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [pdfUrl, setPdfUrl] = useState<string | null>(null);

  useEffect(() => {
    if (!file?.name.toLowerCase().endsWith(".pdf")) return setPdfUrl(null);
    const url = URL.createObjectURL(file);
    setPdfUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await validateInvoiceFile(file, lang, publicBuyer));
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack>
      <Title order={1}>{t("verify.title")}</Title>
      <Text>{t("verify.intro")}</Text>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <FileInput label={t("verify.file")} description={t("verify.fileHint")} accept=".pdf,.xml,application/pdf,application/xml,text/xml" value={file} onChange={setFile} clearable clearButtonProps={{ "aria-label": lang === "fr" ? "Retirer le fichier" : "Remove the file" }} w={{ base: "100%", sm: 380 }} />
          <Button type="submit" loading={busy} disabled={!file}>
            {t("verify.submit")}
          </Button>
        </Group>
        <Checkbox mt="sm" label={t("verify.publicBuyer")} checked={publicBuyer} onChange={(e) => setPublicBuyer(e.currentTarget.checked)} />
      </form>
      {error ? <ProblemAlert error={error} title={t("verify.unreadable")} /> : null}
      {result ? (
        <Stack data-testid="verdict">
          <Alert color={result.valid ? "green" : "red"} title={result.valid ? t("verify.valid") : t("verify.invalid")} role="status">
            <Text>{result.valid ? t("verify.validText") : t("verify.invalidText", { count: result.fatalCount })}</Text>
            <Text size="sm">{t("verify.meta", { syntax: result.syntax, profile: result.profile })}</Text>
          </Alert>
          <Grid>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack>
                <InvoiceSummaryCard summary={result.summary} lang={lang} />
                {pdfUrl ? <object data={pdfUrl} type="application/pdf" width="100%" height={480} aria-label={file?.name ?? "PDF"} /> : null}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>{result.findings.length ? <FindingsByPart findings={result.findings} lang={lang} /> : null}</Grid.Col>
          </Grid>
        </Stack>
      ) : null}
    </Stack>
  );
}
