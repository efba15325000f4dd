import { Alert, Button, Radio, Stack, Switch, Text, Title } from "@mantine/core";
import { type FormEvent, useEffect, useState } from "react";
import type * as Contract from "../../../../src/modules/accounts/notification-preferences.schemas";
import { apiGet, apiPut } from "../../api/client";
import { useApi } from "../../api/use-api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useAction } from "./use-action";

type Preferences = Contract.NotificationPreferencesView;
type Body = Contract.NotificationPreferencesBody;

const URL = "/api/v1/me/notification-preferences";
const getPreferences = (signal: AbortSignal) => apiGet<Preferences>(URL, { signal });
const savePreferences = (body: Body) => apiPut<Preferences>(URL, body);

const MODES: Array<{ value: Body["newInvoices"]; label: string; description: string }> = [
  { value: "IMMEDIATE", label: "À chaque facture", description: "Un e-mail dès qu'une facture arrive dans vos services." },
  { value: "DAILY", label: "Un récapitulatif par jour", description: "Un seul e-mail chaque matin (à partir de 7 h) avec les factures arrivées depuis la veille." },
  { value: "OFF", label: "Jamais", description: "Vous consultez les factures reçues dans Guichet." },
];

/** « E-mails de notification » on /mon-compte: new received invoices (at once, daily, never) and status changes. */
export function NotificationPreferencesSection() {
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
    if (await save$.run(() => savePreferences(form))) setDone("Préférences enregistrées.");
  };
  const concerns = loaded.data?.concerns;
  return (
    <form onSubmit={submit} aria-labelledby="notifications-title">
      <Stack gap="sm">
        <Title order={2} id="notifications-title">
          E-mails de notification
        </Title>
        {loaded.error ? <ProblemAlert error={loaded.error} /> : null}
        {form && concerns ? (
          <>
            {!concerns.receivedInvoices && !concerns.sentInvoices ? (
              <Text>Aucun e-mail ne vous concerne tant que vous n'êtes rattaché(e) à aucune structure.</Text>
            ) : null}
            {concerns.receivedInvoices ? (
              <Radio.Group
                label="Nouvelles factures reçues"
                description="Pour les factures adressées aux services que vous traitez."
                value={form.newInvoices}
                onChange={(value) => setForm({ ...form, newInvoices: value as Body["newInvoices"] })}
              >
                <Stack gap="xs" mt="xs">
                  {MODES.map((m) => (
                    <Radio key={m.value} value={m.value} label={m.label} description={m.description} />
                  ))}
                </Stack>
              </Radio.Group>
            ) : null}
            {concerns.sentInvoices ? (
              <Switch
                label="Changements de statut de mes factures émises"
                description="Un e-mail quand l'acheteur suspend, rejette, met en paiement… une facture de vos structures."
                checked={form.statusChanges}
                onChange={(e) => setForm({ ...form, statusChanges: e.currentTarget.checked })}
              />
            ) : null}
            {save$.error ? <ProblemAlert error={save$.error} /> : done ? <Alert color="green" role="status">{done}</Alert> : null}
            {concerns.receivedInvoices || concerns.sentInvoices ? (
              <Button type="submit" w="fit-content" loading={save$.busy}>
                Enregistrer mes préférences
              </Button>
            ) : null}
          </>
        ) : null}
      </Stack>
    </form>
  );
}
