import { MultiSelect, NumberInput, Select, SimpleGrid, TagsInput, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/forms/fieldError";
import { useProjects } from "../api/listProjects";
import { localName, useCountries, useOrganizations, useSolutions } from "../api/referenceData";
import type { ProjectFieldValues } from "../projectForm";

interface ProjectFieldsProps<Values extends ProjectFieldValues> {
  values: Values;
  onChange: (change: Partial<Values>) => void;
  /** The failed save, for the API's messages beside each field. */
  error: unknown;
  /** The project being edited, left out of the "follows" choices. */
  projectId?: string;
}

/** The paths of the fields below, for otherFieldErrors. */
export const projectFieldPaths = [
  "title",
  "countryCode",
  "leadAgencyId",
  "solutionIds",
  "estimatedValueUsd",
  "originalAmount",
  "originalCurrency",
  "expectedDecisionOn",
  "tags",
  "followsProjectId",
];

/** The fields a project has on both the new-project form and the edit form. */
export function ProjectFields<Values extends ProjectFieldValues>({ values, onChange, error, projectId }: ProjectFieldsProps<Values>) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const countries = useCountries();
  const agencies = useOrganizations("KoreanGovernmentAgency");
  const solutions = useSolutions();
  const projects = useProjects({ page: 1, pageSize: 100, sort: "code" });
  const change = (patch: Partial<ProjectFieldValues>) => onChange(patch as Partial<Values>);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput
        label={t("projects.fields.title")}
        required
        value={values.title}
        onChange={(e) => change({ title: e.currentTarget.value })}
        error={fieldError(error, "title")}
        maxLength={200}
      />
      <Select
        label={t("projects.fields.country")}
        required
        searchable
        value={values.countryCode}
        onChange={(countryCode) => change({ countryCode })}
        data={(countries.data ?? []).map((c) => ({ value: c.code, label: `${localName({ name: c.name, nameKo: c.nameKo }, language)} (${c.code})` }))}
        error={fieldError(error, "countryCode")}
        nothingFoundMessage={countries.isPending ? t("app.loading") : t("projects.fields.nothingFound")}
      />
      <Select
        label={t("projects.fields.leadAgency")}
        required
        searchable
        value={values.leadAgencyId}
        onChange={(leadAgencyId) => change({ leadAgencyId })}
        data={(agencies.data ?? []).map((o) => ({ value: o.id, label: localName(o, language) }))}
        error={fieldError(error, "leadAgencyId")}
        nothingFoundMessage={agencies.isPending ? t("app.loading") : t("projects.fields.nothingFound")}
      />
      <MultiSelect
        label={t("projects.fields.solutions")}
        searchable
        value={values.solutionIds}
        onChange={(solutionIds) => change({ solutionIds })}
        data={(solutions.data ?? []).map((s) => ({ value: s.id, label: `${s.code} · ${localName(s, language)}` }))}
        error={fieldError(error, "solutionIds")}
      />
      <NumberInput
        label={t("projects.fields.estimatedValueUsd")}
        required
        min={0}
        thousandSeparator=","
        value={values.estimatedValueUsd}
        onChange={(estimatedValueUsd) => change({ estimatedValueUsd })}
        error={fieldError(error, "estimatedValueUsd")}
      />
      <TextInput
        type="date"
        label={t("projects.fields.expectedDecisionOn")}
        value={values.expectedDecisionOn}
        onChange={(e) => change({ expectedDecisionOn: e.currentTarget.value })}
        error={fieldError(error, "expectedDecisionOn")}
      />
      <NumberInput
        label={t("projects.fields.originalAmount")}
        description={t("projects.fields.originalAmountHint")}
        min={0}
        thousandSeparator=","
        value={values.originalAmount}
        onChange={(originalAmount) => change({ originalAmount })}
        error={fieldError(error, "originalAmount")}
      />
      <TextInput
        label={t("projects.fields.originalCurrency")}
        description={t("projects.fields.originalCurrencyHint")}
        value={values.originalCurrency}
        maxLength={3}
        onChange={(e) => change({ originalCurrency: e.currentTarget.value.toUpperCase() })}
        error={fieldError(error, "originalCurrency")}
      />
      <TagsInput
        label={t("projects.fields.tags")}
        description={t("projects.fields.tagsHint")}
        value={values.tags}
        onChange={(tags) => change({ tags })}
        error={fieldError(error, "tags")}
      />
      <Select
        label={t("projects.fields.followsProject")}
        searchable
        clearable
        value={values.followsProjectId}
        onChange={(followsProjectId) => change({ followsProjectId })}
        data={(projects.data?.items ?? [])
          .filter((p) => p.id !== projectId)
          .map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))}
        error={fieldError(error, "followsProjectId")}
      />
    </SimpleGrid>
  );
}
