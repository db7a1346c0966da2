import { Button, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../../api/client";
import type { ConflictField } from "../../../components/ConflictDialog";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import type { Country, CreateCountryRequest } from "../api/countries";
import { SaveProblem } from "./SaveProblem";

export type CountryFormValues = {
  code: string;
  alpha3: string;
  name: string;
  nameKo: string;
  region: string;
};

export function countryFormValues(country?: Country): CountryFormValues {
  return {
    code: country?.code ?? "",
    alpha3: country?.alpha3 ?? "",
    name: country?.name ?? "",
    nameKo: country?.nameKo ?? "",
    region: country?.region ?? "",
  };
}

/** The request body for the form's values (the code is left out when editing). */
export function countryRequest(values: CountryFormValues): CreateCountryRequest {
  return {
    code: values.code.trim().toUpperCase(),
    alpha3: values.alpha3.trim().toUpperCase(),
    name: values.name.trim(),
    nameKo: values.nameKo.trim(),
    region: (values.region || undefined) as Schema<"Region">,
  };
}

const shownPaths = ["code", "alpha3", "name", "nameKo", "region"];

interface CountryFormProps {
  initial: CountryFormValues;
  /** Editing: the code is the country's identity and cannot change. */
  editing: boolean;
  saving: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (values: CountryFormValues) => void;
  /** Editing: fetches the record as it is now, for the conflict dialog after a 412. */
  loadCurrent?: () => Promise<CountryFormValues>;
  /** The user resolved a 412: the page forgets the failed save. */
  onConflictResolved?: () => void;
}

export function CountryForm({ initial, editing, saving, error, cancelTo, onSubmit, loadCurrent, onConflictResolved }: CountryFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const set = (field: keyof CountryFormValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
  };

  const conflictFields: ConflictField[] = [
    { path: "code", label: t("catalogs.countries.fields.code") },
    { path: "alpha3", label: t("catalogs.countries.fields.alpha3") },
    { path: "name", label: t("catalogs.countries.fields.name") },
    { path: "nameKo", label: t("catalogs.countries.fields.nameKo") },
    { path: "region", label: t("catalogs.countries.fields.region"), format: (v: unknown) => (v ? enumLabel(t, "Region", v as Schema<"Region">) : "—") },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} aria-label={editing ? t("catalogs.countries.editTitle") : t("catalogs.countries.newTitle")} noValidate>
      <Stack gap="md" maw={560}>
        <SaveProblem<CountryFormValues>
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
          label={t("catalogs.countries.fields.code")}
          description={t("catalogs.countries.fields.codeHint")}
          value={values.code}
          onChange={set("code")}
          maxLength={2}
          withAsterisk
          readOnly={editing}
          disabled={editing}
          error={fieldError(error, "code")}
          w={200}
        />
        <TextInput
          label={t("catalogs.countries.fields.alpha3")}
          description={t("catalogs.countries.fields.alpha3Hint")}
          value={values.alpha3}
          onChange={set("alpha3")}
          maxLength={3}
          withAsterisk
          error={fieldError(error, "alpha3")}
          w={200}
        />
        <TextInput
          label={t("catalogs.countries.fields.name")}
          value={values.name}
          onChange={set("name")}
          maxLength={100}
          withAsterisk
          error={fieldError(error, "name")}
        />
        <TextInput
          label={t("catalogs.countries.fields.nameKo")}
          value={values.nameKo}
          onChange={set("nameKo")}
          maxLength={100}
          withAsterisk
          lang="ko"
          error={fieldError(error, "nameKo")}
        />
        <NativeSelect
          label={t("catalogs.countries.fields.region")}
          value={values.region}
          onChange={set("region")}
          data={[{ value: "", label: t("catalogs.form.choose") }, ...enumOptions(t, "Region")]}
          withAsterisk
          error={fieldError(error, "region")}
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
