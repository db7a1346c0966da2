import { Button, Group, NativeSelect, Stack, TextInput, Textarea } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../../api/client";
import type { ConflictField } from "../../../components/ConflictDialog";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useAgencies } from "../api/organizations";
import type { CreateSolutionRequest, Solution } from "../api/solutions";
import { SaveProblem } from "./SaveProblem";

export type SolutionFormValues = {
  code: string;
  name: string;
  nameKo: string;
  category: string;
  owningAgencyId: string;
  description: string;
};

export function solutionFormValues(solution?: Solution): SolutionFormValues {
  return {
    code: solution?.code ?? "",
    name: solution?.name ?? "",
    nameKo: solution?.nameKo ?? "",
    category: solution?.category ?? "",
    owningAgencyId: solution?.owningAgencyId ?? "",
    description: solution?.description ?? "",
  };
}

export function solutionRequest(values: SolutionFormValues): CreateSolutionRequest {
  return {
    code: values.code.trim().toUpperCase(),
    name: values.name.trim(),
    nameKo: values.nameKo.trim() || null,
    category: (values.category || undefined) as Schema<"SolutionCategory">,
    owningAgencyId: values.owningAgencyId || null,
    description: values.description.trim() || null,
  };
}

const shownPaths = ["code", "name", "nameKo", "category", "owningAgencyId", "description"];

interface SolutionFormProps {
  initial: SolutionFormValues;
  editing: boolean;
  saving: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (values: SolutionFormValues) => void;
  /** Editing: fetches the record as it is now, for the conflict dialog after a 412. */
  loadCurrent?: () => Promise<SolutionFormValues>;
  /** The user resolved a 412: the page forgets the failed save. */
  onConflictResolved?: () => void;
}

export function SolutionForm({ initial, editing, saving, error, cancelTo, onSubmit, loadCurrent, onConflictResolved }: SolutionFormProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const agencies = useAgencies();
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const set = (field: keyof SolutionFormValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const agencyOptions = (agencies.data?.items ?? [])
    .map((agency) => ({ value: agency.id, label: localName(agency, language) }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
  // The saved agency stays selectable while the list loads (or if it is no longer an agency).
  if (values.owningAgencyId && !agencyOptions.some((o) => o.value === values.owningAgencyId)) {
    agencyOptions.unshift({ value: values.owningAgencyId, label: agencies.isPending ? t("app.loading") : values.owningAgencyId });
  }

  const conflictFields: ConflictField[] = [
    { path: "code", label: t("catalogs.solutions.fields.code") },
    { path: "name", label: t("catalogs.solutions.fields.name") },
    { path: "nameKo", label: t("catalogs.solutions.fields.nameKo") },
    { path: "category", label: t("catalogs.solutions.fields.category"), format: (v: unknown) => (v ? enumLabel(t, "SolutionCategory", v as Schema<"SolutionCategory">) : "—") },
    {
      path: "owningAgencyId",
      label: t("catalogs.solutions.fields.owningAgency"),
      format: (v: unknown) => (v ? (agencyOptions.find((o) => o.value === v)?.label ?? String(v)) : "—"),
    },
    { path: "description", label: t("catalogs.solutions.fields.description") },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} aria-label={editing ? t("catalogs.solutions.editTitle") : t("catalogs.solutions.newTitle")} noValidate>
      <Stack gap="md" maw={640}>
        <SaveProblem<SolutionFormValues>
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
        <TextInput
          label={t("catalogs.solutions.fields.code")}
          description={t("catalogs.solutions.fields.codeHint")}
          value={values.code}
          onChange={set("code")}
          maxLength={20}
          withAsterisk
          error={fieldError(error, "code")}
          w={260}
        />
        <TextInput
          label={t("catalogs.solutions.fields.name")}
          value={values.name}
          onChange={set("name")}
          maxLength={200}
          withAsterisk
          error={fieldError(error, "name")}
        />
        <TextInput
          label={t("catalogs.solutions.fields.nameKo")}
          value={values.nameKo}
          onChange={set("nameKo")}
          maxLength={200}
          lang="ko"
          error={fieldError(error, "nameKo")}
        />
        <NativeSelect
          label={t("catalogs.solutions.fields.category")}
          value={values.category}
          onChange={set("category")}
          data={[{ value: "", label: t("catalogs.form.choose") }, ...enumOptions(t, "SolutionCategory")]}
          withAsterisk
          error={fieldError(error, "category")}
        />
        <NativeSelect
          label={t("catalogs.solutions.fields.owningAgency")}
          value={values.owningAgencyId}
          onChange={set("owningAgencyId")}
          data={[{ value: "", label: t("common.none") }, ...agencyOptions]}
          error={fieldError(error, "owningAgencyId") ?? (agencies.isError ? t("catalogs.solutions.agenciesFailed") : undefined)}
        />
        <Textarea
          label={t("catalogs.solutions.fields.description")}
          value={values.description}
          onChange={set("description")}
          maxLength={2000}
          rows={5}
          error={fieldError(error, "description")}
        />
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
