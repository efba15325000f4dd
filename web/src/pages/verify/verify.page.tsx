import { Alert, Button, Checkbox, FileInput, Grid, Group, Stack, Text, Title } from "@mantine/core";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError } from "../../api/client";
import { type ValidationResult, validateInvoiceFile } from "../../api/validation";
import { ProblemAlert } from "../../components/ProblemAlert";
import { type Lang, useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { FindingsByPart } from "./findings-by-part";
import { InvoiceSummaryCard } from "./invoice-summary-card";
import { verifyMessages as messages } from "./verify.messages";

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

  // The findings come from the server in the language asked for: a result on screen follows a language switch.
  const checked = useRef<{ file: File; publicBuyer: boolean; lang: Lang } | null>(null);
  const check = useCallback(async (what: { file: File; publicBuyer: boolean; lang: Lang }) => {
    checked.current = what;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await validateInvoiceFile(what.file, what.lang, what.publicBuyer));
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      else throw e;
    } finally {
      setBusy(false);
    }
  }, []);
  useEffect(() => {
    const last = checked.current;
    if (last && last.lang !== lang) void check({ ...last, lang });
  }, [lang, check]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (file) await check({ file, publicBuyer, lang });
  }

  return (
    <Stack>
      <Title order={1}>{t("verify.title")}</Title>
      <Text>{t("verify.intro")}</Text>
      <form onSubmit={submit}>
        <Group align="flex-end">
          <FileInput label={t("verify.file")} description={t("verify.fileHint")} accept=".pdf,.xml,application/pdf,application/xml,text/xml" value={file} onChange={setFile} clearable clearButtonProps={{ "aria-label": t("verify.removeFile") }} w={{ base: "100%", sm: 380 }} />
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
                <InvoiceSummaryCard summary={result.summary} />
                {pdfUrl ? <object data={pdfUrl} type="application/pdf" width="100%" height={480} aria-label={file?.name ?? "PDF"} /> : null}
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>{result.findings.length ? <FindingsByPart findings={result.findings} /> : null}</Grid.Col>
          </Grid>
        </Stack>
      ) : null}
    </Stack>
  );
}
