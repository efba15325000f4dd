import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import { resendActivation, signUp } from "../../api/accounts";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { useAction } from "./use-action";

/** `/inscription`: e-mail, name and password; an activation link valid 60 minutes is mailed. */
export function SignUpPage() {
  usePageTitle("Créer un compte");
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [password, setPassword] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await run(() => signUp({ email, password, displayName }));
    if (done) setSent(done.message);
  };
  if (sent) {
    return (
      <Stack gap="md" maw={560}>
        <Title order={1}>Vérifiez votre messagerie</Title>
        <Alert color="green" role="status">
          {sent} Le lien d'activation est valable 60 minutes.
        </Alert>
        <Text>Pas reçu ? Vous pouvez demander un nouveau lien.</Text>
        <Button variant="light" w="fit-content" loading={busy} onClick={() => void run(() => resendActivation(email)).then((r) => r && setSent(r.message))}>
          Renvoyer le lien d'activation
        </Button>
        {error ? <ProblemAlert error={error} /> : null}
      </Stack>
    );
  }
  return (
    <Stack gap="md" maw={560}>
      <Title order={1}>Créer un compte</Title>
      <Text>Un compte par personne : vous le rattacherez ensuite à votre entreprise ou à votre structure par son SIRET.</Text>
      <form onSubmit={submit}>
        <Stack gap="sm">
          <TextInput label="Adresse e-mail" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
          <TextInput label="Nom et prénom" autoComplete="name" required value={displayName} onChange={(e) => setDisplayName(e.currentTarget.value)} />
          <PasswordInput
            label="Mot de passe"
            description="Au moins 12 caractères ; une phrase facile à retenir convient très bien. Les mots de passe trop courants sont refusés."
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          {error ? <ProblemAlert error={error} /> : null}
          <Button type="submit" loading={busy} w="fit-content">
            Créer mon compte
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        Déjà un compte ?{" "}
        <Anchor component={Link} to="/connexion">
          Se connecter
        </Anchor>
      </Text>
    </Stack>
  );
}
