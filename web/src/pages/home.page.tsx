import { Button, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { Link } from "react-router";
import { usePlatform } from "../api/use-platform";
import type { MessageKey } from "../i18n/fr";
import { useT } from "../i18n/i18n";
import { usePageTitle } from "../lib/use-page-title";

const STEPS: { title: MessageKey; text: MessageKey }[] = [
  { title: "home.step1.title", text: "home.step1.text" },
  { title: "home.step2.title", text: "home.step2.text" },
  { title: "home.step3.title", text: "home.step3.text" },
  { title: "home.step4.title", text: "home.step4.text" },
];

/** Home: how depositing works, in four plain steps, and where to find a recipient's SIRET and code service. */
export function HomePage() {
  const t = useT();
  const platform = usePlatform();
  usePageTitle(t("app.title"));
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>{t("home.title")}</Title>
        <Text size="lg" maw={760}>
          {t("home.intro", { name: platform.name })}
        </Text>
      </Stack>

      <section aria-labelledby="home-steps">
        <Title order={2} id="home-steps" mb="md">
          {t("home.stepsTitle")}
        </Title>
        <SimpleGrid component="ol" cols={{ base: 1, sm: 2, md: 4 }} spacing="md" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {STEPS.map((step, index) => (
            <Card component="li" key={step.title} withBorder padding="lg">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon size={36} radius="xl" aria-hidden="true">
                  {index + 1}
                </ThemeIcon>
                <Stack gap={4}>
                  <Title order={3} size="h4">
                    {t(step.title)}
                  </Title>
                  <Text size="sm">{t(step.text)}</Text>
                </Stack>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <section aria-labelledby="home-find">
          <Stack gap="sm" align="flex-start">
            <Title order={2} id="home-find" size="h3">
              {t("home.findTitle")}
            </Title>
            <Text>{t("home.findText")}</Text>
            <Button component={Link} to="/annuaire">
              {t("home.findLink")}
            </Button>
          </Stack>
        </section>
        <section aria-labelledby="home-verify">
          <Stack gap="sm" align="flex-start">
            <Title order={2} id="home-verify" size="h3">
              {t("home.verifyTitle")}
            </Title>
            <Text>{t("home.verifyText")}</Text>
            <Button component={Link} to="/verifier" variant="outline">
              {t("home.verifyLink")}
            </Button>
          </Stack>
        </section>
      </SimpleGrid>
    </Stack>
  );
}
