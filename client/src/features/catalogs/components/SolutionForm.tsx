import { NativeSelect, TextInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import type { ConflictField } from "../../../components/ConflictDialog";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import { localName } from "../api/common";
import { useAgencies } from "../api/organizations";
import type { CreateSolutionRequest, Solution } from "../api/solutions";
import { CatalogFormFrame, NameFields, useFormValues, type CatalogFormProps } from "./CatalogForm";

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

type SolutionFormProps = CatalogFormProps<SolutionFormValues>;

export function SolutionForm({ initial, ...props }: SolutionFormProps) {
  const { t } = useTranslation();
  const { language } = useFormat();
  const agencies = useAgencies();
  const form = useFormValues(initial);
  const { values, set } = form;

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

  return (
    <CatalogFormFrame
      form={form}
      label={props.editing ? t("catalogs.solutions.editTitle") : t("catalogs.solutions.newTitle")}
      maw={640}
      shownPaths={shownPaths}
      conflictFields={conflictFields}
      {...props}
    >
      <TextInput
        label={t("catalogs.solutions.fields.code")}
        description={t("catalogs.solutions.fields.codeHint")}
        value={values.code}
        onChange={set("code")}
        maxLength={20}
        withAsterisk
        error={fieldError(props.error, "code")}
        w={260}
      />
      <NameFields
        form={form}
        error={props.error}
        nameLabel={t("catalogs.solutions.fields.name")}
        nameKoLabel={t("catalogs.solutions.fields.nameKo")}
        maxLength={200}
      />
      <NativeSelect
        label={t("catalogs.solutions.fields.category")}
        value={values.category}
        onChange={set("category")}
        data={[{ value: "", label: t("catalogs.form.choose") }, ...enumOptions(t, "SolutionCategory")]}
        withAsterisk
        error={fieldError(props.error, "category")}
      />
      <NativeSelect
        label={t("catalogs.solutions.fields.owningAgency")}
        value={values.owningAgencyId}
        onChange={set("owningAgencyId")}
        data={[{ value: "", label: t("common.none") }, ...agencyOptions]}
        error={fieldError(props.error, "owningAgencyId") ?? (agencies.isError ? t("catalogs.solutions.agenciesFailed") : undefined)}
      />
      <Textarea
        label={t("catalogs.solutions.fields.description")}
        value={values.description}
        onChange={set("description")}
        maxLength={2000}
        rows={5}
        error={fieldError(props.error, "description")}
      />
    </CatalogFormFrame>
  );
}
