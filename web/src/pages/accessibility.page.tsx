import { List, Stack, Text, Title } from "@mantine/core";
import { usePlatform } from "../api/use-platform";
import { useT } from "../i18n/i18n";
import { usePageTitle } from "../lib/use-page-title";

/** `/accessibilite`: the accessibility statement French public bodies must publish (RGAA), honest about no audit yet. */
export function AccessibilityPage() {
  const t = useT();
  const { name } = usePlatform();
  usePageTitle(t("a11y.title"));
  return (
    <Stack gap="md" maw={760}>
      <Title order={1}>{t("a11y.title")}</Title>
      <Text>{t("a11y.intro", { name })}</Text>
      <Title order={2} size="h3">
        {t("a11y.statusTitle")}
      </Title>
      <Text>{t("a11y.status")}</Text>
      <Title order={2} size="h3">
        {t("a11y.doneTitle")}
      </Title>
      <List spacing="xs">
        <List.Item>{t("a11y.done1")}</List.Item>
        <List.Item>{t("a11y.done2")}</List.Item>
        <List.Item>{t("a11y.done3")}</List.Item>
        <List.Item>{t("a11y.done4")}</List.Item>
      </List>
      <Title order={2} size="h3">
        {t("a11y.contactTitle")}
      </Title>
      <Text>{t("a11y.contact", { name })}</Text>
    </Stack>
  );
}
