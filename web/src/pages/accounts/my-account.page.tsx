import { Alert, Anchor, Button, Group, PasswordInput, Stack, Table, TextInput, Title } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { Link, useNavigate } from "react-router";
import { changeEmail, changePassword, listMyEvents, logOutEverywhere, updateMe } from "../../api/accounts";
import { useApi } from "../../api/use-api";
import { useAuth, useMe } from "../../auth/auth-context";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useI18n, useT } from "../../i18n/i18n";
import { formatInstant } from "../../lib/locale-format";
import { usePageTitle } from "../../lib/use-page-title";
import { myAccountMessages } from "./my-account.messages";
import { NotificationPreferencesSection } from "./notification-preferences-section";
import { TwoFactorSection } from "./two-factor-section";
import { useAction } from "../../api/use-action";

type EventKey = Extract<keyof (typeof myAccountMessages)["fr"], `event.${string}`>;
const isEventKey = (key: string): key is EventKey => key in myAccountMessages.fr;

function Done({ text }: { text: string | null }) {
  return text ? <Alert color="green" role="status">{text}</Alert> : null;
}

/** `/mon-compte`: name, login address, password, 2FA, sessions and the account's journal. */
export function MyAccountPage() {
  const t = useT(myAccountMessages);
  const { lang } = useI18n();
  usePageTitle(t("account.title"));
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
  const eventLabel = (event: string) => {
    const key = `event.${event}`;
    return isEventKey(key) ? t(key) : event;
  };
  const say = (key: string, text: string) => setDone((d) => ({ ...d, [key]: text }));

  const saveName = async (e: FormEvent) => {
    e.preventDefault();
    if (await name$.run(() => updateMe(name))) {
      say("name", t("account.nameSaved"));
      await refresh();
    }
  };
  const saveEmail = async (e: FormEvent) => {
    e.preventDefault();
    const r = await email$.run(() => changeEmail(newEmail, emailPassword));
    if (r) say("email", lang === "fr" ? r.message : t("account.confirmationSent"));
  };
  const savePassword = async (e: FormEvent) => {
    e.preventDefault();
    if (await password$.run(() => changePassword(current, next))) say("password", t("account.passwordChanged"));
  };
  return (
    <Stack gap="xl" maw={720}>
      <Group justify="space-between">
        <Title order={1}>{t("account.title")}</Title>
        <Button
          variant="light"
          onClick={() => {
            void signOut().then(() => navigate("/connexion", { replace: true }));
          }}
        >
          {t("account.signOut")}
        </Button>
      </Group>
      {me.platformAdmin ? (
        <Anchor component={Link} to="/admin">
          {t("account.admin")}
        </Anchor>
      ) : null}
      <form onSubmit={saveName} aria-labelledby="identity-title">
        <Stack gap="sm">
          <Title order={2} id="identity-title">
            {t("account.identity")}
          </Title>
          <TextInput label={t("account.loginAddress")} value={me.email} readOnly />
          <TextInput label={t("account.name")} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          {name$.error ? <ProblemAlert error={name$.error} /> : <Done text={done.name ?? null} />}
          <Button type="submit" w="fit-content" loading={name$.busy}>
            {t("account.save")}
          </Button>
        </Stack>
      </form>
      <form onSubmit={saveEmail} aria-labelledby="email-title">
        <Stack gap="sm">
          <Title order={2} id="email-title">
            {t("account.emailTitle")}
          </Title>
          <TextInput label={t("account.newEmail")} type="email" required value={newEmail} onChange={(e) => setNewEmail(e.currentTarget.value)} />
          <PasswordInput label={t("account.currentPassword")} autoComplete="current-password" required value={emailPassword} onChange={(e) => setEmailPassword(e.currentTarget.value)} />
          {email$.error ? <ProblemAlert error={email$.error} /> : <Done text={done.email ?? null} />}
          <Button type="submit" w="fit-content" loading={email$.busy}>
            {t("account.sendConfirmation")}
          </Button>
        </Stack>
      </form>
      <form onSubmit={savePassword} aria-labelledby="password-title">
        <Stack gap="sm">
          <Title order={2} id="password-title">
            {t("account.passwordTitle")}
          </Title>
          <PasswordInput label={t("account.currentPassword")} autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.currentTarget.value)} />
          <PasswordInput label={t("account.newPassword")} description={t("account.newPasswordHint")} autoComplete="new-password" required value={next} onChange={(e) => setNext(e.currentTarget.value)} />
          {password$.error ? <ProblemAlert error={password$.error} /> : <Done text={done.password ?? null} />}
          <Button type="submit" w="fit-content" loading={password$.busy}>
            {t("account.change")}
          </Button>
        </Stack>
      </form>
      <TwoFactorSection />
      <NotificationPreferencesSection />
      <section aria-labelledby="sessions-title">
        <Stack gap="sm">
          <Title order={2} id="sessions-title">
            {t("account.sessionsTitle")}
          </Title>
          <Button color="red" variant="light" w="fit-content" loading={sessions$.busy} onClick={() =>
              void sessions$.run(logOutEverywhere).then((r) => r && signOut().then(() => navigate("/connexion", { replace: true })))
            }>
            {t("account.signOutEverywhere")}
          </Button>
          {sessions$.error ? <ProblemAlert error={sessions$.error} /> : null}
          {events.data ? (
            <Table striped aria-label={t("account.logLabel")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("account.when")}</Table.Th>
                  <Table.Th scope="col">{t("account.what")}</Table.Th>
                  <Table.Th scope="col">{t("account.from")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {events.data.map((e) => (
                  <Table.Tr key={`${e.at}-${e.event}-${e.ip ?? ""}`}>
                    <Table.Td>{formatInstant(e.at, lang, "UTC")}</Table.Td>
                    <Table.Td>{eventLabel(e.event)}</Table.Td>
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
