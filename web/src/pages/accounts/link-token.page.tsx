import { Alert, Anchor, Button, Center, Loader, Stack, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { activate, confirmEmail, resendActivation, tokenFromHash } from "../../api/accounts";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { authMessages, MAIL_SENT_EN } from "./auth.messages";
import { useAction } from "../../api/use-action";

// Links are single use: remember the tokens already posted so a re-render (or React's strict mode) never posts twice.
const spent = new Set<string>();

function useSpendToken<T>(spend: (token: string) => Promise<T>) {
  const token = tokenFromHash(useLocation().hash);
  const [result, setResult] = useState<T | undefined>(undefined);
  const { error, run } = useAction();
  const started = useRef(false);
  useEffect(() => {
    if (started.current || !token || spent.has(token)) return;
    started.current = true;
    spent.add(token);
    void run(() => spend(token)).then((r) => r && setResult(r));
  }, [token, run, spend]);
  return { token, result, error };
}

/** `/activation#token=…`: activates the account from the mailed link; offers a new link when it expired. */
export function ActivationPage() {
  const t = useT(authMessages);
  const { lang } = useI18n();
  usePageTitle(t("activation.title"));
  const { token, result, error } = useSpendToken(activate);
  const [email, setEmail] = useState("");
  const resend = useAction();
  const [resent, setResent] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await resend.run(() => resendActivation(email));
    if (r) setResent(lang === "fr" ? r.message : MAIL_SENT_EN);
  };
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t("activation.title")}</Title>
      {result ? (
        <>
          <Alert color="green" role="status">
            {t("activation.done", { email: result.email })}
          </Alert>
          <Anchor component={Link} to={`/connexion?email=${encodeURIComponent(result.email)}`}>
            {t("login.title")}
          </Anchor>
        </>
      ) : error || !token ? (
        <>
          {error ? <ProblemAlert error={error} /> : <Alert color="red">{t("activation.incomplete")}</Alert>}
          <form onSubmit={submit}>
            <Stack gap="sm">
              <TextInput label={t("activation.email")} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
              <Button type="submit" variant="light" w="fit-content" loading={resend.busy}>
                {t("activation.newLink")}
              </Button>
              {resent ? <Alert color="green" role="status">{resent}</Alert> : null}
              {resend.error ? <ProblemAlert error={resend.error} /> : null}
            </Stack>
          </form>
        </>
      ) : (
        <Center py="xl">
          <Loader aria-label={t("activation.busy")} />
        </Center>
      )}
    </Stack>
  );
}

/** `/confirmer-email#token=…`: confirms a new login address. */
export function ConfirmEmailPage() {
  const t = useT(authMessages);
  usePageTitle(t("confirm.pageTitle"));
  const { token, result, error } = useSpendToken(confirmEmail);
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t("confirm.title")}</Title>
      {result ? (
        <Alert color="green" role="status">
          {t("confirm.done", { email: result.email })}
        </Alert>
      ) : error ? (
        <ProblemAlert error={error} />
      ) : !token ? (
        <Alert color="red">{t("activation.incomplete")}</Alert>
      ) : (
        <Loader aria-label={t("confirm.busy")} />
      )}
      <Anchor component={Link} to="/mon-compte">
        {t("confirm.myAccount")}
      </Anchor>
    </Stack>
  );
}
