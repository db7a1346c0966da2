import { Button, Group, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Schema } from "../../../api/client";
import type { ConflictField } from "../../../components/ConflictDialog";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { CreateOrganizationRequest, Organization } from "../api/organizations";
import { SaveProblem } from "./SaveProblem";

export type OrganizationFormValues = {
  name: string;
  nameKo: string;
  kind: string;
  countryCode: string;
  size: string;
};

export function organizationFormValues(organization?: Organization): OrganizationFormValues {
  return {
    name: organization?.name ?? "",
    nameKo: organization?.nameKo ?? "",
    kind: organization?.kind ?? "",
    countryCode: organization?.countryCode ?? "",
    size: organization?.size ?? "",
  };
}

export function organizationRequest(values: OrganizationFormValues): CreateOrganizationRequest {
  return {
    name: values.name.trim(),
    nameKo: values.nameKo.trim() || null,
    kind: (values.kind || undefined) as Schema<"OrganizationKind">,
    countryCode: values.countryCode.trim().toUpperCase(),
    ...(values.size ? { size: values.size as Schema<"CompanySize"> } : {}),
  };
}

const shownPaths = ["name", "nameKo", "kind", "countryCode", "size"];

interface OrganizationFormProps {
  initial: OrganizationFormValues;
  editing: boolean;
  saving: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (values: OrganizationFormValues) => void;
  /** Editing: fetches the record as it is now, for the conflict dialog after a 412. */
  loadCurrent?: () => Promise<OrganizationFormValues>;
  /** The user resolved a 412: the page forgets the failed save. */
  onConflictResolved?: () => void;
}

/**
 * Size is asked only of Korean companies. A size chosen before the kind changed stays visible (and is
 * sent), so nothing the user chose disappears unseen; the API then names the problem beside it.
 */
export function OrganizationForm({ initial, editing, saving, error, cancelTo, onSubmit, loadCurrent, onConflictResolved }: OrganizationFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [values, setValues] = useState(initial);
  const [base, setBase] = useState(initial);
  const set = (field: keyof OrganizationFormValues) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
  };
  const isCompany = values.kind === "KoreanCompany";
  const code = values.countryCode.trim().toUpperCase();
  const countryName = /^[A-Z]{2}$/.test(code) ? format.country(code) : undefined;

  const conflictFields: ConflictField[] = [
    { path: "name", label: t("catalogs.organizations.fields.name") },
    { path: "nameKo", label: t("catalogs.organizations.fields.nameKo") },
    { path: "kind", label: t("catalogs.organizations.fields.kind"), format: (v: unknown) => (v ? enumLabel(t, "OrganizationKind", v as Schema<"OrganizationKind">) : "—") },
    { path: "countryCode", label: t("catalogs.organizations.fields.countryCode") },
    { path: "size", label: t("catalogs.organizations.fields.size"), format: (v: unknown) => (v ? enumLabel(t, "CompanySize", v as Schema<"CompanySize">) : "—") },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(values);
  };

  return (
    <form
      onSubmit={submit}
      aria-label={editing ? t("catalogs.organizations.editTitle") : t("catalogs.organizations.newTitle")}
      noValidate
    >
      <Stack gap="md" maw={560}>
        <SaveProblem<OrganizationFormValues>
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
          label={t("catalogs.organizations.fields.name")}
          value={values.name}
          onChange={set("name")}
          maxLength={200}
          withAsterisk
          error={fieldError(error, "name")}
        />
        <TextInput
          label={t("catalogs.organizations.fields.nameKo")}
          value={values.nameKo}
          onChange={set("nameKo")}
          maxLength={200}
          lang="ko"
          error={fieldError(error, "nameKo")}
        />
        <NativeSelect
          label={t("catalogs.organizations.fields.kind")}
          value={values.kind}
          onChange={set("kind")}
          data={[{ value: "", label: t("catalogs.form.choose") }, ...enumOptions(t, "OrganizationKind")]}
          withAsterisk
          error={fieldError(error, "kind")}
        />
        <TextInput
          label={t("catalogs.organizations.fields.countryCode")}
          description={countryName && countryName !== code ? countryName : t("catalogs.organizations.fields.countryCodeHint")}
          value={values.countryCode}
          onChange={set("countryCode")}
          maxLength={2}
          withAsterisk
          error={fieldError(error, "countryCode")}
          w={260}
        />
        {(isCompany || values.size !== "") && (
          <NativeSelect
            label={t("catalogs.organizations.fields.size")}
            description={isCompany ? undefined : t("catalogs.organizations.fields.sizeOnlyCompanies")}
            value={values.size}
            onChange={set("size")}
            data={[{ value: "", label: t("common.none") }, ...enumOptions(t, "CompanySize")]}
            error={fieldError(error, "size")}
            w={260}
          />
        )}
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
