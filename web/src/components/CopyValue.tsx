import { Button, CopyButton } from "@mantine/core";
import { useT } from "../i18n/i18n";

/** A small "Copier" button putting `value` on the clipboard (e.g. a SIRET without its spaces); says when it did. */
export function CopyValue({ value, label }: { value: string; label: string }) {
  const t = useT();
  return (
    <CopyButton value={value} timeout={2000}>
      {({ copied, copy }) => (
        <Button variant="outline" size="compact-xs" onClick={copy} aria-label={copied ? t("copy.done") : label} ml="sm">
          <span aria-live="polite">{copied ? t("copy.done") : t("copy.button")}</span>
        </Button>
      )}
    </CopyButton>
  );
}
