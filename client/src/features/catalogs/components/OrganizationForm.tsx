import { NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import type { ConflictField } from "../../../components/ConflictDialog";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import { useFormat } from "../../../i18n/format";
import type { CreateOrganizationRequest, Organization } from "../api/organizations";
import { CatalogFormFrame, NameFields, useFormValues, type CatalogFormProps } from "./CatalogForm";

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

type OrganizationFormProps = CatalogFormProps<OrganizationFormValues>;

/**
 * Size is asked only of Korean companies. A size chosen before the kind changed stays visible (and is
 * sent), so nothing the user chose disappears unseen; the API then names the problem beside it.
 */
export function OrganizationForm({ initial, ...props }: OrganizationFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const form = useFormValues(initial);
  const { values, set } = form;
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

  return (
    <CatalogFormFrame
      form={form}
      label={props.editing ? t("catalogs.organizations.editTitle") : t("catalogs.organizations.newTitle")}
      maw={560}
      shownPaths={shownPaths}
      conflictFields={conflictFields}
      {...props}
    >
      <NameFields
        form={form}
        error={props.error}
        nameLabel={t("catalogs.organizations.fields.name")}
        nameKoLabel={t("catalogs.organizations.fields.nameKo")}
        maxLength={200}
      />
      <NativeSelect
        label={t("catalogs.organizations.fields.kind")}
        value={values.kind}
        onChange={set("kind")}
        data={[{ value: "", label: t("catalogs.form.choose") }, ...enumOptions(t, "OrganizationKind")]}
        withAsterisk
        error={fieldError(props.error, "kind")}
      />
      <TextInput
        label={t("catalogs.organizations.fields.countryCode")}
        description={countryName && countryName !== code ? countryName : t("catalogs.organizations.fields.countryCodeHint")}
        value={values.countryCode}
        onChange={set("countryCode")}
        maxLength={2}
        withAsterisk
        error={fieldError(props.error, "countryCode")}
        w={260}
      />
      {(isCompany || values.size !== "") && (
        <NativeSelect
          label={t("catalogs.organizations.fields.size")}
          description={isCompany ? undefined : t("catalogs.organizations.fields.sizeOnlyCompanies")}
          value={values.size}
          onChange={set("size")}
          data={[{ value: "", label: t("common.none") }, ...enumOptions(t, "CompanySize")]}
          error={fieldError(props.error, "size")}
          w={260}
        />
      )}
    </CatalogFormFrame>
  );
}
