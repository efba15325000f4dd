import { Anchor, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useT } from "../i18n/i18n";
import { usePageTitle } from "../lib/use-page-title";

/** Any address the routes do not know. */
export function NotFoundPage() {
  const t = useT();
  usePageTitle(t("notFound.title"));
  return (
    <Stack>
      <Title order={1}>{t("notFound.title")}</Title>
      <Text>
        {t("notFound.text")}{" "}
        <Anchor component={Link} to="/">
          {t("notFound.back")}
        </Anchor>
      </Text>
    </Stack>
  );
}
