import { Button, Group, NativeSelect, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { projectStatuses, stages, type ProjectStatus, type Stage } from "../../../api/enums";
import { stageLabel, statusLabel } from "../../../i18n/enumLabels";
import type { ProjectListSearch } from "../searchParams";

export type ProjectFilterValues = Pick<ProjectListSearch, "stage" | "status" | "countryCode" | "q">;

interface ProjectFiltersProps {
  values: ProjectFilterValues;
  onChange: (values: ProjectFilterValues) => void;
}

/** Stage and status apply at once; country and search text apply on Enter or "Apply". */
export function ProjectFilters({ values, onChange }: ProjectFiltersProps) {
  const { t } = useTranslation();
  const any = { value: "", label: t("projects.filters.any") };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    onChange({ ...values, countryCode: text("countryCode")?.toUpperCase(), q: text("q") });
  };

  return (
    <form role="search" aria-label={t("projects.filters.label")} onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t("projects.filters.stage")}
          value={values.stage ?? ""}
          data={[any, ...stages.map((stage) => ({ value: stage, label: stageLabel(t, stage) }))]}
          onChange={(e) => onChange({ ...values, stage: (e.currentTarget.value || undefined) as Stage | undefined })}
        />
        <NativeSelect
          label={t("projects.filters.status")}
          value={values.status ?? ""}
          data={[any, ...projectStatuses.map((status) => ({ value: status, label: statusLabel(t, status) }))]}
          onChange={(e) =>
            onChange({ ...values, status: (e.currentTarget.value || undefined) as ProjectStatus | undefined })
          }
        />
        {/* Remounted when the URL changes, so back/forward show the URL's values. */}
        <Group key={`${values.countryCode ?? ""}|${values.q ?? ""}`} align="flex-end" gap="sm">
          <TextInput
            name="countryCode"
            label={t("projects.filters.country")}
            placeholder={t("projects.filters.countryPlaceholder")}
            defaultValue={values.countryCode ?? ""}
            maxLength={2}
            w={130}
          />
          <TextInput name="q" type="search" label={t("projects.filters.search")} defaultValue={values.q ?? ""} maxLength={100} />
          <Button type="submit">{t("projects.filters.apply")}</Button>
        </Group>
        <Button
          variant="subtle"
          onClick={() => onChange({ stage: undefined, status: undefined, countryCode: undefined, q: undefined })}
        >
          {t("projects.filters.clear")}
        </Button>
      </Group>
    </form>
  );
}
