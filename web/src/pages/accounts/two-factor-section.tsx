import { Alert, Button, Code, List, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { disableTotp, enableTotp, regenerateRecoveryCodes, setUpTotp, type TotpSetup } from "../../api/accounts";
import { useAuth, useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { richText } from "../../lib/rich-text";
import { authMessages } from "./auth.messages";
import { useAction } from "../../api/use-action";

function RecoveryCodes({ codes }: { codes: string[] }) {
  const t = useT(authMessages);
  return (
    <Alert color="yellow" title={t("totp.codesTitle")} role="status">
      <Text size="sm">{t("totp.codesText")}</Text>
      <List spacing={2} mt="xs">
        {codes.map((c) => (
          <List.Item key={c}>
            <Code>{c}</Code>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The 2FA part of "my account": set up with an authenticator app, recovery codes, turn off. */
export function TwoFactorSection() {
  const t = useT(authMessages);
  const me = useMe();
  const { refresh } = useAuth();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [code, setCode] = useState("");
  const [password, setPassword] = useState("");
  const [codes, setCodes] = useState<string[] | null>(null);
  const { busy, error, run } = useAction();
  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    const r = await run(() => enableTotp(code));
    if (r) {
      setCodes(r.recoveryCodes);
      setSetup(null);
      setCode("");
      await refresh();
    }
  };
  const turnOff = async (event: FormEvent) => {
    event.preventDefault();
    if (await run(() => disableTotp(password, code))) {
      setCode("");
      setPassword("");
      await refresh();
    }
  };
  return (
    <section aria-labelledby="totp-title">
      <Title order={2} id="totp-title" mb="sm">
        {t("totp.title")}
      </Title>
      {me.totpRequired ? (
        <Alert color="orange" mb="sm">
          {t("totp.required")}
        </Alert>
      ) : null}
      {codes ? <RecoveryCodes codes={codes} /> : null}
      {me.totpEnabled ? (
        <form onSubmit={turnOff}>
          <Stack gap="sm" maw={420}>
            <Text>{t("totp.on", { count: me.recoveryCodesLeft })}</Text>
            <TextInput label={t("totp.currentCode")} autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
            <Button variant="light" w="fit-content" loading={busy} onClick={() =>
                void run(() => regenerateRecoveryCodes(code)).then(async (r) => {
                  if (!r) return;
                  setCodes(r.recoveryCodes);
                  await refresh();
                })
              }>
              {t("totp.regenerate")}
            </Button>
            <PasswordInput label={t("totp.passwordToDisable")} autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" color="red" variant="light" w="fit-content" loading={busy}>
              {t("totp.disable")}
            </Button>
          </Stack>
        </form>
      ) : setup ? (
        <form onSubmit={confirm}>
          <Stack gap="sm" maw={560}>
            <Text>{t("totp.setupText")}</Text>
            <Text>{richText(t("totp.key"), { key: <Code>{setup.secret}</Code> })}</Text>
            <Text size="sm" style={{ wordBreak: "break-all" }}>
              {richText(t("totp.link"), { link: <Code>{setup.otpauthUri}</Code> })}
            </Text>
            <TextInput label={t("totp.code6")} autoComplete="one-time-code" inputMode="numeric" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
            <Button type="submit" w="fit-content" loading={busy}>
              {t("totp.enable")}
            </Button>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <Text>{t("totp.intro")}</Text>
          <Button w="fit-content" loading={busy} onClick={() => void run(setUpTotp).then((r) => r && setSetup(r))}>
            {t("totp.configure")}
          </Button>
        </Stack>
      )}
      {error ? <ProblemAlert error={error} /> : null}
    </section>
  );
}
