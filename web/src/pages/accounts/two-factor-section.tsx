import { Alert, Button, Code, List, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { disableTotp, enableTotp, regenerateRecoveryCodes, setUpTotp, type TotpSetup } from "../../api/accounts";
import { useAuth, useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useAction } from "./use-action";

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <Alert color="yellow" title="Vos codes de secours (à garder en lieu sûr, affichés une seule fois)" role="status">
      <Text size="sm">Chacun permet une connexion si vous n'avez plus votre téléphone ; il ne sert qu'une fois.</Text>
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
        Double authentification
      </Title>
      {me.totpRequired ? (
        <Alert color="orange" mb="sm">
          En tant que gestionnaire, vous devez activer la double authentification pour agir sur vos structures.
        </Alert>
      ) : null}
      {codes ? <RecoveryCodes codes={codes} /> : null}
      {me.totpEnabled ? (
        <form onSubmit={turnOff}>
          <Stack gap="sm" maw={420}>
            <Text>Activée. Codes de secours restants : {me.recoveryCodesLeft}.</Text>
            <TextInput label="Code actuel de l'application" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
            <Button variant="light" w="fit-content" loading={busy} onClick={() =>
                void run(() => regenerateRecoveryCodes(code)).then(async (r) => {
                  if (!r) return;
                  setCodes(r.recoveryCodes);
                  await refresh();
                })
              }>
              Régénérer les codes de secours
            </Button>
            <PasswordInput label="Mot de passe (pour désactiver)" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" color="red" variant="light" w="fit-content" loading={busy}>
              Désactiver la double authentification
            </Button>
          </Stack>
        </form>
      ) : setup ? (
        <form onSubmit={confirm}>
          <Stack gap="sm" maw={560}>
            <Text>Ajoutez ce compte dans votre application d'authentification (saisie manuelle de la clé, ou lien otpauth), puis saisissez le code affiché.</Text>
            <Text>
              Clé : <Code>{setup.secret}</Code>
            </Text>
            <Text size="sm" style={{ wordBreak: "break-all" }}>
              Lien : <Code>{setup.otpauthUri}</Code>
            </Text>
            <TextInput label="Code à 6 chiffres" autoComplete="one-time-code" inputMode="numeric" required value={code} onChange={(e) => setCode(e.currentTarget.value)} />
            <Button type="submit" w="fit-content" loading={busy}>
              Activer
            </Button>
          </Stack>
        </form>
      ) : (
        <Stack gap="sm">
          <Text>Protégez votre compte avec une application d'authentification (TOTP) : un code à 6 chiffres vous sera demandé à chaque connexion.</Text>
          <Button w="fit-content" loading={busy} onClick={() => void run(setUpTotp).then((r) => r && setSetup(r))}>
            Configurer
          </Button>
        </Stack>
      )}
      {error ? <ProblemAlert error={error} /> : null}
    </section>
  );
}
