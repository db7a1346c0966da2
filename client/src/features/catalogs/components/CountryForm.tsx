import { NativeSelect, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Schema } from "../../../api/client";
import type { ConflictField } from "../../../components/ConflictDialog";
import { fieldError } from "../../../components/forms/fieldError";
import { enumLabel, enumOptions } from "../../../i18n/enumLabels";
import type { Country, CreateCountryRequest } from "../api/countries";
import { CatalogFormFrame, NameFields, useFormValues, type CatalogFormProps } from "./CatalogForm";

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

type CountryFormProps = CatalogFormProps<CountryFormValues>;

export function CountryForm({ initial, ...props }: CountryFormProps) {
  const { t } = useTranslation();
  const form = useFormValues(initial);
  const { values, set } = form;

  const conflictFields: ConflictField[] = [
    { path: "code", label: t("catalogs.countries.fields.code") },
    { path: "alpha3", label: t("catalogs.countries.fields.alpha3") },
    { path: "name", label: t("catalogs.countries.fields.name") },
    { path: "nameKo", label: t("catalogs.countries.fields.nameKo") },
    { path: "region", label: t("catalogs.countries.fields.region"), format: (v: unknown) => (v ? enumLabel(t, "Region", v as Schema<"Region">) : "—") },
  ];

  return (
    <CatalogFormFrame
      form={form}
      label={props.editing ? t("catalogs.countries.editTitle") : t("catalogs.countries.newTitle")}
      maw={560}
      shownPaths={shownPaths}
      conflictFields={conflictFields}
      {...props}
    >
      <TextInput
        label={t("catalogs.countries.fields.code")}
        description={t("catalogs.countries.fields.codeHint")}
        value={values.code}
        onChange={set("code")}
        maxLength={2}
        withAsterisk
        readOnly={props.editing}
        disabled={props.editing}
        error={fieldError(props.error, "code")}
        w={200}
      />
      <TextInput
        label={t("catalogs.countries.fields.alpha3")}
        description={t("catalogs.countries.fields.alpha3Hint")}
        value={values.alpha3}
        onChange={set("alpha3")}
        maxLength={3}
        withAsterisk
        error={fieldError(props.error, "alpha3")}
        w={200}
      />
      <NameFields
        form={form}
        error={props.error}
        nameLabel={t("catalogs.countries.fields.name")}
        nameKoLabel={t("catalogs.countries.fields.nameKo")}
        maxLength={100}
        nameKoRequired
      />
      <NativeSelect
        label={t("catalogs.countries.fields.region")}
        value={values.region}
        onChange={set("region")}
        data={[{ value: "", label: t("catalogs.form.choose") }, ...enumOptions(t, "Region")]}
        withAsterisk
        error={fieldError(props.error, "region")}
      />
    </CatalogFormFrame>
  );
}
