import { Alert, Badge, Button, Group, Modal, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LoadingState } from "./LoadingState";

/**
 * Rebasing an edit on a record someone else changed (a 412): the user's changes are applied on top of
 * the current record, so nothing typed is lost and nothing the other person changed is undone unless
 * the user changed the same field.
 */

export type Values = Record<string, unknown>;

/** A value at a dotted path ("inquiry.channel"). */
export function valueAt(values: Values | undefined, path: string): unknown {
  let current: unknown = values;
  for (const part of path.split(".")) {
    if (current === null || typeof current !== "object") {
      return undefined;
    }
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function withValueAt(values: Values, path: string, value: unknown): Values {
  const [head, ...rest] = path.split(".");
  if (rest.length === 0) {
    return { ...values, [head!]: value };
  }
  const inner = values[head!];
  const child = inner !== null && typeof inner === "object" ? (inner as Values) : {};
  return { ...values, [head!]: withValueAt(child, rest.join("."), value) };
}

/** Equal as data: null, undefined and "" are the same "nothing"; arrays and objects by content. */
export function sameValue(a: unknown, b: unknown): boolean {
  const empty = (v: unknown) => v === null || v === undefined || v === "";
  if (empty(a) || empty(b)) {
    return empty(a) && empty(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  }
  if (typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    return [...keys].every((k) => sameValue((a as Values)[k], (b as Values)[k]));
  }
  return a === b;
}

export interface FieldChange {
  path: string;
  /** What the user loaded. */
  base: unknown;
  /** What the user typed. */
  mine: unknown;
  /** What the record holds now. */
  theirs: unknown;
  /** Someone else changed this field since the user loaded it. */
  changedByThem: boolean;
  /** The user changed this field. */
  changedByMe: boolean;
  /** Both changed it to different values: the user's value replaces theirs on reapply. */
  overridden: boolean;
}

export interface Rebase {
  /** The current record with the user's changed fields applied on top. */
  merged: Values;
  /** Every field that either side changed, in the order of `paths`. */
  changes: FieldChange[];
}

/** Reapplies the fields the user changed (`mine` against `base`) onto `theirs`. */
export function rebase(base: Values, mine: Values, theirs: Values, paths: readonly string[]): Rebase {
  let merged: Values = { ...theirs };
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const b = valueAt(base, path);
    const m = valueAt(mine, path);
    const th = valueAt(theirs, path);
    const changedByThem = !sameValue(b, th);
    const changedByMe = !sameValue(b, m);
    if (changedByMe) {
      merged = withValueAt(merged, path, m);
    }
    if (changedByThem || changedByMe) {
      changes.push({ path, base: b, mine: m, theirs: th, changedByThem, changedByMe, overridden: changedByThem && changedByMe && !sameValue(m, th) });
    }
  }
  return { merged, changes };
}

export interface ConflictField {
  /** The field's path in the records ("title", "inquiry.channel"). */
  path: string;
  label: string;
  /** How to show a value; by default text, lists joined, empty as "—". */
  format?: (value: unknown) => string;
}

export interface ConflictDialogProps {
  opened: boolean;
  fields: readonly ConflictField[];
  /** The record as the user loaded it. */
  base: Values;
  /** What the user typed. */
  mine: Values;
  /** The record as it is now (loaded when the dialog opens); undefined while it loads. */
  theirs: Values | undefined;
  /** The current record could not be loaded. */
  loadError?: unknown;
  /** Take the current record, put the user's changed fields on it, and let them review and save. */
  onReapply: () => void;
  /** Throw away what the user typed and show the current record. */
  onDiscard: () => void;
  onClose: () => void;
}

function defaultFormat(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "—";
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "—" : value.map(String).join(", ");
  }
  return String(value);
}

/**
 * Shown when saving answers 412 (someone else saved the record first): what they changed, which of
 * those the user's own value will replace, and the choice to reapply the user's changes on the current
 * record or to discard them. Nothing the user typed is dropped without them choosing so.
 */
export function ConflictDialog({ opened, fields, base, mine, theirs, loadError, onReapply, onDiscard, onClose }: ConflictDialogProps) {
  const { t } = useTranslation();
  const changes = theirs ? rebase(base, mine, theirs, fields.map((f) => f.path)).changes : [];
  const theirChanges = changes.filter((c) => c.changedByThem);
  const onlyMine = changes.filter((c) => c.changedByMe && !c.changedByThem);
  const fieldOf = (path: string) => fields.find((f) => f.path === path)!;
  const show = (path: string, value: unknown) => (fieldOf(path).format ?? defaultFormat)(value);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("conflict.title")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      <Stack gap="md">
        <Text size="sm">{t("conflict.explanation")}</Text>
        {loadError ? (
          <Alert color="red" role="alert" title={t("conflict.loadFailed")}>
            {loadError instanceof Error ? loadError.message : null}
          </Alert>
        ) : !theirs ? (
          <LoadingState />
        ) : (
          <>
            {theirChanges.length === 0 ? (
              <Text size="sm">{t("conflict.noFieldChanges")}</Text>
            ) : (
              <Table.ScrollContainer minWidth={480}>
                <Table>
                  <Table.Caption>{t("conflict.theirChanges")}</Table.Caption>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t("conflict.field")}</Table.Th>
                      <Table.Th>{t("conflict.theirValue")}</Table.Th>
                      <Table.Th>{t("conflict.yourValue")}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {theirChanges.map((change) => (
                      <Table.Tr key={change.path}>
                        <Table.Td>{fieldOf(change.path).label}</Table.Td>
                        <Table.Td>{show(change.path, change.theirs)}</Table.Td>
                        <Table.Td>
                          {change.overridden ? (
                            <Stack gap={4} align="flex-start">
                              <span>{show(change.path, change.mine)}</span>
                              <Badge color="orange.9" variant="outline">
                                {t("conflict.overrides")}
                              </Badge>
                            </Stack>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t("conflict.keepsTheirs")}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
            {onlyMine.length > 0 && (
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t("conflict.yourChanges")}
                </Text>
                <ul style={{ margin: 0 }}>
                  {onlyMine.map((change) => (
                    <li key={change.path}>
                      <Text size="sm">
                        {fieldOf(change.path).label}: {show(change.path, change.mine)}
                      </Text>
                    </li>
                  ))}
                </ul>
              </Stack>
            )}
          </>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" color="red" onClick={onDiscard}>
            {t("conflict.discard")}
          </Button>
          <Button onClick={onReapply} disabled={!theirs}>
            {t("conflict.reapply")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
