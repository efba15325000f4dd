import { Alert, Text } from "@mantine/core";
import { type ApiError, NETWORK_ERROR } from "../api/client";
import { useT } from "../i18n/i18n";

/**
 * An API error for people: a title in the current language and the server's French detail
 * (marked `lang="fr"` so screen readers pronounce it right when the page is in English).
 */
export function ProblemAlert({ error, title }: { error: ApiError; title?: string }) {
  const t = useT();
  const network = error.code === NETWORK_ERROR;
  return (
    <Alert color="red" variant="light" role="alert" {...(title ? { title } : {})}>
      {network ? <Text>{t("error.network")}</Text> : <Text lang="fr">{error.detail || t("error.generic")}</Text>}
    </Alert>
  );
}
