import { Accordion, Badge, Code, Group, List, Text } from "@mantine/core";
import type { ValidationFinding } from "../../api/validation";
import { useT } from "../../i18n/i18n";
import { verifyMessages } from "./verify.messages";

/** Findings grouped by the part of the invoice they concern, errors before warnings inside each part. */
export function FindingsByPart({ findings }: { findings: readonly ValidationFinding[] }) {
  const t = useT(verifyMessages);
  const parts = new Map<string, { label: string; items: ValidationFinding[] }>();
  for (const f of findings) {
    const part = parts.get(f.part) ?? { label: f.partLabel, items: [] };
    part.items.push(f);
    parts.set(f.part, part);
  }
  const ordered = [...parts.entries()].sort(([, a], [, b]) => fatalCount(b.items) - fatalCount(a.items));
  return (
    <Accordion multiple defaultValue={ordered.filter(([, p]) => fatalCount(p.items) > 0).map(([k]) => k)} variant="separated">
      {ordered.map(([key, part]) => (
        <Accordion.Item key={key} value={key}>
          <Accordion.Control>
            <Group gap="sm">
              <Text fw={600}>{part.label}</Text>
              {fatalCount(part.items) ? <Badge color="red.8">{t("findings.errors", { count: fatalCount(part.items) })}</Badge> : null}
              {part.items.length - fatalCount(part.items) ? (
                <Badge color="yellow.9" variant="light">
                  {t("findings.warnings", { count: part.items.length - fatalCount(part.items) })}
                </Badge>
              ) : null}
            </Group>
          </Accordion.Control>
          <Accordion.Panel>
            <List spacing="sm" style={{ overflowWrap: "anywhere" }}>
              {[...part.items].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "fatal" ? -1 : 1)).map((f) => (
                <List.Item key={`${f.rule}-${f.path}`}>
                  <Text size="sm">
                    <strong>{f.severity === "fatal" ? t("findings.error") : t("findings.warning")}</strong> {f.message}
                  </Text>
                  <Text size="xs" c="dimmed">
                    <Code>{f.rule}</Code> {f.terms.length ? `(${f.terms.join(", ")})` : null} — {t("findings.where", { line: f.line })} <Code>{f.path}</Code>
                  </Text>
                </List.Item>
              ))}
            </List>
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}

function fatalCount(items: readonly ValidationFinding[]): number {
  return items.filter((f) => f.severity === "fatal").length;
}
