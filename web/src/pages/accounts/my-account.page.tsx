import { Alert, Anchor, Button, Group, PasswordInput, Stack, Table, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { changeEmail, changePassword, listMyEvents, logOutEverywhere, updateMe } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { useAuth, useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePageTitle } from "../../lib/use-page-title";
import { NotificationPreferencesSection } from "./notification-preferences-section";
import { TwoFactorSection } from "./two-factor-section";
import { useAction } from "./use-action";

const EVENT_LABELS: Record<string, string> = {
  "account.signed_up": "Compte créé",
  "account.activated": "Compte activé",
  "login.succeeded": "Connexion",
  "login.failed": "Échec de connexion",
  "login.totp_failed": "Code d'authentification refusé",
  logout: "Déconnexion",
  "logout.everywhere": "Déconnexion de tous les appareils",
  "password.changed": "Mot de passe changé",
  "password.reset": "Mot de passe réinitialisé",
  "password.reset_requested": "Réinitialisation demandée",
  "email.change_requested": "Changement d'adresse demandé",
  "email.changed": "Adresse changée",
  "totp.enabled": "Double authentification activée",
  "totp.disabled": "Double authentification désactivée",
  "totp.recovery_code_used": "Code de secours utilisé",
};

function Done({ text }: { text: string | null }) {
  return text ? <Alert color="green" role="status">{text}</Alert> : null;
}

/** `/mon-compte`: name, login address, password, 2FA, sessions and the account's journal. */
export function MyAccountPage() {
  usePageTitle("Mon compte");
  const me = useMe();
  const { refresh, signOut } = useAuth();
  const navigate = useNavigate();
  const [name, setName] = useState(me.displayName);
  const [newEmail, setNewEmail] = useState("");
  const [emailPassword, setEmailPassword] = useState("");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [done, setDone] = useState<Record<string, string | null>>({});
  const name$ = useAction();
  const email$ = useAction();
  const password$ = useAction();
  const sessions$ = useAction();
  const events = useApi("events", (signal) => listMyEvents(signal));
  const say = (key: string, text: string) => setDone((d) => ({ ...d, [key]: text }));

  const saveName = async (e: FormEvent) => {
    e.preventDefault();
    if (await name$.run(() => updateMe(name))) {
      say("name", "Nom enregistré.");
      await refresh();
    }
  };
  const saveEmail = async (e: FormEvent) => {
    e.preventDefault();
    const r = await email$.run(() => changeEmail(newEmail, emailPassword));
    if (r) say("email", r.message);
  };
  const savePassword = async (e: FormEvent) => {
    e.preventDefault();
    if (await password$.run(() => changePassword(current, next))) say("password", "Mot de passe changé ; vos autres sessions sont fermées.");
  };
  return (
    <Stack gap="xl" maw={720}>
      <Group justify="space-between">
        <Title order={1}>Mon compte</Title>
        <Button
          variant="light"
          onClick={() => {
            void signOut().then(() => navigate("/connexion", { replace: true }));
          }}
        >
          Se déconnecter
        </Button>
      </Group>
      {me.platformAdmin ? (
        <Anchor component={Link} to="/admin">
          Administration de la plateforme
        </Anchor>
      ) : null}
      <form onSubmit={saveName} aria-labelledby="identity-title">
        <Stack gap="sm">
          <Title order={2} id="identity-title">
            Identité
          </Title>
          <TextInput label="Adresse de connexion" value={me.email} readOnly />
          <TextInput label="Nom et prénom" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          {name$.error ? <ProblemAlert error={name$.error} /> : <Done text={done.name ?? null} />}
          <Button type="submit" w="fit-content" loading={name$.busy}>
            Enregistrer
          </Button>
        </Stack>
      </form>
      <form onSubmit={saveEmail} aria-labelledby="email-title">
        <Stack gap="sm">
          <Title order={2} id="email-title">
            Changer d'adresse de connexion
          </Title>
          <TextInput label="Nouvelle adresse" type="email" required value={newEmail} onChange={(e) => setNewEmail(e.currentTarget.value)} />
          <PasswordInput label="Mot de passe actuel" autoComplete="current-password" required value={emailPassword} onChange={(e) => setEmailPassword(e.currentTarget.value)} />
          {email$.error ? <ProblemAlert error={email$.error} /> : <Done text={done.email ?? null} />}
          <Button type="submit" w="fit-content" loading={email$.busy}>
            Envoyer le lien de confirmation
          </Button>
        </Stack>
      </form>
      <form onSubmit={savePassword} aria-labelledby="password-title">
        <Stack gap="sm">
          <Title order={2} id="password-title">
            Changer de mot de passe
          </Title>
          <PasswordInput label="Mot de passe actuel" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.currentTarget.value)} />
          <PasswordInput label="Nouveau mot de passe" description="Au moins 12 caractères." autoComplete="new-password" required value={next} onChange={(e) => setNext(e.currentTarget.value)} />
          {password$.error ? <ProblemAlert error={password$.error} /> : <Done text={done.password ?? null} />}
          <Button type="submit" w="fit-content" loading={password$.busy}>
            Changer
          </Button>
        </Stack>
      </form>
      <TwoFactorSection />
      <NotificationPreferencesSection />
      <section aria-labelledby="sessions-title">
        <Stack gap="sm">
          <Title order={2} id="sessions-title">
            Sessions et journal
          </Title>
          <Button color="red" variant="light" w="fit-content" loading={sessions$.busy} onClick={() =>
              void sessions$.run(logOutEverywhere).then((r) => r && signOut().then(() => navigate("/connexion", { replace: true })))
            }>
            Se déconnecter de tous les appareils
          </Button>
          {sessions$.error ? <ProblemAlert error={sessions$.error} /> : null}
          {events.data ? (
            <Table striped aria-label="Journal du compte">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Quand (UTC)</Table.Th>
                  <Table.Th scope="col">Quoi</Table.Th>
                  <Table.Th scope="col">D'où</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.map((e) => (
                  <Table.Tr key={`${e.at}-${e.event}-${e.ip ?? ""}`}>
                    <Table.Td>{e.at.slice(0, 16).replace("T", " ")}</Table.Td>
                    <Table.Td>{EVENT_LABELS[e.event] ?? e.event}</Table.Td>
                    <Table.Td>{e.ip ?? "—"}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
        </Stack>
      </section>
    </Stack>
  );
}
