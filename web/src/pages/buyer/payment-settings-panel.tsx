import { Button, Checkbox, Group, NumberInput, Paper, Stack, Text, Title } from "@mantine/core";
import { useEffect, useState } from "react";
import { fieldErrors } from "../../api/client";
import { useAction } from "../../api/use-action";
import { useApi } from "../../api/use-api";
import { ActionStatus } from "../../components/ActionStatus";
import { useT } from "../../i18n/i18n";
import { getPaymentSettings, type PaymentSettings, savePaymentSettings } from "./buyer-api";
import { buyerMessages } from "./buyer.messages";

/** A public structure's payment delay and clock start: a form for its managers, the figures in force for its agents. */
export function PaymentSettingsPanel({ siret, name }: { siret: string; name: string | null }) {
  const t = useT(buyerMessages);
  const [version, setVersion] = useState(0);
  const { data: settings } = useApi<PaymentSettings>(`${siret}:${version}`, (signal) => getPaymentSettings(siret, { signal }));
  const [delay, setDelay] = useState<number | string>("");
  const [fromSf, setFromSf] = useState(false);
  const { busy, error, run } = useAction();
  const [said, setSaid] = useState("");
  useEffect(() => {
    if (!settings) return;
    setDelay(settings.delayDays);
    setFromSf(settings.fromServiceFait);
  }, [settings]);
  if (!settings) return null;
  const save = () =>
    run(async () => {
      const saved = await savePaymentSettings(siret, { delayDays: Number(delay), fromServiceFait: fromSf });
      setSaid(t("settings.saved", { days: saved.delayDays }));
      setVersion((v) => v + 1);
    });
  const current = t("settings.current", { days: settings.delayDays, from: t(settings.fromServiceFait ? "settings.fromSf" : "settings.fromDeposit") });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="payment-settings-title" data-testid="payment-settings">
      <Stack gap="xs">
        <Title order={2} size="h4" id="payment-settings-title">
          {t("settings.title")}
        </Title>
        <Text size="sm">{t("settings.intro", { name: name ?? siret })}</Text>
        <Text size="sm" fw={600}>
          {current}
        </Text>
        {settings.canEdit ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <Stack gap="xs">
              <NumberInput
                label={t("settings.delay")}
                value={delay}
                onChange={setDelay}
                min={settings.minDays}
                max={settings.maxDays}
                allowDecimal={false}
                allowNegative={false}
                required
                w={160}
                error={error ? fieldErrors(error).delayDays : undefined}
              />
              <Checkbox label={t("settings.fromServiceFait")} checked={fromSf} onChange={(e) => setFromSf(e.currentTarget.checked)} />
              <Group>
                <Button type="submit" size="xs" loading={busy} disabled={delay === ""}>
                  {t("settings.save")}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="sm" c="dimmed">
            {t("settings.readOnly")}
          </Text>
        )}
        <ActionStatus said={said} error={error} />
      </Stack>
    </Paper>
  );
}
