import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { logIn, requestReset, resendActivation, resetPassword, tokenFromHash } from "../../api/accounts";
import { useAuth } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { useAction } from "./use-action";

/** `/connexion`: e-mail and password, then the authenticator code (or a recovery code) when 2FA is on. */
export function LoginPage() {
  usePageTitle("Se connecter");
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
      <Title order={1}>Se connecter</Title>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label="Adresse e-mail" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} readOnly={needsCode} />
          <PasswordInput label="Mot de passe" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} readOnly={needsCode} />
          {needsCode ? (
            <>
              <TextInput
                label={useRecovery ? "Code de secours" : "Code de l'application d'authentification (6 chiffres)"}
                autoComplete="one-time-code"
                inputMode={useRecovery ? "text" : "numeric"}
                required
                autoFocus
                value={code}
                onChange={(e) => setCode(e.currentTarget.value)}
              />
              <Anchor component="button" type="button" size="sm" w="fit-content" onClick={() => setUseRecovery(!useRecovery)}>
                {useRecovery ? "Utiliser l'application d'authentification" : "Utiliser un code de secours"}
              </Anchor>
            </>
          ) : null}
          {error ? <ProblemAlert error={error} /> : null}
          {error?.code === "ACCOUNT_NOT_ACTIVATED" ? (
            <Button variant="light" w="fit-content" onClick={() => void resendActivation(email).then((r) => setResent(r.message))}>
              Renvoyer le lien d'activation
            </Button>
          ) : null}
          {resent ? <Alert color="green" role="status">{resent}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            {needsCode ? "Valider le code" : "Se connecter"}
          </Button>
        </Stack>
      </form>
      <Group gap="lg">
        <Anchor component={Link} to="/mot-de-passe-oublie" size="sm">
          Mot de passe oublié
        </Anchor>
        <Anchor component={Link} to="/inscription" size="sm">
          Créer un compte
        </Anchor>
      </Group>
    </Stack>
  );
}

/** `/mot-de-passe-oublie`: mails a reset link (same answer whether the address has an account). */
export function ForgotPasswordPage() {
  usePageTitle("Mot de passe oublié");
  const [email, setEmail] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await run(() => requestReset(email));
    if (r) setSent(r.message);
  };
  return (
    <Stack gap="md" maw={480}>
      <Title order={1}>Mot de passe oublié</Title>
      <Text>Saisissez l'adresse de votre compte : vous recevrez un lien valable 60 minutes pour choisir un nouveau mot de passe.</Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label="Adresse e-mail" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          {error ? <ProblemAlert error={error} /> : null}
          {sent ? <Alert color="green" role="status">{sent}</Alert> : null}
          <Button type="submit" loading={busy} w="fit-content">
            Recevoir le lien
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

/** `/reinitialisation#token=…`: chooses a new password; every session closes. */
export function ResetPasswordPage() {
  usePageTitle("Nouveau mot de passe");
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
      <Title order={1}>Choisir un nouveau mot de passe</Title>
      {done ? (
        <>
          <Alert color="green" role="status">
            Votre mot de passe est changé ; vos sessions ouvertes ont été fermées.
          </Alert>
          <Anchor component={Link} to="/connexion">
            Se connecter
          </Anchor>
        </>
      ) : (
        <form onSubmit={submit}>
          <Stack gap="sm">
            <PasswordInput label="Nouveau mot de passe" description="Au moins 12 caractères." autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            {error ? <ProblemAlert error={error} /> : null}
            <Button type="submit" loading={busy} w="fit-content">
              Enregistrer
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
