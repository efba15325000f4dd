import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { resendActivation, signUp } from "../../api/accounts";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { usePageTitle } from "../../lib/use-page-title";
import { authMessages, MAIL_SENT_EN } from "./auth.messages";
import { useAction } from "../../api/use-action";

/** `/inscription`: e-mail, name and password; an activation link valid 60 minutes is mailed. */
export function SignUpPage() {
  const t = useT(authMessages);
  const { lang } = useI18n();
  usePageTitle(t("signup.title"));
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => signUp({ email, password, displayName }));
    if (done) setSent(lang === "fr" ? done.message : MAIL_SENT_EN);
  };
  if (sent) {
    return (
      <Stack gap="md" maw={560}>
        <Title order={1}>{t("signup.checkMail")}</Title>
        <Alert color="green" role="status">
          {sent} {t("signup.linkValid")}
        </Alert>
        <Text>{t("signup.notReceived")}</Text>
        <Button variant="light" w="fit-content" loading={busy} onClick={() => void run(() => resendActivation(email)).then((r) => r && setSent(lang === "fr" ? r.message : MAIL_SENT_EN))}>
          {t("activation.resend")}
        </Button>
        {error ? <ProblemAlert error={error} /> : null}
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>{t("signup.title")}</Title>
      <Text>{t("signup.intro")}</Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label={t("field.email")} type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <TextInput label={t("signup.name")} autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
          <PasswordInput
            label={t("field.password")}
            description={t("signup.passwordHint")}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {error ? <ProblemAlert error={error} /> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {t("signup.submit")}
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        {t("signup.already")}{" "}
        <Anchor component={Link} to="/connexion">
          {t("login.title")}
        </Anchor>
      </Text>
    </Stack>
  );
}
