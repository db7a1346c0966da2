import { ActionIcon, Button, Group, Stack, Text } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Project } from "../api/getProject";
import { EditorSaveProblem, type useEditorSave } from "./editorSave";

let nextKey = 1;

/** Rows the user adds, changes and removes; each has a key of its own for React. */
export function useRows<R extends object>(initial: () => R[]) {
  const [rows, setRows] = useState<(R & { key: number })[]>(() => initial().map((row) => ({ ...row, key: nextKey++ })));
  return {
    rows,
    update: (key: number, change: Partial<R>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r))),
    remove: (key: number) => setRows((all) => all.filter((r) => r.key !== key)),
    /** Adds a row made from the rows there are. */
    add: (make: (all: readonly R[]) => R) => setRows((all) => [...all, { ...make(all), key: nextKey++ }]),
  };
}

interface RowsEditorProps<R extends { key: number }> {
  project: Project;
  editor: ReturnType<typeof useEditorSave>;
  /** The form's accessible name. */
  label: string;
  rows: readonly R[];
  /** The JSON paths the rows show their errors beside. */
  shownPaths: readonly string[];
  empty: string;
  /** The name of row n (from 1), for its group. */
  rowLabel: (n: number) => string;
  /** The name of row n's remove button. */
  removeLabel: (n: number) => string;
  onRemove: (key: number) => void;
  addLabel: string;
  onAdd: () => void;
  onCancel: () => void;
  /** Row `index`'s fields. */
  children: (row: R, index: number) => ReactNode;
}

/** An editor of a list of rows (consortium members, funding sources): why the save failed, the rows, Add, Save and Cancel. */
export function RowsEditor<R extends { key: number }>({
  project,
  editor,
  label,
  rows,
  shownPaths,
  empty,
  rowLabel,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
  onCancel,
  children,
}: RowsEditorProps<R>) {
  const { t } = useTranslation();
  const { save, submit, error, reloaded } = editor;
  return (
    <form onSubmit={submit} aria-label={label} noValidate>
      <Stack gap="sm">
        <EditorSaveProblem
          projectId={project.id}
          error={error}
          shownPaths={shownPaths}
          onReloaded={reloaded}
          invalidTitle={t("projects.edit.saveFailed")}
        />
        {rows.length === 0 && <Text c="dimmed">{empty}</Text>}
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-start" gap="sm" wrap="wrap" role="group" aria-label={rowLabel(index + 1)}>
            {children(row, index)}
            <ActionIcon variant="subtle" color="red" mt={28} size="lg" aria-label={removeLabel(index + 1)} onClick={() => onRemove(row.key)}>
              ✕
            </ActionIcon>
          </Group>
        ))}
        <Group gap="sm">
          <Button variant="default" onClick={onAdd}>
            {addLabel}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="subtle" onClick={onCancel} disabled={save.isPending}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
