import { Anchor, Badge, Card, Group, Stack, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../api/client";
import { enumValues } from "../../api/enums";
import { enumLabel } from "../../i18n/enumLabels";
import { useFormat } from "../../i18n/format";
import classes from "./AuditEntryList.module.css";
import { changedFields, formatAuditValue } from "./changedFields";

type AuditEntry = Schema<"AuditEntry">;
type ActorKind = Schema<"ActorKind">;

interface AuditEntryListProps {
  entries: readonly AuditEntry[];
  /** Show which record each entry is about (off for one record's own history). */
  showRecord?: boolean;
  /** The list's accessible name. */
  label?: string;
}

const knownRecordTypes = ["Project", "Organization", "Country", "Solution", "User", "ApiClient"] as const;
type KnownRecordType = (typeof knownRecordTypes)[number];

function isActorKind(kind: string): kind is ActorKind {
  return (enumValues.ActorKind as readonly string[]).includes(kind);
}

/** Who changed what and when, with only the fields each change touched (before → after). */
export function AuditEntryList({ entries, showRecord = false, label }: AuditEntryListProps) {
  const { t } = useTranslation();
  const format = useFormat();

  const recordTypeLabel = (type: string) =>
    (knownRecordTypes as readonly string[]).includes(type) ? t(`audit.recordTypes.${type as KnownRecordType}`) : type;

  return (
    <ul className={classes.list} aria-label={label ?? t("audit.listLabel")}>
      {entries.map((entry) => {
        const changes = changedFields(entry.before, entry.after);
        const when = format.date(entry.at, { dateStyle: "medium", timeStyle: "short" });
        return (
          <li key={entry.id}>
            <Card withBorder padding="sm" component="article" aria-label={`${when} · ${enumLabel(t, "AuditAction", entry.action)}`}>
              <Stack gap="xs">
                <Group gap="xs" wrap="wrap" align="baseline">
                  <Text size="sm" fw={600} component="time" dateTime={entry.at}>
                    {when}
                  </Text>
                  <Badge variant="light">{enumLabel(t, "AuditAction", entry.action)}</Badge>
                  <Text size="sm">
                    {t("audit.entry.by", { name: entry.actorName })}{" "}
                    <Text span c="dimmed" size="sm">
                      {t("audit.entry.actorKind", {
                        kind: isActorKind(entry.actorKind) ? enumLabel(t, "ActorKind", entry.actorKind) : entry.actorKind,
                      })}
                    </Text>
                  </Text>
                  {entry.operation && (
                    <Text size="sm" c="dimmed">
                      {t("audit.entry.operation", { operation: entry.operation })}
                    </Text>
                  )}
                </Group>
                {showRecord && (
                  <Group gap="xs" wrap="wrap" align="baseline">
                    <Text size="sm" fw={500}>
                      {recordTypeLabel(entry.recordType)}
                    </Text>
                    {entry.recordType === "Project" ? (
                      <Anchor component={Link} to={`/projects/${entry.recordId}`} size="sm">
                        {entry.recordLabel ?? entry.recordId}
                      </Anchor>
                    ) : (
                      entry.recordLabel && <Text size="sm">{entry.recordLabel}</Text>
                    )}
                    <Text size="xs" c="dimmed" className={classes.field}>
                      {t("audit.entry.recordId", { id: entry.recordId })}
                    </Text>
                  </Group>
                )}
                {changes.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t("audit.entry.noChanges")}
                  </Text>
                ) : (
                  <Table className={classes.changes} withTableBorder verticalSpacing={4}>
                    <Table.Caption>
                      <VisuallyHidden>{t("audit.entry.changes")}</VisuallyHidden>
                    </Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th w="26%">{t("audit.entry.field")}</Table.Th>
                        <Table.Th>{t("audit.entry.before")}</Table.Th>
                        <Table.Th>{t("audit.entry.after")}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {changes.map((change) => (
                        <Table.Tr key={change.field}>
                          <Table.Td className={classes.field}>{change.field}</Table.Td>
                          <Table.Td className={classes.value}>{formatAuditValue(change.before) ?? t("audit.entry.empty")}</Table.Td>
                          <Table.Td className={classes.value}>{formatAuditValue(change.after) ?? t("audit.entry.empty")}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Stack>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
