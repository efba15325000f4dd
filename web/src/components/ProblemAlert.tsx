import { Alert, Text } from "@mantine/core";
import { type ApiError, NETWORK_ERROR } from "../api/client";
import { useT } from "../i18n/i18n";

/**
 * An API error for people: a title in the current language and the server's detail, in the page's language when
 * the server has it (the problem's `lang` says which; marked so screen readers pronounce a French one right).
 */
export function ProblemAlert({ error, title }: { error: ApiError; title?: string }) {
  const t = useT();
  const network = error.code === NETWORK_ERROR;
  return (
    <Alert color="red" variant="light" role="alert" {...(title ? { title } : {})}>
      {network ? <Text>{t("error.network")}</Text> : <Text lang={error.detail ? (error.problem.lang ?? "fr") : undefined}>{error.detail || t("error.generic")}</Text>}
    </Alert>
  );
}
