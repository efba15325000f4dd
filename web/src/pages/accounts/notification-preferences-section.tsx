import { Alert, Button, Radio, Stack, Switch, Text, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import type * as Contract from "../../../../src/modules/accounts/notification-preferences.schemas";
import { apiGet, apiPut } from "../../api/client";
import { useApi } from "../../api/use-api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useT } from "../../i18n/i18n";
import { myAccountMessages } from "./my-account.messages";
import { useAction } from "../../api/use-action";

type Preferences = Contract.NotificationPreferencesView;
type Body = Contract.NotificationPreferencesBody;

const URL = "/api/v1/me/notification-preferences";
const getPreferences = (signal: AbortSignal) => apiGet<Preferences>(URL, { signal });
const savePreferences = (body: Body) => apiPut<Preferences>(URL, body);

const MODES = ["IMMEDIATE", "DAILY", "OFF"] as const satisfies ReadonlyArray<Body["newInvoices"]>;

/** « E-mails de notification » on /mon-compte: new received invoices (at once, daily, never) and status changes. */
export function NotificationPreferencesSection() {
  const t = useT(myAccountMessages);
  const loaded = useApi("notification-preferences", getPreferences);
  const [form, setForm] = useState<Body | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const save$ = useAction();
  useEffect(() => {
    if (loaded.data) setForm({ newInvoices: loaded.data.newInvoices, statusChanges: loaded.data.statusChanges });
  }, [loaded.data]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setDone(null);
    if (await save$.run(() => savePreferences(form))) setDone(t("notif.saved"));
  };
  const concerns = loaded.data?.concerns;
  return (
    <form onSubmit={submit} aria-labelledby="notifications-title">
      <Stack gap="sm">
        <Title order={2} id="notifications-title">
          {t("notif.title")}
        </Title>
        {loaded.error ? <ProblemAlert error={loaded.error} /> : null}
        {form && concerns ? (
          <>
            {!concerns.receivedInvoices && !concerns.sentInvoices ? (
              <Text>{t("notif.none")}</Text>
            ) : null}
            {concerns.receivedInvoices ? (
              <Radio.Group
                label={t("notif.newInvoices")}
                description={t("notif.newInvoicesHint")}
                value={form.newInvoices}
                onChange={(value) => setForm({ ...form, newInvoices: value as Body["newInvoices"] })}
              >
                <Stack gap="xs" mt="xs">
                  {MODES.map((mode) => (
                    <Radio key={mode} value={mode} label={t(`notif.${mode}`)} description={t(`notif.${mode}.hint`)} />
                  ))}
                </Stack>
              </Radio.Group>
            ) : null}
            {concerns.sentInvoices ? (
              <Switch
                label={t("notif.statusChanges")}
                description={t("notif.statusChangesHint")}
                checked={form.statusChanges}
                onChange={(e) => setForm({ ...form, statusChanges: e.currentTarget.checked })}
              />
            ) : null}
            {save$.error ? <ProblemAlert error={save$.error} /> : done ? <Alert color="green" role="status">{done}</Alert> : null}
            {concerns.receivedInvoices || concerns.sentInvoices ? (
              <Button type="submit" w="fit-content" loading={save$.busy}>
                {t("notif.save")}
              </Button>
            ) : null}
          </>
        ) : null}
      </Stack>
    </form>
  );
}
