import { Alert, Anchor, Button, Center, Loader, Stack, TextInput, Title } from "@mantine/core";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link, useLocation } from "react-router";
import { activate, confirmEmail, resendActivation, tokenFromHash } from "../../api/accounts";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { useAction } from "./use-action";

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
  usePageTitle("Activation du compte");
  const { token, result, error } = useSpendToken(activate);
  const [email, setEmail] = useState("");
  const resend = useAction();
  const [resent, setResent] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const r = await resend.run(() => resendActivation(email));
    if (r) setResent(r.message);
  };
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>Activation du compte</Title>
      {result ? (
        <>
          <Alert color="green" role="status">
            Votre compte {result.email} est activé.
          </Alert>
          <Anchor component={Link} to={`/connexion?email=${encodeURIComponent(result.email)}`}>
            Se connecter
          </Anchor>
        </>
      ) : error || !token ? (
        <>
          {error ? <ProblemAlert error={error} /> : <Alert color="red">Ce lien est incomplet.</Alert>}
          <form onSubmit={submit}>
            <Stack gap="sm">
              <TextInput label="Adresse e-mail du compte" type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
              <Button type="submit" variant="light" w="fit-content" loading={resend.busy}>
                Recevoir un nouveau lien
              </Button>
              {resent ? <Alert color="green" role="status">{resent}</Alert> : null}
              {resend.error ? <ProblemAlert error={resend.error} /> : null}
            </Stack>
          </form>
        </>
      ) : (
        <Center py="xl">
          <Loader aria-label="Activation en cours" />
        </Center>
      )}
    </Stack>
  );
}

/** `/confirmer-email#token=…`: confirms a new login address. */
export function ConfirmEmailPage() {
  usePageTitle("Confirmation de l'adresse");
  const { token, result, error } = useSpendToken(confirmEmail);
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>Confirmation de la nouvelle adresse</Title>
      {result ? (
        <Alert color="green" role="status">
          Votre adresse de connexion est désormais {result.email}.
        </Alert>
      ) : error ? (
        <ProblemAlert error={error} />
      ) : !token ? (
        <Alert color="red">Ce lien est incomplet.</Alert>
      ) : (
        <Loader aria-label="Confirmation en cours" />
      )}
      <Anchor component={Link} to="/mon-compte">
        Mon compte
      </Anchor>
    </Stack>
  );
}
