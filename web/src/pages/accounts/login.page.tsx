import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { logIn, requestReset, resendActivation, resetPassword, tokenFromHash } from "../../api/accounts";
import { useAuth } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { authMessages, MAIL_SENT_EN } from "./auth.messages";
import { useAction } from "../../api/use-action";

/** `/connexion`: e-mail and password, then the authenticator code (or a recovery code) when 2FA is on. */
export function LoginPage() {
  const t = useT(authMessages);
  const { lang } = useI18n();
  usePageTitle(t("login.title"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { refresh } = useAuth();
  const [email, setEmail] = useState(params.get("email") ?? "");
  const [password, setPassword] = useState("");
  const [needsCode, setNeedsCode] = useState(false);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState("");
  const [resent, setResent] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const second = needsCode ? (useRecovery ? { recoveryCode: code } : { totpCode: code }) : {};
    const done = await run(async () => {
      try {
        return await logIn({ email, password, ...second });
      } catch (e) {
        if (e instanceof Error && "code" in e && e.code === "TOTP_REQUIRED") {
          setNeedsCode(true);
          return undefined;
        }
        throw e;
      }
    });
    if (!done) return;
    const me = await refresh();
    const back = params.get("retour");
    // A manager who must still enable 2FA goes to "my account", where the set-up waits.
    navigate(me?.totpRequired ? "/mon-compte" : back?.startsWith("/") && !back.startsWith("//") ? back : "/mes-structures");
  };
  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>{t("login.title")}</Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label={t("field.email")} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} readOnly={needsCode} />
          <PasswordInput label={t("field.password")} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} readOnly={needsCode} />
          {needsCode ? (
            <>
              <TextInput
                label={useRecovery ? t("login.recoveryCode") : t("login.totpCode")}
                autoComplete="one-time-code"
                inputMode={useRecovery ? "text" : "numeric"}
                required
                autoFocus
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Anchor component="button" type="button" size="sm" w="fit-content" onClick={() => setUseRecovery(!useRecovery)}>
                {useRecovery ? t("login.useApp") : t("login.useRecovery")}
              </Anchor>
            </>
          ) : null}
          {error ? <ProblemAlert error={error} /> : null}
          {error?.code === "ACCOUNT_NOT_ACTIVATED" ? (
            <Button variant="light" w="fit-content" onClick={() => void resendActivation(email).then((r) => setResent(lang === "fr" ? r.message : MAIL_SENT_EN))}>
              {t("activation.resend")}
            </Button>
          ) : null}
          {resent ? <Alert color="green" role="status">{resent}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {needsCode ? t("login.submitCode") : t("login.title")}
          </Button>
        </Stack>
      </form>
      <Group gap="lg">
        <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">
          {t("login.forgot")}
        </Anchor>
        <Anchor component={Link} to="/inscription" size="sm">
          {t("login.signUp")}
        </Anchor>
      </Group>
    </Stack>
  );
}

/** `/mot-de-passe-oublie`: mails a reset link (same answer whether the address has an account). */
export function ForgotPasswordPage() {
  const t = useT(authMessages);
  const { lang } = useI18n();
  usePageTitle(t("forgot.title"));
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await run(() => requestReset(email));
    if (r) setSent(lang === "fr" ? r.message : MAIL_SENT_EN);
  };
  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>{t("forgot.title")}</Title>
      <Text>{t("forgot.intro")}</Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label={t("field.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          {error ? <ProblemAlert error={error} /> : null}
          {sent ? <Alert color="green" role="status">{sent}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {t("forgot.submit")}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** `/reinitialisation#token=…`: chooses a new password; every session closes. */
export function ResetPasswordPage() {
  const t = useT(authMessages);
  usePageTitle(t("reset.pageTitle"));
  const [password, setPassword] = useState("");
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const token = tokenFromHash(window.location.hash);
    if (await run(() => resetPassword(token, password))) setDone(true);
  };
  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>{t("reset.title")}</Title>
      {done ? (
        <>
          <Alert color="green" role="status">
            {t("reset.done")}
          </Alert>
          <Anchor component={Link} to="/connexion">
            {t("login.title")}
          </Anchor>
        </>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="sm">
            <PasswordInput label={t("reset.password")} description={t("reset.passwordHint")} autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            {error ? <ProblemAlert error={error} /> : null}
            <Button type="submit" loading={busy} w="fit-content">
              {t("action.save")}
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
