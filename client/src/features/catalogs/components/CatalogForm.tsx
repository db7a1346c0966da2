import { Button, Group, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ConflictField, Values } from "../../../components/ConflictDialog";
import { fieldError } from "../../../components/forms/fieldError";
import { SaveProblem } from "./SaveProblem";

/** What each catalog form (country, organization, solution) takes from its page. */
export interface CatalogFormProps<V extends Values> {
  initial: V;
  /** Editing an existing record (Save) rather than creating one (Create). */
  editing: boolean;
  saving: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (values: V) => void;
  /** Editing: fetches the record as it is now, for the conflict dialog after a 412. */
  loadCurrent?: () => Promise<V>;
  /** The user resolved a 412: the page forgets the failed save. */
  onConflictResolved?: () => void;
}

/** A form's values (what the user typed) and base (the record they started from, for a 412). */
export function useFormValues<V extends Values>(initial: V) {
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  /** An input's change handler for one text field. */
  const set = (field: keyof V & string) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
  };
  return { values, base, set, setValues, setBase };
}

export type FormValuesState<V extends Values> = ReturnType<typeof useFormValues<V>>;

interface CatalogFormFrameProps<V extends Values> extends Omit<CatalogFormProps<V>, "initial"> {
  form: FormValuesState<V>;
  /** The form's accessible name. */
  label: string;
  maw: number;
  /** The JSON paths the fields show their errors beside. */
  shownPaths: readonly string[];
  conflictFields: readonly ConflictField[];
  children: ReactNode;
}

/**
 * A catalog form's frame: why the last save failed (with the 412 dialog when editing), the fields,
 * and Save/Create and Cancel. What the user typed stays in the form.
 */
export function CatalogFormFrame<V extends Values>({
  form,
  label,
  maw,
  shownPaths,
  conflictFields,
  editing,
  saving,
  error,
  cancelTo,
  onSubmit,
  loadCurrent,
  onConflictResolved,
  children,
}: CatalogFormFrameProps<V>) {
  const { t } = useTranslation();
  const { values, base, setValues, setBase } = form;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} aria-label={label} noValidate>
      <Stack gap="md" maw={maw}>
        <SaveProblem<V>
          error={error}
          shownPaths={shownPaths}
          conflict={
            loadCurrent && {
              fields: conflictFields,
              base,
              mine: values,
              loadTheirs: loadCurrent,
              onResolved: (next, theirs) => {
                setValues(next);
                setBase(theirs);
                onConflictResolved?.();
              },
            }
          }
        />
        {children}
        <Group gap="sm">
          <Button type="submit" loading={saving}>
            {editing ? t("common.save") : t("common.create")}
          </Button>
          <Button component={Link} to={cancelTo} variant="default">
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

interface NameFieldsProps {
  form: Pick<FormValuesState<{ name: string; nameKo: string }>, "values" | "set">;
  error: unknown;
  nameLabel: string;
  nameKoLabel: string;
  maxLength: number;
  /** Countries need their Korean name; organizations and solutions may leave it out. */
  nameKoRequired?: boolean;
}

/** A record's English and Korean names. */
export function NameFields({ form, error, nameLabel, nameKoLabel, maxLength, nameKoRequired = false }: NameFieldsProps) {
  const { values, set } = form;
  return (
    <>
      <TextInput label={nameLabel} value={values.name} onChange={set("name")} maxLength={maxLength} withAsterisk error={fieldError(error, "name")} />
      <TextInput
        label={nameKoLabel}
        value={values.nameKo}
        onChange={set("nameKo")}
        maxLength={maxLength}
        withAsterisk={nameKoRequired}
        lang="ko"
        error={fieldError(error, "nameKo")}
      />
    </>
  );
}
